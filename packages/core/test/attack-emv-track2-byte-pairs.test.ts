// Attack (round 50): tag 57, Track 2 Equivalent Data, is read where its nibbles are written as one run
// (`4539…6467D2709…F`), but a TLV dump or an APDU trace writes it as it writes every tag, in byte pairs:
// `57 13 45 39 14 88 03 43 64 67 D2 70 91 01 10 00 01 23 45 67 8F`. Spaced so, the card number is no run and
// its `D` separator sits inside a pair, and the number reached the client and a server whole. A correct guard
// joins tag 57's pairs to the `D` as it joins tag 5A's, and Luhn and brand still decide.
import { describe, expect, it } from "vitest";
import { DEFAULT_ACTIONS, FALLBACK_ACTIONS } from "../src/detect/actions.js";
import { builtInDetectors } from "../src/detect/detectors.js";
import { Scanner } from "../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
const shown = (text: string) => {
  const redacted = (type: string) => (DEFAULT_ACTIONS[type] ?? FALLBACK_ACTIONS).response === "redact";
  const out = scanner.scan({ content: [{ type: "text", text }] }, "result", redacted);
  return (out.value as { content: { text: string }[] }).content[0]!.text;
};
const sentTypes = (text: string) =>
  scanner.scan({ arguments: { note: text } }, "request").findings.map((f) => f.type);

describe("tag 57 written as byte pairs", () => {
  it.each([
    [
      "a 16-digit Visa",
      "57 13 45 39 14 88 03 43 64 67 D2 70 91 01 10 00 01 23 45 67 8F",
      "45 39 14 88 03 43 64 67",
    ],
    [
      "in brackets, no length",
      "[57]: 45 39 14 88 03 43 64 67 D2 70 91 01 10 00 01 23 45 67 8F",
      "14 88 03 43",
    ],
    [
      "a 15-digit Amex, D inside the last pair",
      "57 12 37 82 82 24 63 10 00 5D 27 09 10 11 00 00 12 34 5F",
      "37 82 82 24 63 10 00 5",
    ],
  ])("%s: the card number is redacted and found when sent", (_name, text, pairs) => {
    expect(shown(text)).not.toContain(pairs);
    expect(sentTypes(text)).toContain("credit_card");
  });

  it.each([
    "57 13 45 39 14 88 03 43 64 68 D2 70 91 01 10 00 01 23 45 67 8F",
    "00000010: 57 13 12 34 56 78 9A BC DE F0 D2 70 91 01 10 00 01 23",
  ])("pairs that fail Luhn or are a dump's bytes pass: %s", (text) => {
    expect(shown(text)).toBe(text);
  });
});
