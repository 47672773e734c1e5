// Attack (round 46, found from outside): a passport or driving licence number is as much an identity number as
// an SSN (a travel booking, a KYC check, a car-rental or HR record holds it), and it is written after its
// label: `Passport No.: 533401372`, `Reisepass-Nr.: C01X00T47`, `Numéro de passeport : 12AB34567`, a UK
// licence's `MORGA753116SM9IJ`, a US `Driver License #: D1234567`. None is found: a booking or HR MCP server's
// result reaches the client with the traveller's passport number and name, and an agent's request carries one
// to any server. README: national identity numbers are redacted towards the client and blocked towards a
// server. A correct guard reads an identity document's number after its label (passport, Reisepass,
// passeport, pasaporte, driving licence, driver's license, Führerschein) as a national_id; a number after
// other words passes.
import { describe, expect, it } from "vitest";
import { DEFAULT_ACTIONS, FALLBACK_ACTIONS } from "../src/detect/actions.js";
import { builtInDetectors } from "../src/detect/detectors.js";
import { Scanner } from "../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
/** Whether a type is redacted towards the client by default (email and phone only warn). */
const redacted = (type: string) => (DEFAULT_ACTIONS[type] ?? FALLBACK_ACTIONS).response === "redact";
/** A booking server's result, with the default actions: what reaches the client. */
const shown = (text: string) => {
  const out = scanner.scan({ content: [{ type: "text", text }] }, "result", redacted);
  return (out.value as { content: { text: string }[] }).content[0]!.text;
};

describe("identity documents' numbers after their labels", () => {
  it("the control: a UK National Insurance number after its label is redacted", () => {
    expect(shown("National Insurance number: AB123456C")).not.toContain("AB123456C");
  });

  it.each([
    [
      "a passport on a booking",
      "Surname: SMITH\nGiven names: JOHN\nPassport No.: 533401372\nExpiry: 2031-04-02",
      "533401372",
    ],
    ["a German passport", "Nachname: Müller\nReisepass-Nr.: C01X00T47", "C01X00T47"],
    ["a French passport", "Nom : Dupont\nNuméro de passeport : 12AB34567", "12AB34567"],
    ["a Spanish passport", "Nombre: Juan Pérez\nPasaporte: PAA123456", "PAA123456"],
    [
      "a UK driving licence",
      "Name: Sarah Morgan\nDriving licence number: MORGA753116SM9IJ",
      "MORGA753116SM9IJ",
    ],
    ["a US driver's license", "Renter: Sam Lee\nDriver License #: D1234567 (CA)", "D1234567"],
  ])("%s is redacted", (_name, text, number) => {
    expect(shown(text)).not.toContain(number);
  });

  it("the same shapes after other words pass", () => {
    for (const text of ["Order No.: 533401372", "Build: C01X00T47", "Ticket #: D1234567"])
      expect(shown(text)).toBe(text);
  });
});

describe("identity documents' numbers: other writings, and look-alikes that pass", () => {
  it.each([
    ["a sentence", "My passport number is 533401372 and it expires 2031.", "533401372"],
    ["a JSON key", '{"passport_number": "X12345678", "name": "Ann"}', "X12345678"],
    ["a camelCase key", "passportNumber: 'E12345678'", "E12345678"],
    ["a dashed licence", "Driver's license: S530-460-71-880-0", "S530-460-71-880-0"],
    ["a grouped licence", "DRIVER LICENSE NO 123 456 789", "123 456 789"],
    ["a German licence", "Führerschein-Nr.: B072RRE2I55", "B072RRE2I55"],
  ])("%s is redacted", (_name, text, number) => {
    expect(shown(text)).not.toContain(number);
  });

  it("Passport.js code, package versions and document words without a number pass", () => {
    for (const text of [
      "passport.use(new LocalStrategy(function (u, p, done) {}))",
      '"passport": "0.7.0", "passport-jwt": "^4.0.1"',
      "npm install passport passport-local@1.0.0",
      "the JDBC driver 2024 release",
      "Passport photos: 2 required",
      "Passport: EXPIRED",
      "driving licence category B since 2010",
    ])
      expect(shown(text)).toBe(text);
  });
});
