// Attack (round 48, found from outside): a magnetic-stripe reader (a USB "keyboard wedge", as shops and
// POS terminals use) types the card's tracks as text: track 1 is `%B<card number>^<SURNAME>/<GIVEN
// NAME>^<YYMM><service code><discretionary data>?` (ISO/IEC 7813), track 2 `;<card number>=<YYMM>…?`. POS
// logs, support tickets and test fixtures carry these lines. The scanner redacts the number in track 2, but
// in track 1 the number follows the format code `B` with no separator and is passed whole with the holder's
// name and expiry, to the client and to a server, and after a swipe that printed both tracks the track-1
// copy of the number is still shown. A correct guard reads the digits after track 1's `%B` as a card number
// (Luhn and brand as anywhere else) and redacts them.
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

/** A Luhn-valid Visa number (not issued), with a holder and expiry as a reader types them. */
const PAN = "4539148803436467";
const TRACK1 = `%B${PAN}^DOE/JANE^27091011000012345678901?`;
const TRACK2 = `;${PAN}=27091011000012345678?`;

describe("card numbers in magnetic-stripe tracks", () => {
  it("track 2 alone is redacted (the harness sees what the scanner does)", () => {
    expect(shown(TRACK2)).not.toContain(PAN);
  });

  it.each([
    ["track 1 alone", TRACK1],
    ["both tracks as one swipe types them", `${TRACK1}${TRACK2}`],
    ["a POS log line", `2026-11-28 10:04:11 INFO  msr: swipe read track1=${TRACK1} len=52`],
    ["track 1 with a padded name field", `%B${PAN}^DOE/JANE                  ^2709101100001234567890?`],
  ])("%s: the number is redacted", (_name, text) => {
    expect(shown(text)).not.toContain(PAN);
  });
});

describe("track-shaped text without a card number", () => {
  it("a number failing Luhn after %B passes", () => {
    const text = "%B4539148803436468^DOE/JANE^27091011000012345678901?";
    expect(shown(text)).toBe(text);
  });
});

describe("percent-B text that is no track", () => {
  it.each([
    ["a URL's escaped bytes", "GET /search?q=%B4%C3%A9t%20caf%C3%A9 HTTP/1.1"],
    ["a track-shaped order number failing the brand check", "%B1234567812345670^ORDER/REF^2709?"],
  ])("%s passes", (_name, text) => {
    expect(shown(text)).toBe(text);
  });
});
