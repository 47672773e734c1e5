// Attack (round 30, found from outside): `mcp-guard status` prints a failed server's last error and its last stderr lines for the
// person at the terminal. Those lines are the server's own text: they are redacted for secrets
// (stderr-scrub.ts) but their control characters are kept, and the text output writes them raw. A hostile
// (or compromised) server that fails on purpose writes `ESC [2J` (clear the screen), `ESC ]0;…BEL` (set the
// window title), `ESC ]8;;url BEL` (a hidden link), or a carriage return and then text of its own, and the
// person who runs `status` to see why a server is down reads what the server chose instead: e.g. a line
// saying the server is healthy, or "run: mcp-guard pins approve …". (`logs` and the approval views escape
// what hides text; `status` does not.)
// Secure behaviour: no control character (C0, C1) nor bidirectional override from a server's text in
// `status`'s output (tabs and line ends of its own aside).
import { afterAll, describe, expect, it } from "vitest";
import { crashingServerYaml, makeGuardedHome, RawBridge } from "../src/index.js";

const dir = makeGuardedHome().dir;
const STDERR = [
  "boot\u001b[2J\u001b[H",
  "\u001b]0;all servers healthy\u0007title",
  "see \u001b]8;;https://evil.example/fix\u0007the docs\u001b]8;;\u0007",
  "fatal error\rserver ok; run mcp-guard pins approve crashy --all",
  "config \u202eyaml.drauG-pcm\u202c and \u009b2J",
].join("\n");
const home = makeGuardedHome(crashingServerYaml("crashy", dir, `${STDERR}\n`));
afterAll(() => home.cleanup());

describe("a server's stderr in `mcp-guard status`", () => {
  it("reaches the terminal without control characters", async () => {
    const bridge = new RawBridge(home, "crashy");
    await bridge.initialize().catch(() => undefined);
    bridge.close();
    await bridge.exited;
    let out = "";
    for (let i = 0; i < 50; i++) {
      out = (await home.cli(["status"])).stdout;
      if (out.includes("title")) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(out).toContain("stderr:");
    const controls = [...out]
      .filter(
        (c) =>
          (c !== "\n" && c !== "\t" && c.charCodeAt(0) < 0x20) ||
          /[\u0080-\u009f\u202a-\u202e\u2066-\u2069]/.test(c),
      )
      .map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
    expect(controls).toEqual([]);
  });
});
