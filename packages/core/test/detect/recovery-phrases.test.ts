// A wallet's recovery phrase (secrets/recovery-phrases.ts, round 38): under its label, in the shapes wallets
// show it and people copy it, and not in prose, public test phrases or runs too short to be one.
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { Scanner } from "../../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
const types = (value: unknown) => scanner.scan(value, "r").findings.map((f) => f.type);
const WORDS = "legal winner thank year wave sausage worth useful legal winner thank yellow".split(" ");

describe("a recovery phrase", () => {
  it.each([
    ["blanks", `Seed phrase: ${WORDS.join(" ")}`],
    ["commas", `Seed phrase: ${WORDS.join(", ")}`],
    ["one per line, after the label's line", `Secret Recovery Phrase:\n${WORDS.join("\n")}`],
    ["numbered", `Recovery phrase: ${WORDS.map((w, i) => `${i + 1}. ${w}`).join(" ")}`],
    ["numbered one per line", `Recovery phrase:\n${WORDS.map((w, i) => `${i + 1}) ${w}`).join("\n")}`],
    ["capitals", `MNEMONIC=${WORDS.join(" ").toUpperCase()}`],
    ["a JSON list written out", JSON.stringify({ mnemonic: WORDS })],
    // Round 39: as wallets and tools print it.
    [
      "a grid's aligned columns",
      `Secret Recovery Phrase:\n${WORDS.map((w, i) => `${i + 1}. ${w}`.padEnd(20) + (i % 3 === 2 ? "\n" : "")).join("")}`,
    ],
    ["a label in bold", `**Seed phrase:** ${WORDS.join(" ")}`],
    ["a YAML list", `wallet:\n  mnemonic:\n${WORDS.map((w) => `      - ${w}`).join("\n")}\n`],
    ["a command line's option", `anvil --mnemonic "${WORDS.join(" ")}"`],
    ["a dotted option", `ganache --wallet.mnemonic="${WORDS.join(" ")}"`],
    ["a linking verb", `Your wallet generation seed is:\n"${WORDS.join(" ")}"`],
    // Round 41 (a lead left in round 40): a heading on its own line, without a colon, a blank line below it.
    ["a heading without a colon", `Recovery phrase\n\n${WORDS.join(" ")}`],
    ["a Markdown heading", `## Seed phrase\n${WORDS.join(" ")}\n`],
    [
      "a heading over a numbered list",
      `Secret Recovery Phrase\r\n\r\n${WORDS.map((w, i) => `${i + 1}. ${w}`).join("\r\n")}`,
    ],
  ])("is found written with %s", (_, text) => {
    expect(types(text)).toContain("recovery_phrase");
  });

  it("is found as a list of words under its field, each word redacted", () => {
    const { findings, value } = scanner.scan({ seed_words: WORDS }, "r", () => true);
    expect(findings).toEqual([{ type: "recovery_phrase", path: "r.seed_words" }]);
    expect(value).toEqual({ seed_words: WORDS.map(() => "[REDACTED:recovery_phrase]") });
  });

  it.each([
    ["prose after a label", "Phrase: the cat sat on the mat and then went out to play with the dog all day"],
    ["a public test phrase", `mnemonic: ${"test ".repeat(11)}junk`],
    ["eleven words", `seed phrase: ${WORDS.slice(0, 11).join(" ")}`],
    ["an option's prose", `Use --mnemonic with the words of your wallet, then run the script again now`],
    [
      "prose after a linking verb",
      "The seed is: the cat sat on the mat and then went out to play with the dog",
    ],
    [
      "prose under a heading",
      "Recovery phrase\n\nKeep it on paper, in a safe place, and never type it into a website.",
    ],
    [
      "a list of other words",
      { mnemonic: "one two three four five six seven eight nine ten eleven twelve".split(" ") },
    ],
  ])("is not found in %s", (_, value) => {
    expect(types(value)).not.toContain("recovery_phrase");
  });
});
