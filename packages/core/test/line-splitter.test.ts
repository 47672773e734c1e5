import { describe, expect, it } from "vitest";
import { LineSplitter, TAIL_BYTES } from "../src/line-splitter.js";

const b = (s: string) => Buffer.from(s, "utf8");

describe("LineSplitter", () => {
  it("reassembles messages split across chunks and skips blank lines", () => {
    const s = new LineSplitter(1000);
    expect(s.push(b('{"a":'))).toEqual([]);
    expect(s.push(b('1}\n\n  \n{"b":2}\n{"c"'))).toEqual([
      { kind: "line", text: '{"a":1}', bytes: 7 },
      { kind: "line", text: '{"b":2}', bytes: 7 },
    ]);
    expect(s.buffered).toBe(4);
    expect(s.push(b(":3}\n"))).toEqual([{ kind: "line", text: '{"c":3}', bytes: 7 }]);
  });

  it("keeps multi-byte characters split between chunks intact", () => {
    const s = new LineSplitter(1000);
    const bytes = b('{"t":"é😀"}\n');
    expect([...s.push(bytes.subarray(0, 8)), ...s.push(bytes.subarray(8))]).toEqual([
      { kind: "line", text: '{"t":"é😀"}', bytes: 14 },
    ]);
  });

  it("accepts a message of exactly the limit and reports a larger one, staying in sync", () => {
    const s = new LineSplitter(10);
    expect(s.push(b("0123456789\n"))).toEqual([{ kind: "line", text: "0123456789", bytes: 10 }]);
    const events = [
      ...s.push(b('{"id":5,"x":"')),
      ...s.push(b("y".repeat(50))),
      ...s.push(b('"}\n{"ok":1}\n')),
    ];
    expect(events).toEqual([
      {
        kind: "oversized",
        bytes: 13 + 50 + 2,
        head: `{"id":5,"x":"${"y".repeat(50)}"}`,
        tail: `{"id":5,"x":"${"y".repeat(50)}"}`,
      },
      { kind: "line", text: '{"ok":1}', bytes: 8 },
    ]);
    expect(s.buffered).toBe(0);
  });

  it("never holds more than the limit while discarding", () => {
    const s = new LineSplitter(100);
    for (let i = 0; i < 100; i++) s.push(b("z".repeat(1000)));
    expect(s.buffered).toBe(0);
    expect(s.push(b("\n"))).toEqual([
      { kind: "oversized", bytes: 100_000, head: "z".repeat(4096), tail: "z".repeat(TAIL_BYTES) },
    ]);
  });

  it("keeps the last bytes of a discarded message, where the MCP SDK writes its id", () => {
    const s = new LineSplitter(50);
    s.push(b('{"result":{"text":"'));
    s.push(b("q".repeat(2000)));
    const [event] = s.push(b('"},"jsonrpc":"2.0","id":"call-7"}\n'));
    expect(event).toMatchObject({ kind: "oversized" });
    expect((event as { tail: string }).tail.endsWith('"jsonrpc":"2.0","id":"call-7"}')).toBe(true);
    expect((event as { tail: string }).tail.length).toBe(TAIL_BYTES);
  });

  it("reads a last message without its newline at the end, and an oversized one cut off by the end", () => {
    const s = new LineSplitter(10);
    expect(s.push(b('{"a":1}\n{"b":2}'))).toEqual([{ kind: "line", text: '{"a":1}', bytes: 7 }]);
    expect(s.end()).toEqual([{ kind: "line", text: '{"b":2}', bytes: 7 }]);
    expect(s.end()).toEqual([]);
    expect(s.push(b('{"id":9,"x":"0123456789"'))).toEqual([]);
    expect(s.end()).toMatchObject([{ kind: "oversized", bytes: 24 }]);
    expect(s.buffered).toBe(0);
  });
});
