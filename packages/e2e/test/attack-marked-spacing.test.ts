// Attack (round 9): a token written one character at a time with some other mark after each: a pipe, a
// slash, a star, a tilde, a plus or equals sign, or a separator of several characters (a comma and a space,
// two spaces, quotes around each character, a list's text, code spans). Any reader joins them; the
// separated-byte probe (decode-separated.ts) read only single blanks, dashes, commas, colons, semicolons,
// dots and underscores. Through the real bridge and the recording server, before the fix: 11 of 11 calls
// reached the server. Paths, lists of words and a sentence's punctuation still pass.
import { afterAll, describe, expect, it } from "vitest";
import { noteOutcomes, recorded, recorderWithResults, sameFor } from "../src/index.js";

const TOKEN = "ghp_R8kWq2ZpL5vN3xT7yB1cD4fG6hJ9mK0sA2eU";
const chars = [...TOKEN];
const SPACED = {
  pipes: chars.join("|"),
  slashes: chars.join("/"),
  stars: chars.join("*"),
  tildes: chars.join("~"),
  "plus signs": chars.join("+"),
  "equals signs": chars.join("="),
  "a comma and a space": chars.join(", "),
  "two spaces": chars.join("  "),
  "quoted characters": chars.map((c) => `'${c}'`).join(","),
  "a list's text": `[${chars.map((c) => `"${c}"`).join(", ")}]`,
  "code spans": chars.map((c) => `\`${c}\``).join(""),
};
const ORDINARY = {
  path: "/usr/local/lib/node_modules/x/y/z/index.js",
  words: "apples, pears, plums, figs, dates, limes, kiwis, grapes, melons, cherries",
  sentence: "Yes -- no -- maybe; (a) or (b) or (c) -- it depends! ~ ~ ~ the end.",
};

const { home, log } = recorderWithResults({});
afterAll(() => home.cleanup());
const calls = () => recorded(log).filter((m) => typeof m === "object" && m.method === "tools/call").length;

describe("a token written one character at a time with other marks between", () => {
  it("never reaches the server; paths, lists and punctuation still pass", async () => {
    expect(await noteOutcomes(home, { ...SPACED, ...ORDINARY })).toEqual({
      ...sameFor(SPACED, "sensitive_data"),
      ...sameFor(ORDINARY, "forwarded"),
    });
    expect(calls()).toBe(Object.keys(ORDINARY).length);
  });
});
