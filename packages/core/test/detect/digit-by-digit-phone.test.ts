import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { Scanner } from "../../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set(["ip_address"]) });
const phones = (text: string) =>
  scanner
    .spans(text)
    .filter((s) => s.type === "phone")
    .map((s) => text.slice(s.start, s.end));

describe("a phone number spelled out a digit at a time", () => {
  it.each([
    ["phone: 4 1 5 5 5 5 0 1 3 2", "4 1 5 5 5 5 0 1 3 2"],
    ["Call me at 4 1 5 -5 5 5 -0 1 3 2 for the repair.", "4 1 5 -5 5 5 -0 1 3 2"],
    ["call 4-1-5-5-5-5-0-1-3-2", "4-1-5-5-5-5-0-1-3-2"],
    ["Tel. 0 2 0 7 9 4 6 0 9 5 8", "0 2 0 7 9 4 6 0 9 5 8"],
  ])("%s", (text, number) => {
    expect(phones(text)).toEqual([number]);
  });

  // Grouped 3-3-4 by marks of their own, as the North American plan writes it, it needs no phone word.
  it.each([
    ["Cl me at 4 1 5 -5 5 5 -0 1 3 2 fr rpair", "4 1 5 -5 5 5 -0 1 3 2"],
    ["it is 2 1 2.5 5 5.0 1 8 7 now", "2 1 2.5 5 5.0 1 8 7"],
  ])("%s", (text, number) => {
    expect(phones(text)).toEqual([number]);
  });

  it.each([
    "row 1 2 3 -4 5 6 -7 8 9 0",
    "steps 4 1 5 -5 5 5 -0 1 3 2 -1",
    "scores: 4 1 5 5 5 5 0 1 3 2",
    "row 1 2 3 4 5 6 7 8 9 0",
    "steps 1-2-3-4-5-6-7-8-9 of the wizard",
    "phone bill: 4 1 5 5 (a list of amounts)",
  ])("%s is left alone without a phone word, or too short", (text) => {
    expect(phones(text)).toEqual([]);
  });
});
