// National identity numbers other than the SSN (pii/national-id.ts): each found under the word its country
// names it by and with its own check, as the one type national_id; numbers that only look like one (a check
// that fails, no label, an order number, a phone number, a date, an ISBN, a row of 11-digit ids) are not.
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { Scanner } from "../../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
/** Each finding as "type:the text it covers". */
const found = (text: string) =>
  scanner
    .scan({ content: [{ type: "text", text }] }, "result", () => true)
    .findings.map((f) => f.type)
    .filter((type) => type === "national_id");
const redacted = (text: string) => {
  const { value } = scanner.scan({ content: [{ type: "text", text }] }, "result", () => true);
  return (value as { content: { text: string }[] }).content[0]?.text;
};

const found_: [string, string, string][] = [
  ["a UK National Insurance number in pairs", "National Insurance number: AB 12 34 56 C", "AB 12 34 56 C"],
  ["a UK National Insurance number run together", "NINO: JG103759A", "JG103759A"],
  ["a UK National Insurance number without its suffix", "NI number AB123456", "AB123456"],
  ["a Canadian SIN in groups", "SIN: 046 454 286", "046 454 286"],
  [
    "a Canadian SIN with dashes, named in French",
    "Numéro d'assurance sociale (NAS) : 046-454-286",
    "046-454-286",
  ],
  [
    "a Brazilian CPF in its punctuation, unnamed",
    "Cliente João Silva, 123.456.789-09, São Paulo",
    "123.456.789-09",
  ],
  ["a Brazilian CPF as bare digits under its name", '{"cpf": "12345678909"}', "12345678909"],
  ["a Spanish DNI", "DNI: 12345678Z", "12345678Z"],
  ["a Spanish DNI with a dash before its letter", "D.N.I. 12345678-Z", "12345678-Z"],
  ["a Spanish NIE", "NIE: X1234567L", "X1234567L"],
  ["a Spanish NIE with dashes", "DNI/NIE X-1234567-L", "X-1234567-L"],
  ["an Indian Aadhaar in groups of four", "Aadhaar No.: 2345 6789 0124", "2345 6789 0124"],
  ["an Australian TFN", "Tax file number: 123 456 782", "123 456 782"],
  ["a Singapore NRIC", "NRIC: S1234567D", "S1234567D"],
  ["a Singapore FIN", "FIN F1234567N", "F1234567N"],
];

describe("national identity numbers are found, as national_id", () => {
  it.each(found_)("%s", (_name, text, number) => {
    expect(found(text)).toEqual(["national_id"]);
    expect(redacted(text)).toBe(text.replace(number, "[REDACTED:national_id]"));
  });
});

const notFound: [string, string][] = [
  ["a SIN whose Luhn check fails", "SIN: 046 454 287"],
  ["a Luhn-valid nine digits without a label", "Order 046 454 286 shipped"],
  ["nine digits after the Spanish word sin", "sin 046454286 pedidos"],
  ["a CPF whose check digits fail", "CPF: 123.456.789-00"],
  ["a CPF-valid eleven digits without a label", "Invoice 12345678909"],
  ["a table of eleven-digit ids", "| id | amount |\n| 12345678909 | 10 |\n| 98765432100 | 12 |"],
  ["one digit repeated, which passes the CPF check", "CPF: 111.111.111-11"],
  ["a DNI whose letter is wrong", "DNI: 12345678A"],
  ["a company's CIF (the letter first)", "NIF: B12345678"],
  ["a DNI-shaped code without a label", "Ref 12345678Z"],
  ["an NRIC-shaped code without a label", "Part S1234567D in stock"],
  ["an NRIC whose letter is wrong", "NRIC: S1234567A"],
  ["HMRC's placeholder prefix QQ", "NINO: QQ 12 34 56 C"],
  ["a prefix HMRC never issues", "National Insurance number: GB 12 34 56 C"],
  ["an Aadhaar starting with 1", "Aadhaar: 1234 5678 9012"],
  ["an Aadhaar whose Verhoeff check fails", "Aadhaar: 2345 6789 0123"],
  ["a TFN whose check fails", "TFN: 123 456 783"],
  ["a phone number after a label", "SIN: 046 454 286 0"],
  ["a phone number", "Call 613 555 0199 or +1 613 555 0199"],
  ["a date and a time", "DNI issued 2024-03-01 12:30:45"],
  ["an ISBN", "ISBN 978-0-306-40615-7 and ISBN 0-306-40615-2"],
  ["a decimal", "sin(x) = 0.046454286"],
];

describe("look-alikes are not national identity numbers", () => {
  it.each(notFound)("%s", (_name, text) => {
    expect(found(text)).toEqual([]);
  });
});
