// Attack (round 50, found from the outside): three EU identity numbers that citizens' records in their
// countries carry as the US SSN is carried, each with a check digit, none read by the scanner: Bulgaria's
// ЕГН (EGN, ten digits, weights 2 4 8 5 10 9 7 3 6 mod 11), Estonia's isikukood (eleven digits, two weight
// rounds mod 11) and Croatia's OIB (eleven digits, ISO 7064 MOD 11,10). An HR, bank or patient export holding
// them reaches the client and a server whole. A correct guard reads each after its label (ЕГН/EGN,
// isikukood, OIB), checks its issuer's check digit, and handles it as a national_id (redacted towards the
// client, blocked towards a server).
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
  ["Bulgaria's ЕГН", "Име: Иван Петров\nЕГН: 8504123454\nАдрес: София\n", "8504123454"],
  ["Estonia's isikukood", "Nimi: Mari Tamm\nIsikukood: 49007231239\nElukoht: Tartu\n", "49007231239"],
  ["Croatia's OIB", "Ime i prezime: Ivan Horvat\nOIB: 69128758407\nAdresa: Zagreb\n", "69128758407"],
] as const;

describe("EU identity numbers the scanner does not read", () => {
  it.each(RECORDS)("%s is redacted", (_name, text, number) => {
    expect(shown(text)).not.toContain(number);
  });

  it.each(RECORDS)("%s is blocked as a tool's argument", (_name, text) => {
    expect(blockedAsArgument(text)).toContain("national_id");
  });

  // Added by the fixer: look-alikes of the same length and shape, which no label or no check makes an id.
  it.each([
    ["an ЕГН whose check fails", "ЕГН: 8504123455\n"],
    ["an order number of an ЕГН's digits", "Поръчка № 8504123454\n"],
    ["an isikukood whose check fails", "Isikukood: 49007231238\n"],
    ["an order number of an isikukood's digits", "Tellimus: 49007231239\n"],
    ["an OIB whose check fails", "OIB: 69128758408\n"],
    ["an order number of an OIB's digits", "Narudžba: 69128758407\n"],
  ])("%s passes", (_name, text) => {
    expect(shown(text)).toBe(text);
  });
});
