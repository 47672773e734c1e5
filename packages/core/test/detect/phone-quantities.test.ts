// Amounts and measured quantities written in groups of three are no phone numbers (quantity.ts): a unit or a
// count noun after the digits, or a currency before or after them, says what they are. The same digits with
// a phone word, or with words that follow phone numbers in listings, stay phone numbers.
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { Scanner } from "../../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set(["ip_address"]) });
const phones = (text: string) =>
  scanner
    .spans(text)
    .filter((s) => s.type === "phone")
    .map((s) => text.slice(s.start, s.end));

describe("quantities in a phone number's groups", () => {
  it.each([
    "The archive holds 723 104 556 bytes after compression.",
    "heap grew to 618 220 917 KB",
    "Table scan read 812 640 339 rows in 41 s",
    "p99 latency 37 208 415 µs over the window",
    "Upload rate 66 981 204 bps",
    "The campaign reached 701 552 018 users",
    "Annual revenue: £614 880 302",
    "Budget EUR 52 914 377 approved",
    "Sold for 27 118 090 kr",
    "Grant of 513 004 921 zł",
    "Battery 43 870 215 mAh",
    "growth of 659 117 203 % since launch",
  ])("leaves %j alone", (text) => {
    expect(phones(text)).toEqual([]);
  });

  it.each([
    ["Call me on 614 880 302 tomorrow", "614 880 302"],
    ["Tel. 513 004 921 (after 5pm)", "513 004 921"],
    ["Mobile: 701 552 018, lines open 9-5", "701 552 018"],
    ["Ring 0161 496 0754 lines open 8am to 8pm", "0161 496 0754"],
    ["Phone 612 345 678 messages only", "612 345 678"],
    // A state after a number (Mississippi) is no unit: abbreviations match in their own case.
    ["Office 601-555-0143 MS", "601-555-0143"],
    // A word that only starts like a unit ("msg", "rowset") is no unit.
    ["Call 612 345 678 msg first", "612 345 678"],
  ])("still finds the phone number in %j", (text, value) => {
    expect(phones(text)).toEqual([value]);
  });
});
