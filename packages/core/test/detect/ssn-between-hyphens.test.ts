// Round 51 (found from outside): an SSN written between hyphens, as kebab-case file names and slugs write it
// (alice-smith-536-22-8471.pdf, ssn-536-22-8471, 536-22-8471-final), was not read: ssn.ts took a dash on
// either side as part of a longer dashed number, even where a letter stood beyond it, and even where "ssn"
// named it. The same number after a space or an underscore was read. A dash with a digit beyond it still
// makes the number part of a longer one.
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { Scanner } from "../../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
const types = (text: string) => scanner.scan(text, "r", () => true).findings.map((f) => f.type);

describe("an SSN between hyphens", () => {
  it.each([
    "file:///home/alice/Documents/Tax/alice-smith-536-22-8471.pdf",
    "ssn-536-22-8471",
    "report 536-22-8471-final.pdf",
    "https://hr.example.com/employees/jonas-lindqvist-536-22-8471/w2",
  ])("is read in %s", (text) => {
    expect(types(text)).toContain("ssn");
  });

  it.each(["1-536-22-8471", "536-22-8471-2", "call 1-536-22-8471 now", "build 2024-536-22-8471"])(
    "is not read as part of a longer dashed number: %s",
    (text) => {
      expect(types(text)).not.toContain("ssn");
    },
  );
});
