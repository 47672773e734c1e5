// Attack (round 16): server names that are also the names of every JavaScript object's methods. `constructor`,
// `toString` and `valueOf` are valid server names, and the config's servers are a plain object, so
// `name in base.servers` was true for them: a personal file's server so named passed for one of the base's,
// neither refused by `personal_servers: deny` nor held to the policy of the base server whose program it runs
// (extends.test.ts: 9 of 9 loaded under the personal policy alone). At run time the same confusion elsewhere
// (the variables per server looked up as `raw[name]`) happened to refuse sessions to such a server ("its entry
// uses variables"), and one named `constructor` kept the daemon from starting at all (`function is not
// iterable`), so no call reached the recording server before; a bridge asking for an unconfigured server
// `constructor` got a session over Object's constructor function that never answered. Now a server so named
// runs, under the base's policy, and an unknown one is refused by name.
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  makeGuardedHome,
  RawBridge,
  recorderServerYaml,
  refusal,
  ServedBase,
  toolCallsIn,
  toolSession,
  type GuardedHome,
} from "../src/index.js";

const log = join(makeGuardedHome().dir, "recorder.log");
const DENY = ["    policy:", "      permissions:", "        denied_tools: [write_file]"].join("\n");
/** The base: the recording server with write_file denied, and (when `closed`) no personal servers at all. */
const baseYaml = (closed: boolean) =>
  `${closed ? "personal_servers: deny\n" : ""}servers:\n${recorderServerYaml("recorder", log, undefined, DENY)}\n`;
let base: ServedBase;
const homes: GuardedHome[] = [];

beforeAll(async () => {
  base = await ServedBase.start(baseYaml(false));
});
afterAll(async () => {
  for (const home of homes) await home.cleanup();
  await base.close();
});

/** A home whose config extends the base and adds the recording server's program under `name`, one argument more. */
function personalHome(name: string): GuardedHome {
  return base.home(recorderServerYaml(name, log).replace(/(\n {4}args: \[)([^\n]*)\]/, '$1$2, "--verbose"]'));
}

describe("a personal server named like an object's method", () => {
  it.each(["constructor", "toString", "valueOf"])(
    "%s, running the base server's program, is held to the base's policy",
    async (name) => {
      base.text = baseYaml(false);
      const home = personalHome(name);
      const before = toolCallsIn(log, "write_file");
      const outcomes: unknown[] = [];
      await toolSession(
        home,
        async (call) => {
          outcomes.push(refusal(await call("write_file", { path: "/tmp/x" })));
          outcomes.push(refusal(await call("echo", {})));
        },
        name,
      );
      expect(outcomes).toEqual(["tool_denied", "forwarded"]);
      expect(toolCallsIn(log, "write_file")).toBe(before);
    },
  );

  it("is refused, like any server of the personal file's own, when the base sets personal_servers: deny", async () => {
    base.text = baseYaml(true);
    const home = personalHome("constructor");
    const check = await home.cli(["validate"]);
    base.text = baseYaml(false);
    expect(check.code).not.toBe(0);
    expect(check.stdout + check.stderr).toMatch(
      /sets personal_servers: deny.*"constructor" is not one of them/s,
    );
  });
});

describe("a bridge asking for a server nobody configured, named like an object's method", () => {
  it("is told the server is unknown, and status still works", async () => {
    const home = makeGuardedHome();
    homes.push(home);
    const bridge = new RawBridge(home, "constructor");
    const { code, stderr } = await bridge.exited;
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/unknown server "constructor"/);
    const status = await home.cli(["status"]);
    expect(status.code).toBe(0);
  });
});
