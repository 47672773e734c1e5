// Attack (round 46, found from outside): the scanner knows the national identity numbers of the UK, Canada,
// Brazil, Spain, India, Australia and Singapore (national-id.ts), but none of the other European ones an HR,
// payroll or patient export from the EU holds: Poland's PESEL, France's NIR (numéro de sécurité sociale), the
// Netherlands' BSN, Sweden's personnummer, Finland's henkilötunnus, Switzerland's AHV number, Germany's
// Steuer-ID and Italy's codice fiscale. Each carries its issuer's check, and each here stands after the word
// its country names it by (or under that column in a CSV export). A CRM, HR or database MCP server's result
// reaches the client with them whole, while a Spanish DNI under `DNI:` is redacted. README: national identity
// numbers are redacted towards the client and blocked towards a server. A correct guard reads these as it
// reads a DNI: a number that passes its country's check beside its country's label is a national_id.
import { describe, expect, it } from "vitest";
import { DEFAULT_ACTIONS, FALLBACK_ACTIONS } from "../src/detect/actions.js";
import { builtInDetectors } from "../src/detect/detectors.js";
import { Scanner } from "../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
/** Whether a type is redacted towards the client by default (email and phone only warn). */
const redacted = (type: string) => (DEFAULT_ACTIONS[type] ?? FALLBACK_ACTIONS).response === "redact";
/** An HR server's result, with the default actions: what reaches the client. */
const shown = (text: string) => {
  const out = scanner.scan({ content: [{ type: "text", text }] }, "result", redacted);
  return (out.value as { content: { text: string }[] }).content[0]!.text;
};

describe("European national identity numbers beside their labels", () => {
  it("the control: a Spanish DNI under its label is redacted", () => {
    expect(shown("DNI: 12345678Z")).not.toContain("12345678Z");
  });

  // Each number passes its issuer's check (PESEL's weights, the NIR's key 97 - n mod 97, the BSN's eleven
  // test, Luhn for the personnummer, the henkilötunnus' letter mod 31, EAN-13 for the AHV, ISO 7064 for the
  // Steuer-ID, the codice fiscale's odd/even letter table).
  it.each([
    ["PESEL", "PESEL: 44051401359", "44051401359"],
    ["NIR", "N° de sécurité sociale : 1 85 05 78 006 084 91", "006 084 91"],
    ["BSN", "BSN: 111222333", "111222333"],
    ["personnummer", "Personnummer: 811218-9876", "811218-9876"],
    ["henkilötunnus", "Henkilötunnus: 131052-308T", "131052-308T"],
    ["AHV", "AHV-Nr.: 756.1234.5678.97", "756.1234.5678.97"],
    ["Steuer-ID", "Steuerliche Identifikationsnummer: 65929970489", "65929970489"],
    ["codice fiscale", "Codice fiscale: RSSMRA85T10A562S", "RSSMRA85T10A562S"],
  ])("%s is redacted", (_name, text, number) => {
    expect(shown(text)).not.toContain(number);
  });

  it("a CSV export's PESEL column is redacted", () => {
    const text = "imie;nazwisko;pesel;data_urodzenia\nJan;Kowalski;44051401359;14.05.1944\n";
    expect(shown(text)).not.toContain("44051401359");
  });

  it("the same digits with no label, or failing their check, pass", () => {
    for (const text of ["Order 44051401358 shipped", "PESEL: 44051401358", "BSN: 111222334"])
      expect(shown(text)).toBe(text);
  });

  // Added with the fix: the numbers' neighbours that are none of them.
  it.each([
    ["a codice fiscale whose check letter is wrong", "Codice fiscale: RSSMRA85T10A562T"],
    ["a henkilötunnus whose check character is wrong", "Henkilötunnus: 131052-308U"],
    ["an AHV number in its dots whose check digit is wrong", "756.1234.5678.98"],
    ["a valid PESEL's digits under another label", "Rechnungsnummer: 44051401359"],
    ["a valid BSN's digits with no label", "Ticket 111222333 closed"],
    ["a NIR's digits with no label", "ref 1 85 05 78 006 084 91"],
    ["a personnummer's shape with no label", "build 811218-9876"],
    ["a CF-shaped word after the letters CF in a word", "CFO RSSMRA85T10A562S"],
    ["a hex dump with the letters cf", "cf: 0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d"],
  ])("%s passes", (_name, text) => {
    expect(shown(text)).toBe(text);
  });

  it.each([
    ["a henkilötunnus of the 2000s (century sign A)", "HETU: 010101A123N", "010101A123N"],
    ["an AHV number in its dots, unlabelled", "Versichertennummer 756.1234.5678.97", "756.1234.5678.97"],
    ["a codice fiscale after C.F.", "C.F. RSSMRA85T10A562S", "RSSMRA85T10A562S"],
    ["a BSN under a JSON key", '{"bsn": "111222333"}', "111222333"],
    ["a 12-digit personnummer", "Personnummer: 198112189876", "198112189876"],
  ])("%s is redacted", (_name, text, number) => {
    expect(shown(text)).not.toContain(number);
  });
});
