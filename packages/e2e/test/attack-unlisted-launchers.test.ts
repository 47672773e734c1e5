// Attack (round 17): a personal server that runs the base's server through a launcher the program reading did
// not list. The base denies write_file on the recording server; a personal file extending it adds the same
// program under `flock <file> …` or `setpriv … …` (both exec their command line, so the server runs as
// usual). Those launch lines were read as the programs "flock" and "setpriv", so the entry ran under the
// personal file's policy alone and write_file reached the recording server (2 of 2 on 831619a). A launch found
// anywhere inside a line is that line's program now (programs-within.ts), so the base's deny holds.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  makeGuardedHome,
  recorderServerYaml,
  refusal,
  toolCallsIn,
  toolSession,
  type GuardedHome,
} from "../src/index.js";

const home0 = makeGuardedHome();
const log = join(home0.dir, "recorder.log");
const DENY = ["    policy:", "      permissions:", "        denied_tools: [write_file]"].join("\n");
const served = `servers:\n${recorderServerYaml("recorder", log, undefined, DENY)}\n`;
let base: Server;
let baseUrl: string;
const homes: GuardedHome[] = [home0];

beforeAll(async () => {
  base = createServer((_req, res) => res.end(served));
  await new Promise<void>((r) => base.listen(0, "127.0.0.1", r));
  baseUrl = `http://127.0.0.1:${(base.address() as { port: number }).port}/base.yaml`;
});
afterAll(async () => {
  for (const home of homes) await home.cleanup();
  await new Promise<void>((r) => base.close(() => r()));
});

/** A home whose config extends the base and adds the recording server as `mine`, launched behind `launcher`. */
function personalHome(launcher: readonly string[]): GuardedHome {
  const home = makeGuardedHome();
  homes.push(home);
  const sha = createHash("sha256").update(served).digest("hex");
  const entry = recorderServerYaml("mine", log).replace(
    /\n {4}command: ([^\n]*)\n {4}args: \[/,
    (_all, node: string) =>
      `\n    command: ${JSON.stringify(launcher[0])}\n    args: [${[...launcher.slice(1), JSON.parse(node) as string].map((w) => JSON.stringify(w)).join(", ")}, `,
  );
  const config = readFileSync(home.configPath, "utf8");
  writeFileSync(
    home.configPath,
    `extends:\n  url: ${baseUrl}\n  sha256: ${sha}\nservers:\n${entry}${config.slice(config.indexOf("\ndaemon:"))}`,
  );
  return home;
}

describe("a personal server running the base's server behind a launcher no list names", () => {
  it.each([
    ["flock", ["flock", join(home0.dir, "launch.lock")]],
    ["setpriv", ["setpriv", `--reuid=${process.getuid?.() ?? 0}`]],
  ] as const)("%s: the base's denied tool never reaches the server", async (_name, launcher) => {
    const home = personalHome(launcher);
    const before = toolCallsIn(log, "write_file");
    const outcomes: unknown[] = [];
    await toolSession(
      home,
      async (call) => {
        outcomes.push(refusal(await call("write_file", { path: "/tmp/x" })));
        outcomes.push(refusal(await call("echo", {})));
      },
      "mine",
    );
    expect(outcomes).toEqual(["tool_denied", "forwarded"]);
    expect(toolCallsIn(log, "write_file")).toBe(before);
  });
});
