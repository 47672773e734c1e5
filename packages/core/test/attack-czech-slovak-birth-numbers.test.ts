// Attack (round 50, found from the outside): the Czech and Slovak birth number (rodné číslo, RČ), the
// identity number on every Czech or Slovak payroll, health-insurance and HR record, written as its forms
// print it (`855117/1233`: birth date with 50 added to the month for women, a slash, then a serial whose
// whole ten-digit number is divisible by 11). The scanner reads it as a phone number (a warning only) and
// passes it to the client and to a server, though it passes the SSN's and the PESEL's counterparts on neither
// side. A correct guard reads a number of this shape after its label (`rodné číslo`, `RČ`), checks the date
// and the divisibility by 11, and handles it as a national_id (redacted towards the client, blocked towards a
// server).
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

/** A Czech employee record as an HR system exports it (the number passes the issuer's check). */
const CZECH = `Zaměstnanec: Jana Nováková
Rodné číslo: 855117/1233
Zdravotní pojišťovna: 111
Nástup: 1. 3. 2021
`;
/** A Slovak sentence from a contract, the number in the same form. */
const SLOVAK = "Predávajúci: Peter Horváth, rodné číslo 790412/3458, trvalý pobyt Bratislava\n";

describe("the Czech and Slovak birth number", () => {
  it.each([
    ["a Czech HR record", CZECH, "855117/1233"],
    ["a Slovak contract", SLOVAK, "790412/3458"],
  ])("in %s it is redacted", (_name, text, number) => {
    expect(shown(text)).not.toContain(number);
  });

  it("is blocked as a tool's argument", () => {
    expect(blockedAsArgument(CZECH)).toContain("national_id");
  });

  it("a number that fails the check passes (the check is what sets it apart)", () => {
    const text = "Rodné číslo: 855117/1234\n";
    expect(shown(text)).toBe(text);
  });

  // Added by the fixer: look-alikes of the same length and shape, which no label or no check makes an id.
  it.each([
    ["an order number of the same digits", "Číslo objednávky: 8551171233\n"],
    ["a birth number whose month is impossible", "Rodné číslo: 851317/1230\n"],
  ])("%s passes", (_name, text) => {
    expect(shown(text)).toBe(text);
  });
});
