// Attack (round 50, found from the outside): a passport's machine-readable zone (ICAO 9303 TD3: two lines of
// 44 characters, `P<` + issuer + surname<<given names, then document number, check digit, nationality, birth
// date, check digit, sex, expiry, check digit, optional data, check digits). KYC, airline (APIS) and hotel
// check-in tools return and accept it; an OCR of a passport photo yields it. It identifies a person as the
// document number after "Passport No." does (identity-documents.ts), and it is more: name, nationality and
// birth date together. The scanner reads none of it. A correct guard recognises the second line by its fixed
// layout and check digits (7-3-1 weights) and handles it as a national_id (redacted towards the client,
// blocked towards a server).
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

/** A German passport's zone (check digits computed per ICAO 9303; an invented person). */
const MRZ = `P<D<<MUSTERMANN<<ERIKA<<<<<<<<<<<<<<<<<<<<<<
C4R7KJ2M56D<<8504124F3109052<<<<<<<<<<<<<<02
`;
/** As a KYC service's OCR result carries it. */
const KYC_JSON = JSON.stringify({ document_type: "passport", mrz: MRZ.trim().split("\n"), confidence: 0.98 });

describe("a passport's machine-readable zone", () => {
  it.each([
    ["the zone as OCR prints it", MRZ],
    ["a KYC service's JSON", KYC_JSON],
  ])("the document number in %s is redacted", (_name, text) => {
    expect(shown(text)).not.toContain("C4R7KJ2M5");
  });

  it("is blocked as a tool's argument", () => {
    expect(blockedAsArgument(MRZ)).toContain("national_id");
  });

  // Added by the fixer: an identity card's zone (TD1, three lines of 30; ICAO 9303's specimen), name line too.
  it("an identity card's three lines are redacted, its name's line with them", () => {
    const card =
      "I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<\n";
    const out = shown(card);
    expect(out).not.toContain("D23145890");
    expect(out).not.toContain("ERIKSSON");
  });

  it("the passport's name line goes with its second line", () => {
    expect(shown(MRZ)).not.toContain("MUSTERMANN");
    expect(shown(KYC_JSON)).not.toContain("MUSTERMANN");
  });

  it("a card whose composite check fails passes", () => {
    const text = "I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<5\n";
    expect(shown(text)).toBe(text);
  });

  it("a line whose check digits fail passes (the layout alone is not enough)", () => {
    const text = "C4R7KJ2M51D<<8504121F3109051<<<<<<<<<<<<<<01\n";
    expect(shown(text)).toBe(text);
  });
});
