// Attack (round 43, found from outside): a national identity number other than a US SSN passes the scan even
// where the record names it, so an HR, CRM or payroll server's export reaches the client with it (and a call
// carries it to a server) unredacted: a UK National Insurance number (`AB 12 34 56 C`), a Canadian Social
// Insurance Number (nine digits, Luhn), a Brazilian CPF (`123.456.789-09`, two check digits) and a Spanish
// DNI (eight digits and the letter of their remainder by 23). They are the SSN's counterparts, each as
// tightly checkable as an SSN, and the guard even knows "NINO" as a label (docs/detection.md: a label that
// keeps a number from being taken for a phone), but nothing reads the number; the SIN is taken for a phone
// number at best, which passes by default. README: SSNs are redacted towards the client and blocked towards
// a server. A correct guard finds these under their labels, with their check digits, as a type blocked and
// redacted as an SSN is (not as a phone number, which only warns).
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../src/detect/detectors.js";
import { Scanner } from "../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
/** What the defaults let through with a warning only (docs/detection.md, "What the defaults do"). */
const WARN_ONLY = new Set(["email", "phone", "ip_address"]);
/** The types found in a result that the defaults redact. */
const redactedTypes = (text: string) =>
  scanner
    .scan({ content: [{ type: "text", text }] }, "result")
    .findings.map((f) => f.type)
    .filter((t) => !WARN_ONLY.has(t));

const cases: [string, string][] = [
  ["the control: a US SSN", `Employee: John Doe\nSSN: 078-05-1120\nStart date: 2024-03-01`],
  [
    "a UK National Insurance number",
    `Employee: John Doe\nNational Insurance number: AB 12 34 56 C\nTax code: 1257L`,
  ],
  ["a Canadian SIN", `Employee: Jean Tremblay\nSIN: 046 454 286\nProvince: QC`],
  ["a Brazilian CPF", `Cliente: João Silva\nCPF: 123.456.789-09\nCidade: São Paulo`],
  ["a Spanish DNI", `Empleado: Juan García\nDNI: 12345678Z\nProvincia: Madrid`],
];

describe("national identity numbers under their labels", () => {
  it.each(cases)("%s is found as a type redacted by default", (_name, text) => {
    expect(redactedTypes(text)).not.toEqual([]);
  });
});
