// A card number or an SSN cut by a line break where its text was wrapped (wrapped-numbers.ts): its groups keep
// their space or dash, one gap is a line break. Before, each case below was missed.
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { Scanner } from "../../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
const piiIn = (text: string) =>
  scanner
    .spans(text)
    .filter((s) => s.type === "credit_card" || s.type === "ssn")
    .map((s) => s.type);
// Cards and SSNs only: a phone number is another detector's (and a warning by default).
const redacted = (text: string) =>
  (
    scanner.scan({ text }, "params", (type) => type === "credit_card" || type === "ssn").value as {
      text: string;
    }
  ).text;

describe("a card number or an SSN cut by a wrapped line", () => {
  it.each([
    ["Card on file: 4111 1111\n1111 1111 (expires 12/29)", "credit_card", "4111"],
    ["Card on file: 4111 1111 1111\r\n1111, thanks", "credit_card", "4111"],
    ["pay with 5555 5555 5555 \n  4444 today", "credit_card", "5555"],
    ["card 4111-1111-\n1111-1111", "credit_card", "4111"],
    ["my SSN is 078-05-\n1120 as asked", "ssn", "078"],
    ["SSN: 078-05\n-1120", "ssn", "1120"],
    ["social security number 078 05\n1120", "ssn", "078"],
  ])("%j", (text, type, part) => {
    expect(piiIn(text)).toContain(type);
    const out = redacted(text);
    expect(out).toContain(`[REDACTED:${type}]`);
    expect(out).not.toContain(part);
  });

  it("keeps the lines around the number", () => {
    expect(redacted("Name: Jo\nCard: 4111 1111\n1111 1111\nStatus: active")).toBe(
      "Name: Jo\nCard: [REDACTED:credit_card]\nStatus: active",
    );
  });

  // Hard negatives: numbers on consecutive lines that are not one number cut by a wrap.
  it.each([
    "Totals\n2023 4512\n2024 4623\n2025 4730",
    "released 2024-11-05\n2024-11-06 patched",
    "ref 078-05\n1120 items shipped",
    "ids 4111111111\n111111 in the batch",
    "ports 8080 8443\n9090 9443",
    "order 1234 5678\n9012 3456",
    "page 12 of 40\n13 of 40",
    "version 1.2.3\n4.5.6",
  ])("%j is left alone", (text) => {
    expect(piiIn(text)).toEqual([]);
    expect(redacted(text)).toBe(text);
  });
});
