// Attack (round 50): `mcp-guard logs --json` writes a peer's text raw to the person's terminal. Round 30 made
// the text output escape every control and bidirectional override (terminalField), and `approvals list --json`
// and `pins` pass their JSON through `printable` ("so JSON output stays JSON, same values"); `logs --json`
// alone writes JSON.stringify's output, which escapes C0 controls only. A client (or the model steering it)
// calls a tool whose name holds a right-to-left override (U+202E, Trojan Source: the row for a call of
// `delete_account` shows in the terminal as another name), an 8-bit CSI (U+009B, which a terminal honouring C1
// controls reads as ESC [ and lets clear the screen or move the cursor over earlier rows), or a line
// separator (U+2028). The refusal's row keeps the name, and a person running `mcp-guard logs --json` to see
// what the agent did (a usual way to read the log with more fields) reads a reordered or rewritten screen.
// What a user expects: `logs --json` prints those characters as \u escapes, as `approvals list --json` does
// (same JSON values, nothing hidden or reordered in the terminal).
import { afterAll, describe, expect, it } from "vitest";
import { RawBridge } from "../src/index.js";
import { recorderWithResults } from "../src/recorder-session.js";

const { home } = recorderWithResults({});
afterAll(() => home.cleanup());

/** The characters printable() escapes: C1 controls, bidi overrides and isolates, line/paragraph separators. */
const HIDING = /[\u0080-\u009f\u2028-\u202e\u2066-\u2069]/u;

describe("peer-chosen names in `mcp-guard logs --json`", () => {
  it("carry no raw bidirectional override or C1 control to the terminal", async () => {
    const bridge = new RawBridge(home, "recorder");
    await bridge.initialize();
    const names = ["delete_\u202etnuocca", "echo\u009b2J\u009bH", "echo\u2028allow"];
    let id = 0;
    for (const name of names) {
      bridge.send({ jsonrpc: "2.0", id: ++id, method: "tools/call", params: { name, arguments: {} } });
      await bridge.answerTo(id);
    }
    bridge.close();
    await bridge.exited;
    // The batch that commits rows runs every 20 ms; the CLI reads the database after the session ended.
    await new Promise((r) => setTimeout(r, 500));
    const { stdout } = await home.cli(["logs", "--json", "--limit", "1000"]);
    const lines = stdout.split("\n").filter((l) => l.startsWith("{"));
    const calls = lines.filter((l) => (JSON.parse(l) as { method?: string }).method === "tools/call");
    // The rows are there (so the test reads what a person would), and none carries a hiding character raw.
    expect(calls.length).toBeGreaterThanOrEqual(names.length);
    expect(lines.filter((l) => HIDING.test(l))).toEqual([]);
  });
});
