// The case-variant check takes a shortcut for keys that fold to themselves; it must find exactly what
// comparing every pair of keys finds.
import { describe, expect, it } from "vitest";
import { keyAmbiguity, foldKey } from "../src/protocol/case-variants.js";

/** Any two keys of any object (anywhere, for params) that fold to one name: the slow, obvious way. */
function pairwise(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return false;
  if (Array.isArray(value)) return value.some(pairwise);
  const keys = Object.keys(value);
  for (let i = 0; i < keys.length; i++)
    for (let j = i + 1; j < keys.length; j++) if (foldKey(keys[i]!) === foldKey(keys[j]!)) return true;
  return Object.values(value).some(pairwise);
}

const KEYS = ["a", "A", "s", "S", "ſ", "k", "K", "\u212a", "é", "É", "ab", "aB", "Ab", "x_1", "X_1", "zz"];

/** A deterministic pseudo-random object of the keys above, nested up to `depth`. */
function randomObject(seed: { n: number }, depth: number): Record<string, unknown> {
  const next = () => (seed.n = (seed.n * 48271) % 2147483647);
  const object: Record<string, unknown> = {};
  const count = next() % 4;
  for (let i = 0; i < count; i++) {
    const key = KEYS[next() % KEYS.length]!;
    object[key] = depth > 0 && next() % 2 === 0 ? randomObject(seed, depth - 1) : i;
  }
  return object;
}

