// The event-stream parser of the daemon's HTTP client transports: the HTML standard's grammar (line ends,
// fields, comments, the last event id kept across events, `retry:`), whatever the chunks' boundaries.
import { describe, expect, it } from "vitest";
import { EventStreamParser, type ServerSentEvent } from "../src/upstream/sse-events.js";

function parse(chunks: string[], lastEventId?: string) {
  const events: ServerSentEvent[] = [];
  const parser = new EventStreamParser((event) => void events.push(event), lastEventId);
  for (const chunk of chunks) parser.push(Buffer.from(chunk));
  parser.end();
  return { events, lastEventId: parser.lastEventId, retry: parser.retry };
}

/** Every split of `text` into two chunks, and one byte at a time. */
function splits(text: string): string[][] {
  const out = [[text], [...text]];
  for (let at = 1; at < text.length; at++) out.push([text.slice(0, at), text.slice(at)]);
  return out;
}

describe("EventStreamParser", () => {
  it("reads events with LF, CR and CRLF line ends, however the stream is cut", () => {
    const expected = [
      { type: "endpoint", data: "/messages?s=1" },
      { type: "message", data: '{"a":1}\n{"b":2}' },
    ];
    for (const end of ["\n", "\r", "\r\n"]) {
      const text = [
        "event: endpoint",
        "data: /messages?s=1",
        "",
        'data: {"a":1}',
        'data:{"b":2}',
        "",
        "",
      ].join(end);
      for (const chunks of splits(text)) expect(parse(chunks).events).toEqual(expected);
    }
  });

  it("keeps the last event id across events and reads retry, ignoring comments and unknown fields", () => {
    const text =
      ": hello\nid: 7\nretry: 250\nfoo: bar\ndata: x\n\ndata: y\n\nid: 8\ndata:\n\nid: a\0b\ndata: z\n\n";
    const { events, lastEventId, retry } = parse([text]);
    expect(events).toEqual([
      { type: "message", data: "x" },
      { type: "message", data: "y" },
      { type: "message", data: "" },
      { type: "message", data: "z" },
    ]);
    expect(lastEventId).toBe("8"); // an id holding NUL is ignored
    expect(retry).toBe(250);
    expect(parse(["retry: 1.5\n\n"]).retry).toBeUndefined();
  });

  it("ignores a retry that is not digits and holds one to 100 ms – 60 s (Node's timer fires at once past 2^31 ms)", () => {
    for (const value of ["-5", "1.5", "1e3", " 7", "7 ", "+7", "Infinity", ""])
      expect(parse([`retry: ${value}\n\n`]).retry, value).toBeUndefined();
    expect(parse(["retry: 0\n\n"]).retry).toBe(100);
    expect(parse(["retry: 60000\n\n"]).retry).toBe(60_000);
    expect(parse(["retry: 99999999999\n\n"]).retry).toBe(60_000);
    expect(parse([`retry: ${"9".repeat(400)}\n\n`]).retry).toBe(60_000);
    expect(parse(["retry: 250\nretry: -1\n\n"]).retry).toBe(250);
  });

  it("takes an id without data (a priming event), dispatches nothing for it, and starts from a given id", () => {
    expect(parse(["id: 3\n\n"])).toEqual({ events: [], lastEventId: "3", retry: undefined });
    expect(parse(["data: q\n\n"], "5").lastEventId).toBe("5");
  });

  it("drops an unfinished event at the end, and a byte-order mark at the start", () => {
    expect(parse(["\uFEFFdata: a\n\ndata: b\n"]).events).toEqual([{ type: "message", data: "a" }]);
  });

  it("decodes UTF-8 split across chunks", () => {
    const bytes = Buffer.from("data: é€\n\n");
    const events: ServerSentEvent[] = [];
    const parser = new EventStreamParser((event) => void events.push(event));
    for (const byte of bytes) parser.push(Uint8Array.of(byte));
    expect(events).toEqual([{ type: "message", data: "é€" }]);
  });
});
