// False refusal (round 49, found from outside): long decimal identifiers that happen to pass the Luhn check are
// redacted as card numbers where nothing speaks of a card. OSS-Fuzz's testcase IDs are 16 digits in a URL
// (harfbuzz's changelog.Debian: "https://oss-fuzz.com/testcase-detail/5390364397928448"), and a Chrome
// extension's `_locales/*/messages.json` names its messages by 19-digit IDs (`"4115247474741222238": {…}`,
// Google Translate's, in osv-scalibr's fixtures). One ID in ten passes Luhn by chance, so an agent reading a
// changelog or an extension's strings gets IDs and keys replaced, and a write of either is refused. A correct
// guard does not read a number as a card where it is a URL's testcase ID or a JSON object's key among other
// numeric keys with no card word near.
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

const CHANGELOG = "    Fixes fuzzer issue https://oss-fuzz.com/testcase-detail/5390364397928448.\n";
const MESSAGES = [
  "{",
  '   "3955566821402057": {',
  '      "message": "Extension Options"',
  "   },",
  '   "4115247474741222238": {',
  '      "message": "Don\'t display icon or pop-up."',
  "   },",
  '   "4799572612327798818": {',
  '      "message": "You can still translate selected text by clicking the Google Translate extension icon."',
  "   }",
  "}",
  "",
].join("\n");

describe("a Luhn-valid identifier with no card near", () => {
  it("a card number in a payment record is redacted (the harness sees what the scanner does)", () => {
    expect(shown("Card number: 4111 1111 1111 1111\n")).not.toContain("4111 1111 1111 1111");
  });

  it.each([
    ["an OSS-Fuzz testcase URL", CHANGELOG],
    ["a Chrome extension's messages.json", MESSAGES],
  ])("%s passes unchanged", (_name, text) => {
    expect(shown(text)).toBe(text);
  });

  // Round 50: what still reads as cards beside these ids.
  it("a map of cards keyed by their numbers, with their expiry, is redacted", () => {
    const cards = '{"4111111111111111": {"exp": "12/27"}, "5555555555554444": {"exp": "01/28"}}';
    const out = shown(cards);
    expect(out).not.toContain("4111111111111111");
    expect(out).not.toContain("5555555555554444");
  });

  it("a card alone under a collector's path is redacted", () => {
    expect(shown("https://collector.example/log/5390364397928448\n")).not.toContain("5390364397928448");
  });

  // Review of round 50: an object whose numbered keys are all valid cards is no map of ids, whatever its values
  // say (ids pass Luhn one time in ten; two cards set as keys by an order in a result would pass otherwise).
  it("an object keyed only by valid card numbers is redacted", () => {
    const keyed = '{"4111111111111111": 1, "5555555555554444": 2}';
    const out = shown(keyed);
    expect(out).not.toContain("4111111111111111");
    expect(out).not.toContain("5555555555554444");
  });

  it("an object keyed only by valid card numbers, as an argument, is found", () => {
    const out = scanner.scan(
      { note: { "4111111111111111": 1, "5555555555554444": 2 } },
      "params",
      () => true,
    );
    expect(out.findings.map((f) => f.type)).toContain("credit_card");
  });
});

// Round 51: the tracker's segment excused any number after it, and every number that reaches that excuse is
// already a valid card (Luhn and an issuer's range), so `/issues/<card>` carried a card out whole. Issue,
// bug, ticket and incident numbers are short (GitHub's, Jira's, Chromium's and Google's trackers give ten
// digits at most); only a testcase's or crash's record (OSS-Fuzz's 16 digits) is named by a card-length id.
describe("a card number as a tracker's record number", () => {
  it.each([
    "https://tracker.example/issues/4111111111111111",
    "see https://github.com/acme/app/issues/5555555555554444 for details",
    "https://bugs.example.org/bug/4012888888881881\n",
    "https://help.example.com/tickets/378282246310005",
    "https://status.example.com/incidents/6011111111111117",
  ])("%s: the card is redacted", (text) => {
    const card = /[0-9]{15,16}/.exec(text)![0];
    expect(shown(text)).not.toContain(card);
  });

  it.each([
    "https://github.com/acme/app/issues/1234",
    "https://issues.chromium.org/issues/40050000",
    "https://crash.example.com/crashes/5390364397928448",
  ])("a tracker's own number passes: %s", (text) => {
    expect(shown(text)).toBe(text);
  });
});
