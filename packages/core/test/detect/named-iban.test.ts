import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { Scanner } from "../../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set(["ip_address"]) });
const ibans = (text: string) =>
  scanner
    .spans(text)
    .filter((s) => s.type === "iban")
    .map((s) => text.slice(s.start, s.end));

describe("a value the text calls an IBAN, of an IBAN's form but not its country's length or checksum", () => {
  it.each([
    ["Refund sent to IBAN FR12WXYZ40031234, please confirm.", "FR12WXYZ40031234"],
    ["IBAN (payee): NL07 RABO 0312 8876 4", "NL07 RABO 0312 8876 4"],
    ["iban: ES4412345678901234", "ES4412345678901234"],
  ])("%s", (text, value) => {
    expect(ibans(text)).toEqual([value]);
  });

  // Hard negatives: the same values without the word IBAN, placeholders, values too short to be accounts.
  it.each([
    "Refund sent to account FR12WXYZ40031234, please confirm.",
    "Reference FR12WXYZ40031234 in the ticket",
    "IBAN: GB00 0000 0000 0000",
    "IBAN check failed for order DE12345",
    "IBAN format is CCkk followed by the BBAN, e.g. written as FR76…",
  ])("%s holds none", (text) => {
    expect(ibans(text)).toEqual([]);
  });

  it("a valid IBAN under the word keeps its registered length", () => {
    expect(ibans("IBAN: DE89 3704 0044 0532 0130 00 (main)")).toEqual(["DE89 3704 0044 0532 0130 00"]);
  });
});
