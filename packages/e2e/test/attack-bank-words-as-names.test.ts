// Attack (round 41, found from outside): round 40 excused a number after a bank account's or a VAT number's
// word (konto, BLZ, RIB, ABI, CAB, IVA, moms, routing ...) from being a phone, so that an invoice's footer
// keeps its account and VAT numbers. The words are matched in any case, alone, with nothing but a colon, a
// dash, a comma, a tab or a table's bar between them and the number; several are also a person's name or an
// ordinary English word (Abi, Iva, a cab, the moms), and a phone list written with those names hands their
// numbers to the client whole, while the same list's "Sam: …" line is redacted (control). The README
// promises personal data is redacted by its type's action; a number is excused only where the text calls it
// something else (a tax or account number). A correct guard redacts every phone number below.
import { afterAll, describe, expect, it } from "vitest";
import { redactingRecorder, resultTexts, toolDefinition } from "../src/index.js";

const PHONES = {
  Abi: "07700 900123",
  Iva: "07700 900987",
  "the minicab office": "020 7946 0958",
  "the moms' group": "(415) 867-5309",
};
const CONTROL = "07700 900461";
// A team's phone list, as a shared note prints it.
const NOTE = [
  "Emergency contacts",
  `Sam: ${CONTROL}`,
  `Abi: ${PHONES.Abi}`,
  `Iva - ${PHONES.Iva}`,
  `Cab: ${PHONES["the minicab office"]}`,
  `Moms: ${PHONES["the moms' group"]}`,
].join("\n");

const text = (t: string) => ({ content: [{ type: "text", text: t }] });
const { home } = redactingRecorder(
  {
    tools: [toolDefinition("contacts_note", "A contact list.")],
    results: { contacts_note: text(NOTE) },
  },
  ["phone"],
);
afterAll(async () => {
  await home.cleanup();
});

describe("a phone list whose names are a bank's or a tax office's words, with phone numbers redacted", () => {
  it("reaches the client with every phone number redacted", async () => {
    const texts = await resultTexts(home, ["contacts_note"]);
    const received = Object.values(texts).join("\n");
    // Phone redaction is on: Sam's number is redacted.
    expect(received).not.toContain(CONTROL);
    const shown = Object.entries(PHONES)
      .filter(([, phone]) => received.includes(phone))
      .map(([whose]) => whose);
    // At the head of round 41 all four reached the client whole.
    expect(shown, "phone numbers the client received whole").toEqual([]);
  });
});
