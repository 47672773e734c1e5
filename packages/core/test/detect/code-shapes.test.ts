import { describe, expect, it } from "vitest";
import { decodedViews } from "../../src/detect/decode.js";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { Scanner } from "../../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set(["ip_address"]) });
const TOKEN = "ghp_R8kWq2ZpL5vN3xT7yB1cD4fG6hJ9mK0sA2eU";
const pieces = TOKEN.match(/.{1,8}/g) ?? [];

describe("string literals joined with +", () => {
  it.each([
    ["double quotes", pieces.map((p) => `"${p}"`).join(" + ")],
    ["single quotes, no blanks", pieces.map((p) => `'${p}'`).join("+")],
    ["a line break after each plus", pieces.map((p) => `"${p}"`).join(" +\n  ")],
    ["template literals", pieces.map((p) => `\`${p}\``).join(" + ")],
  ])("%s: a view holds the token", (_, written) => {
    expect(decodedViews(`x = ${written};`).some((v) => v.text.includes(TOKEN))).toBe(true);
  });

  it("redacts the literals where they were written", () => {
    const text = `x = ${pieces.map((p) => `"${p}"`).join(" + ")}; y = 1`;
    const { value } = scanner.scan({ text }, "result", () => true);
    expect(JSON.stringify(value)).not.toContain("R8kW");
    expect((value as { text: string }).text).toMatch(/^x = .*\[REDACTED:github_token\].*; y = 1$/);
  });

  it("leaves text with no joined literals without a view", () => {
    expect(decodedViews('a + b, "c" + d, 1 + 2')).toEqual([]);
  });
});

describe("a list of character codes", () => {
  it("is read as the text it spells", () => {
    const codes = [...TOKEN].map((c) => c.charCodeAt(0));
    expect(scanner.scan({ codes }, "params").findings).toEqual([
      { type: "github_token", path: "params.codes" },
    ]);
    expect(scanner.scan({ codes }, "result", () => true).value).toEqual({ codes: "[REDACTED:github_token]" });
  });

  it.each([
    ["with a line break", [...[...TOKEN].map((c) => c.charCodeAt(0)), 10]],
    ["with a letter beyond ASCII", [233, ...[...TOKEN].map((c) => c.charCodeAt(0))]],
    ["written as strings", [...TOKEN].map((c) => String(c.charCodeAt(0)))],
  ])("%s: is read as the text it spells", (_, codes) => {
    expect(scanner.scan({ codes }, "params").findings).toEqual([
      { type: "github_token", path: "params.codes" },
    ]);
  });

  it.each([
    ["short", [103, 104, 112, 95]],
    ["not all integers", [...[...TOKEN].map((c) => c.charCodeAt(0)), 40.5]],
    ["beyond every code point", [...[...TOKEN].map((c) => c.charCodeAt(0)), 1_700_000_000]],
    ["ordinary ids", ["1001", "1002", "1003", "1004", "1005", "1006", "1007", "1008"]],
  ])("%s: a list of numbers", (_, codes) => {
    expect(scanner.scan({ codes }, "params").findings).toEqual([]);
  });
});
