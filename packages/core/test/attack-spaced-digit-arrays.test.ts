// Attack (round 44, found from outside; a false refusal): a run of single digits separated by spaces is read
// as a card number. ALSA's card profiles (/usr/share/alsa/cards/Audigy2.conf and others) write mixer values
// as `value [ 6 7 0 0 0 0 0 0  6 7 0 0 0 0 0 0 … ]`, and the first sixteen digits pass Luhn's check, so the
// array comes back as `[REDACTED:credit_card]` and, towards a server, the file is refused (cards block by
// default). Matrices, bitmaps, truth tables and `od -An -tu1`-style dumps are written the same way. A person
// writes a card number in groups (4-4-4-4, 4-6-5) or as one run, never one digit at a time with spaces; a
// correct guard does not join sixteen one-digit items into a card.
import { describe, expect, it } from "vitest";
import { DEFAULT_ACTIONS } from "../src/detect/actions.js";
import { builtInDetectors } from "../src/detect/detectors.js";
import { Scanner } from "../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
const shown = (text: string) => {
  const redacted = (type: string) => DEFAULT_ACTIONS[type]?.response === "redact";
  const out = scanner.scan({ content: [{ type: "text", text }] }, "result", redacted);
  return (out.value as { content: { text: string }[] }).content[0]!.text;
};

/** The control of ALSA's Audigy2.conf that is hit, as the file has it. */
const ALSA = `\t\t\t{
\t\t\t\tinterface MIXER
\t\t\t\tname "IEC958 Optical Raw Playback Switch"
\t\t\t\tlock true
\t\t\t\toptional true
\t\t\t\tvalue [ 6 7 0 0 0 0 0 0  6 7 0 0 0 0 0 0  6 7 0 0 0 0 0 0 ]
\t\t\t}
`;

describe("single digits separated by spaces", () => {
  it("ALSA's mixer value array passes unredacted", () => {
    expect(shown(ALSA)).toBe(ALSA);
  });
});

describe("a card spelled one digit at a time", () => {
  it("is still redacted where its row ends with it", () => {
    const text = "card: 4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 exp 12/27\n";
    expect(shown(text)).not.toContain("4 1 1 1 1 1 1 1");
  });
});
