// Attack (round 48, found from outside): EMV chip data is logged by terminals, kernels and card tools (the
// output of `emv-tools`, a PC/SC APDU trace, a terminal's TLV dump) as tags with their values in hex. The
// card number is tag 5A, written as its BCD bytes (`5A 08 45 39 14 88 03 43 64 67`, or `[5A]: 45 39 14 88 03
// 43 64 67`), and tag 57, Track 2 Equivalent Data, is the number, a `D` separator and the expiry
// (`4539148803436467D2709101…F`). The digits are the card number unchanged, only spaced in pairs or followed
// by the `D`, and the scanner passes them, to the client and to a server. A correct guard joins digit pairs
// into one run as it joins groups of four, and takes a card number ending at the `D` of track 2 equivalent
// data; Luhn and brand still decide.
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

/** A Luhn-valid Visa number (not issued). */
const PAN = "4539148803436467";
const PAIRS = "45 39 14 88 03 43 64 67";

describe("card numbers in EMV tag dumps", () => {
  it("tag 5A written as a plain number is redacted (the harness sees what the scanner does)", () => {
    expect(shown(`5A: ${PAN}`)).not.toContain(PAN);
  });

  it.each([
    [
      "tag 5A, its length and value in byte pairs",
      `9F02 06 00 00 00 00 42 00\n5A 08 ${PAIRS}\n5F24 03 27 09 30\n`,
    ],
    ["a named tag with its bytes", `Application Primary Account Number (PAN) [5A]: ${PAIRS}`],
    ["tag 57, track 2 equivalent data", `Track 2 Equivalent Data (57): ${PAN}D27091011000012345678F`],
  ])("%s: the number is not shown", (_name, text) => {
    const out = shown(text);
    expect(out).not.toContain(PAN);
    expect(out).not.toContain(PAIRS);
  });
});

describe("hex dumps without a card number", () => {
  it("a TLV dump of amounts and dates passes", () => {
    const text = "9F02 06 00 00 00 00 42 00\n9A 03 26 11 28\n5F2A 02 09 78\n";
    expect(shown(text)).toBe(text);
  });
});

describe("hex pairs and D-separated digits that are no tag's card number", () => {
  it.each([
    ["a dump row that runs on after a 5A byte", "0040: 5A 45 39 14 88 03 43 64 67 12 34 56 78 90 12 34\n"],
    ["a version string with a D", "build 4539148803436468D2709 shipped\n"],
  ])("%s passes", (_name, text) => {
    expect(shown(text)).toBe(text);
  });
});
