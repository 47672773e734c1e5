// Neighbours that wrap their piece once more (piece-redaction.ts, wrappedText): a one-item list, or an object
// whose one string sits beside numbers, booleans and nulls, three levels down at most. A wrapper with two
// strings is a record, not a piece, and is not read so.
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { wrappedText } from "../../src/detect/piece-redaction.js";
import { Scanner } from "../../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
const scan = (value: unknown) => scanner.scan(value, "result", () => true);
const PIECES = ["ghp_R8kWq2Zp", "L5vN3xT7yB1cD4fG6hJ9mK0sA2eU"];

describe("wrappedText", () => {
  it.each([
    ["a string", "x", "x"],
    ["a content item", { type: "text", text: "x" }, "x"],
    ["a one-item list", ["x"], "x"],
    ["a row with numbers beside", { seq: 1, ok: true, none: null, chunk: "x" }, "x"],
    ["three levels", [[["x"]]], "x"],
    ["four levels", [[[["x"]]]], undefined],
    ["two strings", { a: "x", b: "y" }, undefined],
    ["a two-item list", ["x", "y"], undefined],
    ["a number", 7, undefined],
    ["an empty object", {}, undefined],
  ])("%s", (_, item, text) => expect(wrappedText(item)).toBe(text));
});

describe("a token over wrapped neighbours", () => {
  it.each([
    ["one-item lists", PIECES.map((p) => [p])],
    ["numbered rows", PIECES.map((chunk, i) => ({ i, chunk }))],
    ["an object's one-item lists", { a: [PIECES[0]], b: [PIECES[1]] }],
  ])("%s: found and redacted in place", (_, value) => {
    const out = scan(value);
    expect(out.findings.map((f) => f.type)).toContain("github_token");
    expect(JSON.stringify(out.value)).not.toContain(PIECES[1]);
    expect(JSON.stringify(out.value)).toContain("[REDACTED:github_token]");
  });

  it("rows of two strings each are records and are not joined", () => {
    const value = PIECES.map((chunk) => ({ chunk, note: "part" }));
    expect(scan(value).findings).toEqual([]);
  });
});

describe("a card number written as text in a number's other forms", () => {
  it.each(["4.111111111111111e15", "4.111111111111111E+15", "4111111111111111.0"])("%s", (text) => {
    expect(scan({ n: text }).value).toEqual({ n: "[REDACTED:credit_card]" });
  });

  it.each(["1.5e3", "1234567890123456.0", "4.111111111111111e15 units"])("%s is left", (text) => {
    expect(scan({ n: text }).value).toEqual({ n: text });
  });
});
