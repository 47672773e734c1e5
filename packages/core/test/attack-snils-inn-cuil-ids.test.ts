// Attack (round 50, found from the outside): Russia's СНИЛС (SNILS, the pension-insurance number on every
// Russian payroll and medical record: `112-233-445 95`, the last two digits a weighted checksum mod 101) and
// ИНН of a person (twelve digits, two check digits), and Argentina's CUIL (`20-28456789-8`, the labour and
// tax number of every Argentine employee, a mod-11 check digit), pass the scanner whole, to the client and to
// a server, while Chile's RUT and Brazil's CPF in the same kind of record are redacted. A correct guard reads
// each after its label (СНИЛС/SNILS, ИНН/INN, CUIL/CUIT), checks its check digits, and handles it as a
// national_id (redacted towards the client, blocked towards a server).
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
    "Russia's СНИЛС",
    "ФИО: Иванов Иван Иванович\nСНИЛС: 112-233-445 95\nДолжность: инженер\n",
    "112-233-445 95",
  ],
  ["Russia's ИНН", "ФИО: Иванов Иван Иванович\nИНН: 500100732259\n", "500100732259"],
  ["Argentina's CUIL", "Nombre: Juan Pérez\nCUIL: 20-28456789-8\nDomicilio: Córdoba\n", "28456789"],
] as const;

describe("Russian and Argentine identity numbers", () => {
  it.each(RECORDS)("%s is redacted", (_name, text, number) => {
    expect(shown(text)).not.toContain(number);
  });

  it.each(RECORDS)("%s is blocked as a tool's argument", (_name, text) => {
    expect(blockedAsArgument(text)).toContain("national_id");
  });

  it("a СНИЛС whose checksum fails passes", () => {
    const text = "СНИЛС: 112-233-445 96\n";
    expect(shown(text)).toBe(text);
  });

  // Added by the fixer: look-alikes of the same length and shape, which no label or no check makes an id.
  it.each([
    ["an ИНН whose check digits fail", "ИНН: 500100732258\n"],
    ["the word inn before twelve digits", "The inn's booking 500100732259 is confirmed\n"],
    ["a CUIL whose check fails", "CUIL: 20-28456789-7\n"],
    ["an order number of a CUIL's digits", "Pedido: 20-28456789-8\n"],
  ])("%s passes", (_name, text) => {
    expect(shown(text)).toBe(text);
  });
});
