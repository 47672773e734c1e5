// Attack (round 50): `mcp-guard status --json` writes a server's stderr raw to the person's terminal. Round 30
// (attack-status-stderr-escapes) made the text output of `status` escape every control and bidirectional
// override a failed server's last stderr lines carry; the `--json` output is JSON.stringify's, which escapes
// C0 controls only, so a hostile (or compromised) server that fails on purpose with a right-to-left override
// (U+202E) or an 8-bit CSI (U+009B, read as ESC [ by a terminal honouring C1 controls) in its stderr still
// reorders or rewrites what a person reads when they run `mcp-guard status --json` to see why it is down.
// `approvals list --json` and `pins` pass their JSON through `printable` for this reason. What a user
// expects: `status --json` escapes the same characters as \u escapes (the same JSON values).
import { afterAll, describe, expect, it } from "vitest";
import { crashingServerYaml, makeGuardedHome, RawBridge } from "../src/index.js";

const dir = makeGuardedHome().dir;
const STDERR = [
  "boot failed: config \u202eyaml.drauG-pcm\u202c",
  "retry \u009b2J\u009bH server healthy",
].join("\n");
const home = makeGuardedHome(crashingServerYaml("crashy", dir, `${STDERR}\n`));
afterAll(() => home.cleanup());

describe("a server's stderr in `mcp-guard status --json`", () => {
  it("reaches the terminal without C1 controls or bidirectional overrides", async () => {
    const bridge = new RawBridge(home, "crashy");
    await bridge.initialize().catch(() => undefined);
    bridge.close();
    await bridge.exited;
    let out = "";
    for (let i = 0; i < 50; i++) {
      out = (await home.cli(["status", "--json"])).stdout;
      if (out.includes("healthy")) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    // The server's stderr is in the output (the test reads what a person would), with nothing that hides text.
    expect(out).toContain("boot failed");
    const hiding = [...out]
      .filter((c) => /[\u0080-\u009f\u202a-\u202e\u2066-\u2069]/.test(c))
      .map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
    expect(hiding).toEqual([]);
  });
});
