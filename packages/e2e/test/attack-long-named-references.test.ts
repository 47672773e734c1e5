// Attack (round 26): HTML's longer names for the same ASCII characters. The README promises values found
// behind "HTML character references, numeric ones with or without their `;` and the named ones of ASCII
// punctuation (`&commat;`, `&lowbar;`…)". The escape view (decode.ts ESCAPE) reads a named reference only
// when its name has 2 to 6 letters, and NAMED_REFERENCES holds one name per character; HTML's list has more:
// `&UnderBar;` is `_` as `&lowbar;` is (also `&lbrack;`, `&rbrace;`, `&vert;`, `&VerticalLine;`, `&midast;`,
// `&DiacriticalGrave;` for other punctuation), and `&NewLine;` and `&Tab;` are the line break and tab that
// `&#10;` and `&#9;` are. A browser, an HTML-to-text tool and a model read them alike.
//
// Observed through the real bridge and the recording server (before the fix):
//   towards the server: `&lowbar;` and `&#10;` forms refused (sensitive_data); 4 of 4 below forwarded, the
//     recorder log holds each token behind the reference;
//   towards the client: `&lowbar;` and `&#10;` forms redacted; 4 of 4 below reached the client unredacted.
// Now: the escape view reads names of up to 31 characters and every HTML name of ASCII punctuation, of the
// separators (tab, line break, spaces, zero-width ones) and of the mathematical letters (&gopf;)
// (detect/named-references.ts): 4 of 4 refused and redacted.
import { afterAll, describe, expect, it } from "vitest";
import { noteOutcomes, recorded, recorderWithResults, resultTexts, sameFor } from "../src/index.js";

const GITHUB = "ghp_R8kWq2ZpL5vN3xT7yB1cD4fG6hJ9mK0sA2eU";
const STRIPE = "sk_live_51H8xYzAbCdEfGhIjKlMnOpQrStUvWxYz0123";
const cut = (value: string, ref: string) => `${value.slice(0, 20)}${ref}${value.slice(20)}`;

const READ = {
  "GitHub token, &lowbar;": `see ${GITHUB.replace("_", "&lowbar;")}`,
  "Stripe key, &lowbar;": `use ${STRIPE.replaceAll("_", "&lowbar;")}`,
  "GitHub token cut by &#10;": `see ${cut(GITHUB, "&#10;")}`,
};
const LONG_NAMES = {
  "GitHub token, &UnderBar;": `see ${GITHUB.replace("_", "&UnderBar;")}`,
  "Stripe key, &UnderBar;": `use ${STRIPE.replaceAll("_", "&UnderBar;")}`,
  "GitHub token cut by &NewLine;": `see ${cut(GITHUB, "&NewLine;")}`,
  "GitHub token cut by &Tab;": `see ${cut(GITHUB, "&Tab;")}`,
};

/** Whether a text holds a token once the references are read as HTML reads them. */
const readable = (text: string) => {
  const decoded = text.replace(/&(?:lowbar|UnderBar);/g, "_").replace(/&(?:#10|NewLine|Tab);/g, "");
  return [GITHUB, STRIPE].some((value) => decoded.includes(value));
};

const tools = Object.keys(LONG_NAMES).map((_, i) => `page${i}`);
const read = Object.keys(READ).map((_, i) => `read${i}`);
const { home, log } = recorderWithResults({
  ...Object.fromEntries(
    Object.values(READ).map((text, i) => [read[i], { content: [{ type: "text", text }] }]),
  ),
  ...Object.fromEntries(
    Object.values(LONG_NAMES).map((text, i) => [tools[i], { content: [{ type: "text", text }] }]),
  ),
});
afterAll(() => home.cleanup());

describe("a token behind HTML's longer named references", () => {
  it("towards the server: refused as behind `&lowbar;` or `&#10;`, never reaching the server", async () => {
    const outcomes = await noteOutcomes(home, { ...READ, ...LONG_NAMES });
    const reached = recorded(log).filter(
      (m) =>
        typeof m === "object" &&
        m.method === "tools/call" &&
        readable(String((m as { params: { arguments: { note?: unknown } } }).params.arguments.note)),
    ).length;
    expect({ outcomes, reached }).toEqual({
      outcomes: { ...sameFor(READ, "sensitive_data"), ...sameFor(LONG_NAMES, "sensitive_data") },
      reached: 0,
    });
  });

  it("towards the client: redacted in a tool's result as behind `&lowbar;` or `&#10;`", async () => {
    const texts = await resultTexts(home, [...read, ...tools]);
    const shown = (name: string) =>
      (JSON.parse(texts[name]!) as { content: { text: string }[] }).content[0]!.text;
    const leaked = [...Object.keys(READ), ...Object.keys(LONG_NAMES)].filter((_, i) =>
      readable(shown([...read, ...tools][i]!)),
    );
    expect(leaked).toEqual([]);
  });
});
