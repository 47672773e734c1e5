// A number that a phone word labels, written with a group of one digit: Japan writes numbers behind a five-digit
// area code 5-1-4 (02866-1-3247), and libphonenumber's own national formats of other regions have such a group
// (Hungary's "(06 1) 234 5678", Kazakhstan's "8 (71234) 5 67 89", North Macedonia's "0800 1 23 45"). Unlabelled,
// a one-digit group is read as a catalogue number unless a configured region writes that very number so; after
// "Tel:" the label says what it is, as it does for any other grouping. Found with faker-js's ja locale formats and
// libphonenumber's example numbers, unlabelled and labelled.
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { Scanner } from "../../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set(["ip_address"]) });
const found = (text: string) => scanner.spans(text).map((s) => [s.type, text.slice(s.start, s.end)]);

describe("a labelled phone number with a one-digit group", () => {
  it.each([
    ["Tel: ", "02866-1-3247"],
    ["電話: ", "01842-9-5562"],
    ["Phone: ", "(06 1) 234 5678"],
    ["Telefon: ", "8 (71234) 5 67 89"],
    ["Phone: ", "0800 1 23 45"],
    ["Phone: ", "0800 123 4 56"],
    ["Hotline: ", "1800 1 234 5678"],
    ["Tel. ", "21 23 4 56789"],
  ])("%s%s is a phone number", (label, phone) => {
    expect(found(`${label}${phone}`)).toEqual([["phone", phone]]);
  });

  // Without a phone word the group still makes it a catalogue or lot number.
  it.each([
    "part 7 13160 2 9",
    "item 0 12345 6 7",
    "lot 0900 12 3 4567",
    "ref 02866-1-3247",
    "(06 1) 234 5678",
  ])("%s is not", (text) => {
    expect(found(text)).toEqual([]);
  });
});
