// Round 43 (left by round 42): an HTTP upstream's message nested more than 1,000 levels deep is refused as
// malformed since round 42 (the guard walks, copies and serialises each message recursively, and a value a
// few thousand levels deep overflows the stack where it is measured), but the line endpoints, a stdio
// server's stdout and a client's socket, had no such bound: a 20,000-level line was parsed and handed on.
// A correct guard refuses such a line as malformed (invalid_request, audited by the session) before
// anything recurses into it, in both directions, and reads the next line as usual.
import { describe, expect, it } from "vitest";
import { LineReader, type InputProblem } from "../src/session/endpoint.js";

function read(lines: string[], client: boolean) {
  const messages: unknown[] = [];
  const problems: InputProblem[] = [];
  const reader = new LineReader(
    8 << 20,
    { onmessage: (m) => messages.push(m), onerror: (p) => problems.push(p) },
    client,
  );
  reader.push(Buffer.from(lines.map((line) => `${line}\n`).join("")));
  return { messages, problems };
}

const nested = (levels: number) =>
  `{"jsonrpc":"2.0","id":7,"result":{"v":${"[".repeat(levels)}${"]".repeat(levels)}}}`;
const NEXT = '{"jsonrpc":"2.0","id":8,"result":{}}';

describe("a line nested deeper than 1,000 levels", () => {
  it.each([
    ["a stdio server's", false],
    ["a client's", true],
  ])("%s is refused as malformed, and the next line read", (_, client) => {
    const { messages, problems } = read([nested(20_000), NEXT], client);
    expect(problems).toMatchObject([
      { kind: "invalid", reason: "invalid_request", detail: "nested more than 1000 levels deep" },
    ]);
    expect(messages).toEqual([JSON.parse(NEXT)]);
  });

  it("a message nested as deep as MCP's ever are is read", () => {
    const { messages, problems } = read([nested(990)], false);
    expect(problems).toEqual([]);
    expect(messages).toHaveLength(1);
  });

  it("brackets inside strings are not nesting", () => {
    const line = `{"jsonrpc":"2.0","id":9,"result":{"text":"${"[{".repeat(5_000)}"}}`;
    const { messages, problems } = read([line], false);
    expect(problems).toEqual([]);
    expect(messages).toHaveLength(1);
  });
});
