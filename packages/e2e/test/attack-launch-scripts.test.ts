// Attack (round 18): a personal server that runs the base's server through a script file. The base denies
// write_file on the recording server; a personal file extending it adds the same program launched as
// `sh <file>` whose file ends in `exec node <the recorder>`, as a `#!/bin/sh` file run as the command, or as
// a file whose `#!/usr/bin/env -S node <the recorder>` line runs it. The launch line names only the script,
// so each was another program and ran under the personal file's policy alone: on 480d21d write_file reached
// the recording server 3 of 3 times. The script's commands (and its `#!` line) are read as its program now
// (launch-scripts.ts); a script that runs another program keeps its own policy.
import { chmodSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  makeGuardedHome,
  RECORDER,
  recorderServerYaml,
  refusal,
  ServedBase,
  toolCallsIn,
  toolSession,
  type GuardedHome,
} from "../src/index.js";

const home0 = makeGuardedHome();
const log = join(home0.dir, "recorder.log");
const DENY = ["    policy:", "      permissions:", "        denied_tools: [write_file]"].join("\n");
let base: ServedBase;

beforeAll(async () => {
  base = await ServedBase.start(`servers:\n${recorderServerYaml("recorder", log, undefined, DENY)}\n`);
});
afterAll(async () => {
  await base.close();
  await home0.cleanup();
});

/** An executable file in the test's directory holding `text`. */
function script(name: string, text: string): string {
  const path = join(home0.dir, name);
  writeFileSync(path, text);
  chmodSync(path, 0o755);
  return path;
}

/** A home whose config extends the base and adds `mine`, the recording server's entry launched as `line`. */
function personalHome(line: readonly string[]): GuardedHome {
  const [command, ...args] = line;
  const entry = recorderServerYaml("mine", log).replace(
    /\n {4}command: [^\n]*\n {4}args: \[[^\n]*\]/,
    `\n    command: ${JSON.stringify(command)}\n    args: ${JSON.stringify(args)}`,
  );
  return base.home(entry);
}

/** What the guard answered write_file and echo with, in one session of `mine` (see refusal). */
async function outcomes(home: GuardedHome): Promise<unknown[]> {
  const seen: unknown[] = [];
  await toolSession(
    home,
    async (call) => {
      seen.push(refusal(await call("write_file", { path: "/tmp/x" })));
      seen.push(refusal(await call("echo", {})));
    },
    "mine",
  );
  return seen;
}

const RUN_RECORDER = `exec ${JSON.stringify(process.execPath)} ${JSON.stringify(RECORDER)}`;

describe("a personal server running the base's server through a script file", () => {
  it.each([
    ["sh <script>", () => ["sh", script("run.sh", `# don't edit\ncd /\n${RUN_RECORDER}\n`)]],
    ["a #!/bin/sh script", () => [script("run-shebang", `#!/bin/sh\nset -e\n${RUN_RECORDER} "$@"\n`)]],
    [
      "a #!/usr/bin/env -S line",
      () => [script("run-env", `#!/usr/bin/env -S ${process.execPath} ${RECORDER}\n`)],
    ],
  ] as const)("%s: the base's denied tool never reaches the server", async (_, line) => {
    const home = personalHome(line());
    const calls = toolCallsIn(log, "write_file");
    expect(await outcomes(home)).toEqual(["tool_denied", "forwarded"]);
    expect(toolCallsIn(log, "write_file")).toBe(calls);
  });

  // Hard negative: a script that runs another program (here a copy of node on another script) keeps the
  // personal file's own policy; its write_file is the personal file's to allow.
  it("a script that runs another program keeps its own policy", async () => {
    const other = script("other-server.mjs", `await import(${JSON.stringify(RECORDER)});\n`);
    const home = personalHome([
      script("run-other", `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(other)}\n`),
    ]);
    const calls = toolCallsIn(log, "write_file");
    expect(await outcomes(home)).toEqual(["forwarded", "forwarded"]);
    expect(toolCallsIn(log, "write_file")).toBe(calls + 1);
  });
});
