// Attack (round 40, outside attacker): an invoice's footer, as every German or British invoice prints it,
// holds a VAT number with its country prefix and the spaces the tax office writes (`USt-IdNr.: DE 123 456 789`,
// HMRC's `VAT number: GB 123 4567 89`) and a bank account and bank code (`Kontonummer: 0532 0130 00`,
// `BLZ: 701 500 00`). The README says a number called something else (a tax or account number) is no phone,
// but with phone numbers redacted the guard rewrote each of those as `[REDACTED:phone]`: the letters of the
// VAT prefix stand between the label and the digits, and the German words for an account and a bank code
// name nothing. The client must receive them as written, while the footer's own telephone number is redacted.
import { afterAll, describe, expect, it } from "vitest";
import { redactingRecorder, resultTexts, toolDefinition } from "../src/index.js";

const NOT_PHONES = {
  "German VAT number": "DE 123 456 789",
  "German account number": "0532 0130 00",
  "German bank code": "701 500 00",
  "British VAT number": "GB 123 4567 89",
  "British VAT number (reg. no.)": "GB 987 6543 21",
};
const GERMAN_FOOTER = [
  "Musterfirma GmbH · Hauptstraße 5 · 80331 München",
  `Tel.: 089 1234567 · USt-IdNr.: ${NOT_PHONES["German VAT number"]}`,
  `Bankverbindung: Stadtsparkasse München · Kontonummer: ${NOT_PHONES["German account number"]} · BLZ: ${NOT_PHONES["German bank code"]}`,
].join("\n");
const BRITISH_FOOTER =
  `Acme Ltd, 1 High Street, London. Tel: 020 7946 0958. VAT number: ${NOT_PHONES["British VAT number"]}. ` +
  `Company no. 01234567. Our supplier's VAT reg. no.: ${NOT_PHONES["British VAT number (reg. no.)"]}.`;

const text = (t: string) => ({ content: [{ type: "text", text: t }] });
const { home } = redactingRecorder(
  {
    tools: ["german_invoice", "british_invoice"].map((name) => toolDefinition(name, "An invoice.")),
    results: { german_invoice: text(GERMAN_FOOTER), british_invoice: text(BRITISH_FOOTER) },
  },
  ["phone"],
);
afterAll(async () => {
  await home.cleanup();
});

describe("VAT, account and bank-code numbers on an invoice, with phone numbers redacted", () => {
  it("reach the client as written, and only the telephone numbers are redacted", async () => {
    const texts = await resultTexts(home, ["german_invoice", "british_invoice"]);
    const received = Object.values(texts).join("\n");
    // The telephone numbers are found (so phone redaction is on) ...
    expect(received).not.toContain("089 1234567");
    expect(received).not.toContain("020 7946 0958");
    // ... and the numbers the invoice calls a VAT number, an account or a bank code are left whole.
    const rewritten = Object.entries(NOT_PHONES)
      .filter(([, value]) => !received.includes(value))
      .map(([what]) => what);
    expect(rewritten).toEqual([]);
  });
});
