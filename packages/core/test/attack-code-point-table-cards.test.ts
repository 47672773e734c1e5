// False refusal (round 46, found from outside): tables of Unicode code points, four hex digits apart by
// spaces, lose runs of four of them as credit cards. Perl's Unicode::Collate::CJK tables (Zhuyin, Big5,
// Stroke, Korean, JISX0208, GB2312, Pinyin: seven of the files in /usr/share/perl) hold lines such as
// `7338 7742 90FF 6963 6973 7164 7442 847F`, and where four neighbours are all decimal digits and pass Luhn
// (`6963 6973 7164 7442`) they are redacted as `[REDACTED:credit_card]`; the same holds for Unicode's own
// data files, a font's cmap dump, a locale's collation table. An agent reading them gets corrupt data, and a
// tool sent them is refused (a card number is blocked towards a server). A correct guard does not read a
// four-digit group as part of a card when its line's other groups are hex words (90FF, 847F) of the same width;
// a card named as one, or beside a single hex word, is still a card.
import { describe, expect, it } from "vitest";
import { DEFAULT_ACTIONS, FALLBACK_ACTIONS } from "../src/detect/actions.js";
import { builtInDetectors } from "../src/detect/detectors.js";
import { Scanner } from "../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
/** Whether a type is redacted towards the client by default (email and phone only warn). */
const redacted = (type: string) => (DEFAULT_ACTIONS[type] ?? FALLBACK_ACTIONS).response === "redact";
/** A tool result with the default actions: what reaches the client. */
const shown = (text: string) => {
  const out = scanner.scan({ content: [{ type: "text", text }] }, "result", redacted);
  return (out.value as { content: { text: string }[] }).content[0]!.text;
};

describe("code point tables", () => {
  it("the control: a card number grouped by fours is redacted", () => {
    expect(shown("Card: 4111 1111 1111 1111")).not.toContain("4111 1111 1111 1111");
  });

  it("Unicode::Collate::CJK::Zhuyin's lines pass", () => {
    const text = `7338 7742 90FF 6963 6973 7164 7442 847F 587A 69D1
6BDB 77DB 6786 7266 8305 8306 65C4 7F5E 515E 8EDE
`;
    expect(shown(text)).toBe(text);
  });

  it.each([
    "Card: 4111 1111 1111 1111 90FF 847F",
    "4111 1111 1111 1111 ABCD",
    "order 90FF: paid with 4111 1111 1111 1111",
  ])("the hostile twin %s is still redacted", (text) => {
    expect(shown(text)).not.toContain("4111 1111 1111 1111");
  });
});