describe("keyAmbiguity", () => {
  it("finds two keys that differ only in case exactly when comparing every pair does", () => {
    const seed = { n: 7 };
    let found = 0;
    for (let i = 0; i < 3000; i++) {
      const params = { arguments: randomObject(seed, 3) };
      const expected = pairwise(params);
      expect(keyAmbiguity(params, "params") !== undefined, JSON.stringify(params)).toBe(expected);
      if (expected) found++;
    }
    expect(found).toBeGreaterThan(100); // the table above does produce ambiguous objects
  });

  it.each([
    [{ Name: "x" }, 'the member "Name" would be read as "name"'],
    [{ maxtokens: 5 }, 'the member "maxtokens" would be read as "maxTokens"'],
    [{ name: "t", arguments: { path: "/a", Path: "/b" } }, "differ only in case"],
    [{ name: "t", arguments: { ſecret: 1, Secret: 2 } }, "differ only in case"],
    [{ name: "t", arguments: { path: "/a", nested: [{ mode: 1 }] } }, undefined],
  ])("reads %j", (params, why) => {
    const found = keyAmbiguity(params, "params");
    if (why === undefined) expect(found).toBeUndefined();
    else expect(found).toContain(why);
  });

  it("checks a result's own members and its listed definitions, not the data it carries", () => {
    expect(keyAmbiguity({ tools: [{ name: "a", Name: "b" }] }, "result")).toContain("differ only in case");
    expect(keyAmbiguity({ structuredContent: { a: 1, A: 2 } }, "result")).toBeUndefined();
  });

  it.each([
    ["elicitation/create", { Mode: "url", url: "javascript:alert(1)" }, '"Mode" would be read as "mode"'],
    [
      "elicitation/create",
      { requestedSchema: { Properties: {} } },
      '"Properties" would be read as "properties"',
    ],
    [
      "elicitation/create",
      { requestedSchema: { properties: { a: { properties: { b: { TITLE: "PIN" } } } } } },
      '"TITLE" would be read as "title"',
    ],
    [
      "completion/complete",
      { context: { Arguments: { a: "b" } } },
      '"Arguments" would be read as "arguments"',
    ],
    [
      "sampling/createMessage",
      { messages: [{ content: [{ Type: "resource" }] }] },
      '"Type" would be read as "type"',
    ],
    // The messages whose tool results the sampling review reads (sampling-review.ts).
    ["sampling/createMessage", { Messages: [] }, '"Messages" would be read as "messages"'],
    // The text a stream carries, read across notifications (notification-junctions.ts).
    ["notifications/message", { level: "info", Data: "ghp_" }, '"Data" would be read as "data"'],
    ["notifications/progress", { progressToken: 1, Message: "ghp_" }, '"Message" would be read as "message"'],
    // A field's name, and a tool's own arguments, are data: read whatever their case.
    ["elicitation/create", { requestedSchema: { properties: { Title: { type: "string" } } } }, undefined],
    ["tools/call", { name: "t", arguments: { Title: "x", Mode: "y", Context: {} } }, undefined],
  ])("reads %s's params %j at every depth a check reads them", (method, params, why) => {
    const found = keyAmbiguity(params, "params", method);
    if (why === undefined) expect(found).toBeUndefined();
    else expect(found).toContain(why);
  });

  it("reads a result and an error where the checks read them", () => {
    expect(keyAmbiguity({ Completion: { values: [] } }, "result", "completion/complete")).toContain(
      '"Completion"',
    );
    expect(keyAmbiguity({ completion: { Values: [] } }, "result", "completion/complete")).toContain(
      '"Values"',
    );
    expect(
      keyAmbiguity({ completion: { values: [], Values: [] } }, "result", "completion/complete"),
    ).toContain("differ only in case");
    expect(keyAmbiguity({ content: [{ type: "resource", Resource: {} }] }, "result", "tools/call")).toContain(
      '"Resource"',
    );
    expect(keyAmbiguity({ content: [{ type: "text", Text: "x" }] }, "result", "tools/call")).toContain(
      '"Text"',
    );
    const blob = { uri: "file:///a", MimeType: "text/plain", blob: "aGk=" };
    expect(keyAmbiguity({ contents: [blob] }, "result", "resources/read")).toContain('"MimeType"');
    expect(
      keyAmbiguity({ content: [], structuredContent: { Type: "row" } }, "result", "tools/call"),
    ).toBeUndefined();
    const elicits = { code: -32042, message: "m", data: { elicitations: [{ Mode: "url" }] } };
    expect(keyAmbiguity(elicits, "error")).toContain('"Mode"');
    expect(keyAmbiguity({ code: 1, message: "m", data: { Reason: "approval_pending" } }, "error")).toContain(
      '"Reason"',
    );
    expect(keyAmbiguity({ code: 1, message: "m", data: { Detail: "x" } }, "error")).toBeUndefined();
  });

  it.each([
    ["tools/call", { "name\u0000": "delete_account", name: "echo" }],
    ["tools/call", { name: "pay", arguments: { "amount\u0000cents": 9000, amount: 2 } }],
    ["tools/call", { name: "t", arguments: { rows: [{ "id\u0007": 1 }] } }],
    ["tools/call", { name: "t", arguments: { "a\u001fb": 1 } }],
    ["tools/call", { name: "t", arguments: { "a\u007f": 1 } }],
    ["tools/call", { name: "t", arguments: { "\u0085a": 1 } }],
    ["resources/read", { "uri\n": "file:///etc/shadow", uri: "file:///tmp/a" }],
  ])("refuses %s's params %j: a key with a control character", (method, params) => {
    expect(keyAmbiguity(params, "params", method)).toContain("control character");
  });

  it("refuses a control character in a listed definition's key, not in ordinary keys or values", () => {
    const tools = { tools: [{ "name\u0000": "delete_all", name: "echo" }] };
    expect(keyAmbiguity(tools, "result", "tools/list")).toContain("control character");
    expect(
      keyAmbiguity({ content: [{ type: "text", "text\u0000": "x" }] }, "result", "tools/call"),
    ).toContain("control character");
    const ordinary = { name: "t", arguments: { "a b": "line\u0000one\ntwo", "x-y_z.é~": 1, "": 2 } };
    expect(keyAmbiguity(ordinary, "params", "tools/call")).toBeUndefined();
  });
});
