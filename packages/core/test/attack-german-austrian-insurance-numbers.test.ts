// Attack (round 50, found from the outside): the German and Austrian social-insurance numbers, which every
// payroll (Lohnabrechnung), health-insurance and HR export in those countries holds beside the name:
// Germany's Rentenversicherungsnummer / Sozialversicherungsnummer (`12 170485 M 005`: area, birth date, the
// birth name's initial, serial, check digit) and Austria's SV-Nummer (`4821 120390`: serial, check digit,
// birth date). The scanner reads the German one not at all and the Austrian one as a phone number (a warning
// only); both reach the client and a server whole, though Germany's Steuer-ID and Switzerland's AHV number
// are redacted. A correct guard reads each after its label (Rentenversicherungsnummer,
// Sozialversicherungsnummer, Versicherungsnummer, SV-Nummer, SVNR), checks its check digit, and handles it as
// a national_id (redacted towards the client, blocked towards a server).
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
    "a German payroll record",
    "Name: Thomas Müller\nRentenversicherungsnummer: 12 170485 M 005\nKrankenkasse: AOK Bayern\n",
    "170485 M 005",
  ],
  ["the German number unspaced", "Versicherungsnummer: 12170485M005\n", "12170485M005"],
  [
    "an Austrian HR export (CSV with German headers)",
    "Vorname;Nachname;Geburtsdatum;Sozialversicherungsnummer\nAnna;Gruber;12.03.1990;4821 120390\n",
    "4821 120390",
  ],
  ["an Austrian SV-Nummer", "SV-Nummer: 3713 030772\n", "3713 030772"],
] as const;

describe("German and Austrian social-insurance numbers", () => {
  it.each(RECORDS)("%s is redacted", (_name, text, number) => {
    expect(shown(text)).not.toContain(number);
  });

  it.each(RECORDS)("%s is blocked as a tool's argument", (_name, text) => {
    expect(blockedAsArgument(text)).toContain("national_id");
  });

  it("a German number whose check digit fails passes", () => {
    const text = "Rentenversicherungsnummer: 12 170485 M 006\n";
    expect(shown(text)).toBe(text);
  });

  // Added by the fixer: look-alikes of the same length and shape, which no label or no check makes an id.
  it.each([
    ["an SV-Nummer whose check fails", "SV-Nummer: 3713 030773\n"],
    ["a customer number of an SV-Nummer's digits", "Kundennummer: 3713 030772\n"],
    ["an order number of the German number's shape", "Bestellnummer: 12 170485 M 005\n"],
  ])("%s passes", (_name, text) => {
    expect(shown(text)).toBe(text);
  });
});
