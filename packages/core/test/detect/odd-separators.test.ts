// Card numbers and SSNs whose groups are joined unusually (detect/odd-separators.ts): found and redacted
// where they are written; numbers that are no card or SSN, joined the same ways, are not.
import { describe, expect, it } from "vitest";
import { builtInDetectors, Scanner } from "../../src/index.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
const types = (text: string) => [...new Set(scanner.scan(text, "").findings.map((f) => f.type))].sort();

describe("odd separators", () => {
  it.each([
    ["4111 / 1111 / 1111 / 1111", "credit_card"],
    ["4111 - 1111 - 1111 - 1111", "credit_card"],
    ["4111/1111/1111/1111", "credit_card"],
    ["4111|1111|1111|1111", "credit_card"],
    ["4111_1111_1111_1111", "credit_card"],
    ["4111\t1111\t1111\t1111", "credit_card"],
    ["card:\n4111\n1111\n1111\n1111", "credit_card"],
    ["4111\u20221111\u20221111\u20221111", "credit_card"],
    ["4111\uFFFD1111\uFFFD1111\uFFFD1111", "credit_card"],
    ["4111\uD8001111\uD8001111\uD8001111", "credit_card"],
    ["4111  1111  1111  1111", "credit_card"],
    ["SSN 123 / 45 / 6789", "ssn"],
  ])("finds %j", (text, type) => {
    expect(types(text)).toEqual([type]);
  });

  it.each([
    "pages 10 - 20 / 30 - 40",
    "2026-11-22 10:05:33.123456",
    "ids 1234|5678|9012|3456",
    "4111/1111/1111/1112",
    "30 13:59:59 1999 +0000",
    "rows\n12\n34\n56\n78\n90",
    "version 4.1.1 / build 1111_1111",
  ])("leaves %j alone", (text) => {
    expect(types(text)).toEqual([]);
  });

  // Long ASCII text dense with digits (logs) has its gaps found from the gap characters instead of from every
  // digit: the same numbers are found there, and the same are left alone.
  const log = Array.from(
    { length: 40 },
    (_, i) =>
      `2026-01-${String(10 + (i % 20))}T08:12:${String(10 + i)}.449Z id=${137929 + i * 7} status=200 bytes=${765955 - i}\n`,
  ).join("");

  it("finds nothing in the log alone (it is dense with digits, as the faster search needs)", () => {
    expect(log.length).toBeGreaterThan(2048);
    expect(log.replace(/[^0-9]/g, "").length * 5).toBeGreaterThan(log.length);
    expect(types(log)).toEqual([]);
  });

  it.each([
    "4111 / 1111 / 1111 / 1111",
    "4111/1111/1111/1111",
    "4111|1111|1111|1111",
    "4111_1111_1111_1111",
    "4111\t1111\t1111\t1111",
    "4111  1111  1111  1111",
    "4111 - 1111 - 1111 - 1111",
  ])("finds %j inside a long log, where it is written", (card) => {
    const text = `${log.slice(0, 1500)} paid ${card} ok ${log.slice(1500)}`;
    const { value } = scanner.scan(text, "", () => true);
    expect(value).toBe(`${log.slice(0, 1500)} paid [REDACTED:credit_card] ok ${log.slice(1500)}`);
  });

  it.each(["ids 1234|5678|9012|3456", "4111/1111/1111/1112", "version 4.1.1 / build 1111_1111"])(
    "leaves %j alone inside a long log",
    (text) => {
      expect(types(`${log.slice(0, 1500)} ${text} ${log.slice(1500)}`)).toEqual([]);
    },
  );

  it("redacts only the number, where it is written", () => {
    const { value } = scanner.scan("paid 5555 / 5555 / 5555 / 4444 today", "", () => true);
    expect(value).toBe("paid [REDACTED:credit_card] today");
  });
});
