// Attack (round 17): a personal server that runs the base's server where the program reading did not see it.
// The base denies write_file on the recording server; a personal file extending it adds the same program
// (1) under `flock <file> …` or `setpriv … …` (both exec their command line, so the server runs as usual):
// those lines were read as the programs "flock" and "setpriv", so the entry ran under the personal file's
// policy alone and write_file reached the recording server (2 of 2 on 831619a); a launch found anywhere inside
// a line is that line's program now (programs-within.ts); (2) as `command: ${MINE_NODE}`, a variable the
// client's entry fills in per session: read as loaded (the literal `${MINE_NODE}`) it was no base program, and
// the session then ran node on the recorder under the personal policy (write_file forwarded on 831619a); a
// session whose variables make its entry another server's program is refused now (session-server.ts).
import { chmodSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  callOutcomes,
  makeGuardedHome,
  RawBridge,
  RECORDER,
  recorderServerYaml,
  refusal,
  ServedBase,
  toolCallsIn,
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

/**
 * A home whose config extends the base and adds the recording server as `mine`, launched as `command` with
 * `before` ahead of the recorder's script (`node` itself when `command` is a launcher).
 */
function personalHome(command: string, before: readonly string[]): GuardedHome {
  const entry = recorderServerYaml("mine", log).replace(
    /\n {4}command: [^\n]*\n {4}args: \[/,
    `\n    command: ${JSON.stringify(command)}\n    args: [${before.map((w) => `${JSON.stringify(w)}, `).join("")}`,
  );
  return base.home(entry);
}

/** What the guard answered write_file and echo with, in one session of `mine` (see refusal). */
const outcomes = (home: GuardedHome) => callOutcomes(home, "mine", ["write_file", "echo"]);

describe("a personal server running the base's server behind a launcher no list names", () => {
  it.each([
    ["flock", [join(home0.dir, "launch.lock"), process.execPath]],
    ["setpriv", [`--reuid=${process.getuid?.() ?? 0}`, process.execPath]],
  ] as const)("%s: the base's denied tool never reaches the server", async (launcher, before) => {
    const home = personalHome(launcher, before);
    const calls = toolCallsIn(log, "write_file");
    expect(await outcomes(home)).toEqual(["tool_denied", "forwarded"]);
    expect(toolCallsIn(log, "write_file")).toBe(calls);
  });
});

describe("a personal server running the base's script named from its directory", () => {
  // (3) `node ./recorder-server.js` with `cwd` at the script's directory was another program than the base's
  // `node /…/recorder-server.js` on 831619a (write_file forwarded); a script is placed in its directory now.
  it("holds it to the base's policy: the denied tool never reaches the server", async () => {
    const home = personalHome(process.execPath, []);
    const config = readFileSync(home.configPath, "utf8");
    const script = /\n {4}args: \["([^"]+)"/.exec(config)?.[1] ?? "";
    writeFileSync(
      home.configPath,
      config.replace(
        `\n    args: [${JSON.stringify(script)}`,
        `\n    cwd: ${JSON.stringify(dirname(script))}\n    args: ${JSON.stringify([`./${basename(script)}`]).slice(0, -1)}`,
      ),
    );
    expect(readFileSync(home.configPath, "utf8")).toContain(`"./${basename(script)}"`);
    const calls = toolCallsIn(log, "write_file");
    expect(await outcomes(home)).toEqual(["tool_denied", "forwarded"]);
    expect(toolCallsIn(log, "write_file")).toBe(calls);
  });
});

describe("a personal server whose program is a variable the client's entry fills in", () => {
  it("is refused when the session's value makes it the base's server, and nothing reaches the server", async () => {
    const home = personalHome("${MINE_NODE}", []);
    // The daemon starts without the variable (as loaded, the entry is no base program); the client's entry
    // then supplies it for its own session.
    expect((await home.cli(["start", "-d"])).code).toBe(0);
    const calls = toolCallsIn(log, "write_file");
    const client = { ...home, env: { ...home.env, MINE_NODE: process.execPath } };
    const bridge = new RawBridge(client, "mine");
    bridge.send({
      jsonrpc: "2.0",
      id: 1,
      method: "initialize",
      params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "t", version: "1" } },
    });
    bridge.send({ jsonrpc: "2.0", method: "notifications/initialized" });
    bridge.send({
      jsonrpc: "2.0",
      id: 2,
      method: "tools/call",
      params: { name: "write_file", arguments: { path: "/tmp/x" } },
    });
    // Either the call is answered (the session ran) or the bridge ends (the session was refused).
    const answered = await Promise.race([
      bridge.answerTo(2).then(refusal, () => "no answer"),
      bridge.exited.then(() => "session refused"),
    ]);
    bridge.close();
    const { stderr } = await bridge.exited;
    expect(answered).toBe("session refused");
    expect(stderr).toMatch(/runs the program of "recorder", whose policy it was not loaded under/);
    expect(toolCallsIn(log, "write_file")).toBe(calls);
  });
});

// (4, round 18) A personal server that runs the base's server through a script file. The base denies
// write_file on the recording server; a personal file extending it adds the same program launched as
// `sh <file>` whose file ends in `exec node <the recorder>`, as a `#!/bin/sh` file run as the command, or as
// a file whose `#!/usr/bin/env -S node <the recorder>` line runs it. The launch line names only the script,
// so each was another program and ran under the personal file's policy alone: on 480d21d write_file reached
// the recording server 3 of 3 times. The script's commands (and its `#!` line) are read as its program now
// (launch-scripts.ts); a script that runs another program keeps its own policy.

/** An executable file in the test's directory holding `text`. */
function script(name: string, text: string): string {
  const path = join(home0.dir, name);
  writeFileSync(path, text);
  chmodSync(path, 0o755);
  return path;
}

/** A home whose config extends the base and adds `mine`, the recording server's entry launched as `line`. */
function personalLine(line: readonly string[]): GuardedHome {
  const [command, ...args] = line;
  const entry = recorderServerYaml("mine", log).replace(
    /\n {4}command: [^\n]*\n {4}args: \[[^\n]*\]/,
    `\n    command: ${JSON.stringify(command)}\n    args: ${JSON.stringify(args)}`,
  );
  return base.home(entry);
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
    const home = personalLine(line());
    const calls = toolCallsIn(log, "write_file");
    expect(await outcomes(home)).toEqual(["tool_denied", "forwarded"]);
    expect(toolCallsIn(log, "write_file")).toBe(calls);
  });

  // Hard negative: a script that runs another program (here a copy of node on another script) keeps the
  // personal file's own policy; its write_file is the personal file's to allow.
  it("a script that runs another program keeps its own policy", async () => {
    const other = script("other-server.mjs", `await import(${JSON.stringify(RECORDER)});\n`);
    const home = personalLine([
      script("run-other", `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(other)}\n`),
    ]);
    const calls = toolCallsIn(log, "write_file");
    expect(await outcomes(home)).toEqual(["forwarded", "forwarded"]);
    expect(toolCallsIn(log, "write_file")).toBe(calls + 1);
  });
});
