// Attack (round 26): a value written with Letterlike Symbols and Number Forms. The README promises every
// letter or digit that Unicode's confusables data (UTS #39) lists with one ASCII twin read as that twin. The
// table derived from it (confusables-table.ts, benchmark/public/derive-confusables.mjs) leaves out the ones
// NFKC folds to ASCII, "the Unicode view in decode.ts reads those", but that view (LOOK_ALIKES) matches only
// U+1D400–U+1D7FF of the mathematical letters, not the letters Unicode placed in Letterlike Symbols (U+2100–)
// and Number Forms (U+2150–): ℎ (the mathematical italic h: U+1D455 is a hole), the script ℬ ℰ ℱ ℋ ℐ ℒ ℳ ℛ ℯ ℊ
// ℴ, the black-letter ℭ ℌ ℑ ℜ ℨ, the double-struck ℂ ℍ ℕ ℙ ℚ ℝ ℤ, the Kelvin sign K and the Roman numerals
// Ⅴ ⅹ Ⅾ Ⅼ Ⅿ. So a token set in mathematical italic, script, black-letter or double-struck letters, as any
// "fancy text" converter writes it (with those holes filled as Unicode fills them), is not read, while the
// same token in bold (no holes) is.
//
// Observed through the real bridge and the recording server (before the fix):
//   towards the server: the bold token refused (sensitive_data); 7 of 7 others forwarded, the recorder log
//     holds each value, which NFKC turns back into the token;
//   towards the client: the bold token redacted; 7 of 7 others reached the client unredacted.
// Now: the Unicode view (decode.ts) folds U+2100–U+218F as it folds the mathematical letters (NFKC, to one or
// two ASCII characters): 7 of 7 refused and redacted as the bold token is.
import { afterAll, describe, expect, it } from "vitest";
import { noteOutcomes, recorded, recorderWithResults, resultTexts, sameFor } from "../src/index.js";

const TOKEN = "ghp_R8kWq2ZpL5vN3xT7yB1cD4fG6hJ9mK0sA2eU";
const AWS = "AKIAZ7Q4M2N7P3R6T5VW";

/** Unicode's mathematical letters and digits, with the holes filled from Letterlike Symbols. */
const HOLES: Record<string, Record<string, number>> = {
  bold: {},
  italic: { h: 0x210e },
  script: {
    ...{ B: 0x212c, E: 0x2130, F: 0x2131, H: 0x210b, I: 0x2110, L: 0x2112, M: 0x2133, R: 0x211b },
    ...{ e: 0x212f, g: 0x210a, o: 0x2134 },
  },
  fraktur: { C: 0x212d, H: 0x210c, I: 0x2111, R: 0x211c, Z: 0x2128 },
  "double-struck": { C: 0x2102, H: 0x210d, N: 0x2115, P: 0x2119, Q: 0x211a, R: 0x211d, Z: 0x2124 },
};
const LETTERS: Record<string, number> = {
  bold: 0x1d400,
  italic: 0x1d434,
  script: 0x1d49c,
  fraktur: 0x1d504,
  "double-struck": 0x1d538,
};
const DIGITS: Record<string, number> = { bold: 0x1d7ce, "double-struck": 0x1d7d8 };
const styled = (text: string, style: string) =>
  [...text]
    .map((c) => {
      const code = c.charCodeAt(0);
      const hole = HOLES[style]![c];
      if (hole !== undefined) return String.fromCodePoint(hole);
      if (/[A-Z]/.test(c)) return String.fromCodePoint(LETTERS[style]! + code - 65);
      if (/[a-z]/.test(c)) return String.fromCodePoint(LETTERS[style]! + 26 + code - 97);
      if (/[0-9]/.test(c) && DIGITS[style] !== undefined)
        return String.fromCodePoint(DIGITS[style] + code - 48);
      return c;
    })
    .join("");

const BOLD = { "GitHub token, bold": `see ${styled(TOKEN, "bold")}` };
const LETTERLIKE = {
  "GitHub token, italic (ℎ)": `see ${styled(TOKEN, "italic")}`,
  "GitHub token, script": `see ${styled(TOKEN, "script")}`,
  "GitHub token, black-letter": `see ${styled(TOKEN, "fraktur")}`,
  "GitHub token, double-struck": `see ${styled(TOKEN, "double-struck")}`,
  "AWS key id, script": `use ${styled(AWS, "script")}`,
  "AWS key id, Roman numeral Ⅴ": `use ${AWS.replace("V", "\u2164")}`,
  "GitHub token, Kelvin sign": `see ${TOKEN.replace("K", "\u212a")}`,
};

/** Whether a text holds the token or the key once NFKC has folded its letters back to ASCII. */
const readable = (text: string) => [TOKEN, AWS].some((value) => text.normalize("NFKC").includes(value));

const tools = Object.keys(LETTERLIKE).map((_, i) => `report${i}`);
const { home, log } = recorderWithResults({
  bold: { content: [{ type: "text", text: BOLD["GitHub token, bold"] }] },
  ...Object.fromEntries(
    Object.values(LETTERLIKE).map((text, i) => [tools[i], { content: [{ type: "text", text }] }]),
  ),
});
afterAll(() => home.cleanup());

describe("a token or key written with Letterlike Symbols and Number Forms", () => {
  it("towards the server: refused as the same token in bold is, never reaching the server", async () => {
    const outcomes = await noteOutcomes(home, { ...BOLD, ...LETTERLIKE });
    const reached = recorded(log).filter(
      (m) =>
        typeof m === "object" &&
        m.method === "tools/call" &&
        readable(String((m as { params: { arguments: { note?: unknown } } }).params.arguments.note)),
    ).length;
    expect({ outcomes, reached }).toEqual({
      outcomes: { ...sameFor(BOLD, "sensitive_data"), ...sameFor(LETTERLIKE, "sensitive_data") },
      reached: 0,
    });
  });

  it("towards the client: redacted in a tool's result as the same token in bold is", async () => {
    const texts = await resultTexts(home, ["bold", ...tools]);
    expect(texts.bold).toContain("[REDACTED:github_token]");
    const leaked = Object.keys(LETTERLIKE).filter((_, i) =>
      readable(JSON.parse(texts[tools[i]!]!).content[0].text),
    );
    expect(leaked).toEqual([]);
  });
});
