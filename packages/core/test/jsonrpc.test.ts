import { describe, expect, it } from "vitest";
import { guessId, guessOversizedId, parseMessage } from "../src/jsonrpc.js";

describe("parseMessage", () => {
  it.each([
    ['{"jsonrpc":"2.0","id":1,"method":"ping"}', { kind: "request", id: 1, method: "ping" }],
    ['{"jsonrpc":"2.0","id":"a","method":"tools/call","params":{"name":"x"}}', { kind: "request", id: "a" }],
    [
      '{"jsonrpc":"2.0","method":"notifications/initialized"}',
      { kind: "notification", method: "notifications/initialized" },
    ],
    ['{"jsonrpc":"2.0","id":3,"result":{}}', { kind: "response", id: 3, error: undefined }],
    [
      '{"jsonrpc":"2.0","id":3,"error":{"code":-1,"message":"m"}}',
      { kind: "response", id: 3, error: { code: -1, message: "m" } },
    ],
  ])("classifies %s", (text, expected) => {
    expect(parseMessage(text)).toMatchObject(expected);
  });

  it.each([
    ["not json", "parse_error", null],
    ['{"jsonrpc":"2.0","id":12,"method":', "parse_error", 12],
    ["[]", "batch_not_supported", null],
    ['"text"', "invalid_request", null],
    ['{"id":1,"method":"ping"}', "invalid_request", 1],
    ['{"jsonrpc":"2.0","id":1,"method":""}', "invalid_request", 1],
    ['{"jsonrpc":"2.0","id":1,"method":7}', "invalid_request", 1],
    ['{"jsonrpc":"2.0","id":null,"method":"ping"}', "invalid_request", null],
    ['{"jsonrpc":"2.0","id":{},"method":"ping"}', "invalid_request", null],
    ['{"jsonrpc":"2.0","id":1,"method":"x","params":[1]}', "invalid_request", 1],
    ['{"jsonrpc":"2.0","id":1}', "invalid_request", 1],
    ['{"jsonrpc":"2.0","id":1,"result":{},"error":{"code":1,"message":"m"}}', "invalid_request", 1],
    ['{"jsonrpc":"2.0","id":1,"error":{"code":"x","message":"m"}}', "invalid_request", 1],
    ['{"jsonrpc":"2.0","id":1,"result":5}', "invalid_request", 1],
    ['{"jsonrpc":"2.0","result":{}}', "invalid_request", null],
  ])("rejects %s as %s", (text, reason, id) => {
    expect(parseMessage(text)).toMatchObject({ kind: "invalid", reason, id });
  });
});

describe("guessId", () => {
  it.each([
    ['{"jsonrpc":"2.0","id":42,"method":"x","params":{"a":"', 42],
    ['{"id":"req-7","method":', "req-7"],
    ['{"id": -3 ,', -3],
    ['{"method":"x"', null],
    ['{"id":1.5e3', null],
  ])("finds the id in %s", (text, id) => {
    expect(guessId(text)).toBe(id);
  });
});

describe("guessOversizedId", () => {
  it("reads the id written last (the MCP SDK's layout) before any id in the first bytes", () => {
    const head = '{"result":{"rows":[{"id":3,"name":"a"}';
    expect(guessOversizedId(head, '…"}]},"jsonrpc":"2.0","id":17}')).toBe(17);
    expect(guessOversizedId(head, '…"}]},"jsonrpc":"2.0","id":"req-9"}\n')).toBe("req-9");
  });

  it("falls back to the first bytes when the end names no id (the id first, or the end not read)", () => {
    expect(guessOversizedId('{"jsonrpc":"2.0","id":4,"result":{"text":"', 'xxxx"}}')).toBe(4);
    expect(guessOversizedId('{"jsonrpc":"2.0","id":4,"result":{', "")).toBe(4);
    // A nested object's id closes two braces, not the message's one.
    expect(guessOversizedId('{"result":{"x":1', '"y":{"id":8}}')).toBeNull();
  });
});
