// Attack (round 47, found from outside): identity numbers of the Americas and Asia-Pacific that carry a check
// character, written after the label their own forms print, reach the client and a server unredacted. The
// scanner knows Canada's SIN, Brazil's CPF, India's Aadhaar, Australia's TFN and Singapore's NRIC
// (docs/detection.md, "National identity numbers"), but not:
// - South Korea's resident registration number (주민등록번호, RRN: YYMMDD-SNNNNNC, weighted mod 11), the number
//   every Korean form, payroll export and leaked customer table holds;
// - Japan's My Number (個人番号 / マイナンバー: twelve digits, the last a weighted mod-11 check), which the law
//   restricts to tax and social security use;
// - Mexico's CURP (eighteen characters: name letters, birth date, sex, state, and a mod-10 check digit);
// - Chile's RUT/RUN (12.345.678-5: the mod-11 check digit or K);
// - Australia's Medicare card number (ten digits, the ninth a weighted mod-10 check, the tenth the issue).
// Each is a national identity number as the SSN is; a correct guard redacts each towards the client (and
// blocks it towards a server) when its check holds and its label stands before it, and passes the same digits
// with a wrong check.
import { describe, expect, it } from "vitest";
import { DEFAULT_ACTIONS, FALLBACK_ACTIONS } from "../src/detect/actions.js";
import { builtInDetectors } from "../src/detect/detectors.js";
import { Scanner } from "../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
/** What the client is shown under the default actions (a type the table does not know counts as a secret). */
const shown = (text: string) => {
  const redacted = (type: string) => (DEFAULT_ACTIONS[type] ?? FALLBACK_ACTIONS).response === "redact";
  const out = scanner.scan({ content: [{ type: "text", text }] }, "result", redacted);
  return (out.value as { content: { text: string }[] }).content[0]!.text;
};

/** Each as a form or an export prints it, with a number whose check holds. */
const NUMBERS: [string, string, string][] = [
  ["a Korean RRN in a Korean form", "성명: 김민수\n주민등록번호: 850315-1234566\n", "850315-1234566"],
  ["a Korean RRN under its English label", "Name: Kim Minsu\nRRN: 850315-1234566\n", "850315-1234566"],
  ["a My Number on a Japanese form", "氏名: 山田 太郎\n個人番号: 3071 8205 4699\n", "3071 8205 4699"],
  ["a My Number in katakana", "マイナンバー: 307182054699\n", "307182054699"],
  ["a CURP", "Nombre: Carmen Gómez\nCURP: GOMC850101MDFNRR00\n", "GOMC850101MDFNRR00"],
  ["a Chilean RUT", "Nombre: Javier Soto\nRUT: 16.483.729-7\n", "16.483.729-7"],
  ["an Australian Medicare number", "Medicare card number: 2953 18477 1\n", "2953 18477 1"],
];

describe("identity numbers of the Americas and Asia-Pacific", () => {
  it.each(NUMBERS)("%s is redacted", (_name, text, value) => {
    expect(shown(text)).not.toContain(value);
  });

  it("a TFN on the same kind of form is redacted (the harness sees what the scanner does)", () => {
    expect(shown("Tax file number: 459 807 104\n")).not.toContain("459 807 104");
  });

  it.each([
    ["an RRN with a wrong check", "RRN: 850315-1234567\n"],
    ["a RUT with a wrong check", "RUT: 16.483.729-3\n"],
  ])("%s passes", (_name, text) => {
    expect(shown(text)).toBe(text);
  });
});

describe("the same numbers without their labels, and labels that are words", () => {
  it.each([
    ["valid numbers after other words", "Order: 850315-1234566, ref 307182054699, batch 2953 18477 1"],
    ["npm run before a RUT's digits", "npm run 16483729-7"],
    ["my number in a sentence", "my number is 3071 8205 4699 in the queue"],
    ["a CURP-shaped code with a wrong check", "CURP: GOMC850101MDFNRR01"],
    ["a Medicare number with a wrong check", "Medicare card number: 2953 18476 1"],
  ])("%s pass", (_name, text) => {
    expect(shown(text)).toBe(text);
  });

  it.each([
    ["a RUT whose check is K", "RUT: 10.000.013-K\n", "10.000.013-K"],
    ["a My Number under a key", '{"my_number": "307182054699"}', "307182054699"],
    [
      "a CURP under its Spanish name",
      "Clave Única de Registro de Población: GOMC850101MDFNRR00",
      "GOMC850101MDFNRR00",
    ],
  ])("%s is redacted", (_name, text, value) => {
    expect(shown(text)).not.toContain(value);
  });
});
