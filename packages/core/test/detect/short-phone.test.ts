// Six-digit national numbers in groups count when a phone word names them (short-phone.ts); six digits
// without one, or called something else, or in a date's shape, stay what they are.
import { describe, expect, it } from "vitest";
import { SharedPass } from "../../src/detect/digit-chains.js";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { Scanner } from "../../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set(["ip_address"]) });
const found = (text: string) => scanner.spans(text).map((s) => [s.type, text.slice(s.start, s.end)]);

describe("short labelled phone numbers", () => {
  it.each([
    ["You can call 33 93 31", "33 93 31"],
    ["My phone number is 68 58 82.", "68 58 82"],
    ["Tel: 21 12 34", "21 12 34"],
    ["Tel. 312 345 (reception)", "312 345"],
    ["Fax: 75.12.34", "75.12.34"],
    ["mobile 90-1234", "90-1234"],
    ["61 51 81 office", "61 51 81"],
    ["92 34 70-Office", "92 34 70"],
  ])("finds the number in %j", (text, value) => {
    expect(found(text)).toEqual([["phone", value]]);
  });

  it.each([
    "The score was 33 93 31 after three rounds.",
    "Tel: 123456", // six digits in a row are an id or a code
    "call on 12.05.24", // a date
    "call 05-12-24",
    "Order number: 123 456",
    "Contact ID 12 34 56",
    "Call 2 34 56", // five digits
    "phone x12 34 56", // glued to a word
    "call +12 34 56", // a signed number
  ])("leaves %j alone", (text) => {
    expect(found(text).filter(([type]) => type === "phone")).toEqual([]);
  });

  it("keeps a longer number whole and leaves six bare digits out of the shared chains", () => {
    expect(found("call me at 12 34 56 78")).toEqual([["phone", "12 34 56 78"]]);
    expect(new SharedPass("id 123456 and 12 34 56").digitChains()).toEqual([
      { start: 14, end: 22, digits: 6 },
    ]);
  });
});
