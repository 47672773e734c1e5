import { describe, expect, it } from "vitest";
import { boundedBody, type OversizedAnswer } from "../src/upstream/bounded-body.js";

function streamOf(chunks: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
}

async function read(
  chunks: string[],
  kind: "events" | "whole",
  limit: number,
): Promise<{ text: string; reads: string[]; oversized: OversizedAnswer[]; error?: string }> {
  const oversized: OversizedAnswer[] = [];
  const reader = boundedBody(streamOf(chunks), kind, limit, (o) => oversized.push(o)).getReader();
  const reads: string[] = [];
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      reads.push(new TextDecoder().decode(value));
    }
  } catch (err) {
    return { text: reads.join(""), reads, oversized, error: (err as Error).message };
  }
  return { text: reads.join(""), reads, oversized };
}

const event = (data: string, end = "\n") => `event: message${end}data: ${data}${end}${end}`;

describe("an HTTP upstream's answer, bounded message by message", () => {
  it("hands on whole events only, however the body is cut, for LF, CRLF and CR line ends", async () => {
    for (const end of ["\n", "\r\n", "\r"]) {
      const body = event('{"a":1}', end) + event('{"b":2}', end);
      const cuts = [...body].map((_c, i) => i);
      for (const cut of cuts) {
        const { text, reads, oversized } = await read([body.slice(0, cut), body.slice(cut)], "events", 1000);
        expect(text).toBe(body);
        expect(oversized).toEqual([]);
        for (const r of reads.filter((r) => r.trim() !== ""))
          expect(r.endsWith(end + end) || r.endsWith(end + end.slice(0, 1)), JSON.stringify(r)).toBe(true);
      }
    }
  });

  it("drops an event over the bound as it arrives, reports its head, and passes the events around it", async () => {
    const huge = `{"jsonrpc":"2.0","id":7,"result":"${"x".repeat(20_000)}"}`;
    const chunks = [event('{"before":1}'), ...event(huge).match(/[^]{1,1000}/g)!, event('{"after":2}')];
    const { text, oversized } = await read(chunks, "events", 5000 - 4096);
    expect(text).toBe(event('{"before":1}') + event('{"after":2}'));
    expect(oversized).toHaveLength(1);
    expect(oversized[0]!.head).toContain('"id":7');
    expect(oversized[0]!.bytes).toBe(event(huge).length);
  });

  it("reports a dropped event once it ends, with its last bytes (where the SDK writes the id)", async () => {
    const huge = `{"jsonrpc":"2.0","result":"${"x".repeat(20_000)}","id":"call-3"}`;
    const oversized: OversizedAnswer[] = [];
    const reader = boundedBody(streamOf(event(huge).match(/[^]{1,700}/g)!), "events", 1000, (o) =>
      oversized.push(o),
    ).getReader();
    while (!(await reader.read()).done);
    expect(oversized).toHaveLength(1);
    expect(oversized[0]!.tail).toMatch(/"id":"call-3"\}\n\n$/);
  });

  it("keeps an unfinished last event for the SDK's parser to discard", async () => {
    const { text } = await read([event("{}"), "data: {"], "events", 1000);
    expect(text).toBe(`${event("{}")}data: {`);
  });

  it("ends a JSON answer over the bound with an error and reports it", async () => {
    const { oversized, error } = await read(['{"id":3,"result":"', "y".repeat(3000), '"}'], "whole", 2000);
    expect(error).toContain("over 2000 bytes");
    expect(oversized).toHaveLength(1);
    expect(oversized[0]!.head).toContain('"id":3');
    expect(oversized[0]!.tail).toBe("");
  });

  it("passes a JSON answer within the bound unchanged", async () => {
    const body = ['{"id":3,', '"result":{}}'];
    expect(await read(body, "whole", 2000)).toMatchObject({ text: body.join(""), oversized: [] });
  });
});
