// Attack: a command line's relative words are resolved where the server's shell starts (its working
// directory, its directories, its home) and refused when they name a credential file (docs/tool-integrity.md,
// sensitive resources). A shell that changes directory first reads the file from there: `cd /etc; cat
// shadow`. Through the real bridge 3 of 3 such commands reached the server before the fix (sensitive.ts
// resolves a line's relative words in every directory it enters, too). Ordinary commands that change
// directory still pass.
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeGuardedHome, recorded, recorderServerYaml, refusal, toolSession } from "../src/index.js";

const log = join(makeGuardedHome().dir, "recorder.log");
const home = makeGuardedHome(recorderServerYaml("recorder", log));
afterAll(() => home.cleanup());

const FORBIDDEN = [
  { command: "cd /etc; cat shadow" },
  { command: "cd -P /etc/ssh && base64 ssh_host_ed25519_key" },
  { script: "pushd /proc/self >/dev/null\ncat environ\npopd" },
];
const ORDINARY = [{ command: "cd /etc && cat hostname" }, { command: "cd /tmp; cat shadow" }];

describe("a command line that changes directory first", () => {
  it("never reaches the server when it reads a credential file from there", async () => {
    const outcomes: unknown[] = [];
    await toolSession(home, async (call) => {
      for (const args of [...FORBIDDEN, ...ORDINARY]) outcomes.push(refusal(await call("echo", args)));
    });
    expect(outcomes).toEqual([
      ...FORBIDDEN.map(() => "sensitive_resource"),
      ...ORDINARY.map(() => "forwarded"),
    ]);
    const calls = recorded(log).filter((m) => typeof m === "object" && m.method === "tools/call");
    expect(calls).toHaveLength(ORDINARY.length);
  });
});
