// Attack (round 30, found from outside): `mcp-guard logs` prints each audit row as one line of text, and a row's `target` (the
// tool or prompt name, the resource URI) is what the peer wrote whenever detection found nothing in it. A
// client that calls a tool whose name holds a newline, a carriage return or a terminal escape gets its call
// refused (malformed_name / malformed_uri), but the refusal's row keeps the name as written, and `logs`
// writes it raw to the person's terminal: a newline forges a whole row ("allow" of something that never
// happened), `ESC [2J` clears the screen, `ESC ]8;;…` plants a link, and CR overwrites the line's start.
// `logs --json` is safe (JSON escapes C0 controls); the text output is not.
// Secure behaviour: one printed line per row, and no control character (C0 such as ESC, CR, BEL; C1 such as
// the 8-bit CSI) nor bidirectional override from a peer in the text.
import { afterAll, describe, expect, it } from "vitest";
import { RawBridge } from "../src/index.js";
import { recorderWithResults } from "../src/recorder-session.js";

const { home } = recorderWithResults({});
afterAll(() => home.cleanup());

const FORGED =
  "2031-01-01 00:00:00.000  allow  recorder       → request tools/call delete_account  os:root  0ms";

describe("peer-chosen targets in `mcp-guard logs`", () => {
  it("a tool name or URI cannot forge rows or send terminal escapes to the person reading the log", async () => {
    const bridge = new RawBridge(home, "recorder");
    await bridge.initialize();
    const names = [
      `echo\n${FORGED}`,
      `echo\r${FORGED}`,
      "echo\u001b[2J\u001b[H",
      "echo\u001b]8;;https://evil.example/\u0007click\u001b]8;;\u0007",
      // Characters that reorder or hide text (the approval views escape these; see printable.ts).
      "echo\u202etxt.lla_eteled",
      "echo\u009b2J",
    ];
    let id = 10;
    for (const name of names) {
      bridge.send({ jsonrpc: "2.0", id: ++id, method: "tools/call", params: { name, arguments: {} } });
      await bridge.answerTo(id);
    }
    bridge.send({
      jsonrpc: "2.0",
      id: ++id,
      method: "resources/read",
      params: { uri: `file:///tmp/readme.txt\n${FORGED}` },
    });
    await bridge.answerTo(id);
    bridge.send({ jsonrpc: "2.0", id: ++id, method: "ping" });
    await bridge.answerTo(id);
    bridge.close();
    await bridge.exited;
    // The rows reach SQLite in batches (20 ms): read the text between two JSON reads that agree on the count.
    const count = async () =>
      (await home.cli(["logs", "--json", "--limit", "1000"])).stdout.split("\n").filter((l) => l.length > 0)
        .length;
    let rows = -1;
    let text = { code: null as number | null, stdout: "" };
    for (let i = 0; i < 50; i++) {
      const before = await count();
      text = await home.cli(["logs", "--limit", "1000"]);
      if (before > 0 && before === (await count())) {
        rows = before;
        break;
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(text.code).toBe(0);
    const lines = text.stdout.split("\n").filter((l) => l.length > 0);
    const controls = [...text.stdout].filter(
      (c) => (c !== "\n" && c.charCodeAt(0) < 0x20) || /[\u0080-\u009f\u202a-\u202e\u2066-\u2069]/.test(c),
    );
    expect({
      forgedRow: lines.some((l) => l.startsWith("2031-01-01 00:00:00.000")),
      lines: lines.length,
      controls: controls.map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`),
    }).toEqual({ forgedRow: false, lines: rows, controls: [] });
  });
});
