// Attack (round 50, found from the outside): the identity numbers of the Gulf and South Asia, which bank KYC,
// visa, HR and telecom records there hold beside the name, are read by no detector and reach the client and a
// server whole: the UAE's Emirates ID (`784-1985-1234567-3`: 784, birth year, serial, Luhn check digit),
// Saudi Arabia's national ID / iqama (ten digits starting 1 or 2, Luhn), Pakistan's CNIC (`35202-1234567-1`,
// NADRA's 5-7-1 form, which nothing else is written as) and India's PAN (`ABCPS1234F`: five letters, the
// fourth P for a person, four digits, a letter). India's Aadhaar and Singapore's NRIC are already redacted. A
// correct guard reads each after its label (Emirates ID, رقم الهوية / National ID / Iqama, CNIC, PAN), checks
// the check digit where there is one, and handles it as a national_id (redacted towards the client, blocked
// towards a server).
import { describe, expect, it } from "vitest";
import { DEFAULT_ACTIONS, FALLBACK_ACTIONS } from "../src/detect/actions.js";
import { builtInDetectors } from "../src/detect/detectors.js";
import { Scanner } from "../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
const redacted = (type: string) => (DEFAULT_ACTIONS[type] ?? FALLBACK_ACTIONS).response === "redact";
/** What the client is shown under the default actions (a type the table does not know counts as a secret). */
const shown = (text: string) => {
  const out = scanner.scan({ content: [{ type: "text", text }] }, "result", redacted);
  return (out.value as { content: { text: string }[] }).content[0]!.text;
};
/** The types that would block the text as a tool's argument (towards the server). */
const blockedAsArgument = (text: string) =>
  scanner
    .scan({ content: [{ type: "text", text }] }, "request", () => false)
    .findings.map((f) => f.type)
    .filter((type) => (DEFAULT_ACTIONS[type] ?? FALLBACK_ACTIONS).request === "block");

const RECORDS = [
  [
    "the UAE's Emirates ID",
    "Name: Ahmed Al Mansoori\nEmirates ID: 784-1985-1234567-3\nNationality: UAE\n",
    "1234567",
  ],
  [
    "Saudi Arabia's national ID",
    "Name: Mohammed Al Otaibi\nNational ID: 1087654321\nCity: Riyadh\n",
    "1087654321",
  ],
  ["Pakistan's CNIC", "Name: Ali Raza\nCNIC: 35202-1234567-1\nCity: Lahore\n", "35202-1234567-1"],
  ["India's PAN", "Name: Rahul Sharma\nPAN: ABCPS1234F\nCity: Pune\n", "ABCPS1234F"],
] as const;

describe("Gulf and South Asian identity numbers", () => {
  it.each(RECORDS)("%s is redacted", (_name, text, number) => {
    expect(shown(text)).not.toContain(number);
  });

  it.each(RECORDS)("%s is blocked as a tool's argument", (_name, text) => {
    expect(blockedAsArgument(text)).toContain("national_id");
  });

  it("an Emirates ID whose Luhn digit fails passes", () => {
    const text = "Emirates ID: 784-1985-1234567-4\n";
    expect(shown(text)).toBe(text);
  });

  // Added by the fixer: look-alikes of the same length and shape, which no label or no check makes an id.
  it.each([
    ["a Saudi number whose Luhn digit fails", "National ID: 1087654322\n"],
    ["an order number of a Saudi number's digits", "Order number: 1087654321\n"],
    ["a CNIC of no province", "CNIC: 95202-1234567-1\n"],
    ["a tracking number of a CNIC's shape", "Tracking: 35202-1234567-1\n"],
    ["a company's PAN (fourth letter C)", "PAN: ABCCS1234F\n"],
    ["a booking reference of a PAN's shape", "Booking ref: ABCPS1234F\n"],
  ])("%s passes", (_name, text) => {
    expect(shown(text)).toBe(text);
  });
});
