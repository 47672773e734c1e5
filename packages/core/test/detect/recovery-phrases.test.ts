// A wallet's recovery phrase (secrets/recovery-phrases.ts, round 38): under its label, in the shapes wallets
// show it and people copy it, and not in prose, public test phrases or runs too short to be one.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { Scanner } from "../../src/detect/scanner.js";
import { BIP39_ENGLISH } from "../../src/detect/secrets/bip39-english.js";

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

// Round 42 (a lead left in round 41): a recovery phrase with no label, written one word per blank or per line,
// is found when its BIP39 checksum holds (the last word's bits carry the first bits of the SHA-256 of the
// entropy), which a run of ordinary words passes 1 time in 16 (12 words) to 1 in 256 (24).
describe("a recovery phrase without a label", () => {
  /** The phrase BIP39 makes of `bytes` of entropy (16 to 32 bytes). */
  const phraseOf = (entropy: Buffer): string[] => {
    const checksumBits = (entropy.length * 8) / 32;
    const hash = createHash("sha256").update(entropy).digest();
    const bits =
      [...entropy].map((b) => b.toString(2).padStart(8, "0")).join("") +
      [...hash]
        .map((b) => b.toString(2).padStart(8, "0"))
        .join("")
        .slice(0, checksumBits);
    const words: string[] = [];
    for (let at = 0; at < bits.length; at += 11)
      words.push(BIP39_ENGLISH[parseInt(bits.slice(at, at + 11), 2)] as string);
    return words;
  };
  const entropy = (bytes: number, seed: number) =>
    createHash("sha256").update(`round 42 ${seed}`).digest().subarray(0, bytes);

  it.each([16, 20, 24, 28, 32])("is found with %i bytes of entropy, by blanks or by lines", (bytes) => {
    for (let seed = 0; seed < 4; seed++) {
      const words = phraseOf(entropy(bytes, seed));
      expect(words).toHaveLength((bytes * 8 * 33) / 32 / 11);
      expect(types(words.join(" ")), words.join(" ")).toContain("recovery_phrase");
      expect(types(`Keep this safe:\n\n${words.join("\n")}\n\nThanks, Bob`)).toContain("recovery_phrase");
      expect(types(`my wallet: keep ${words.join(" ")} safe and sound`)).toContain("recovery_phrase");
    }
  });

  it("is redacted whole, the words about it kept", () => {
    const words = phraseOf(entropy(16, 7));
    const { value } = scanner.scan(`Backup for Bob: ${words.join(" ")}. Thanks`, "r", () => true);
    expect(value).toBe("Backup for Bob: [REDACTED:recovery_phrase]. Thanks");
  });

  it("is not found when the checksum fails, in prose, in a public test phrase or in the sorted word list", () => {
    for (let seed = 0; seed < 8; seed++) {
      const words = phraseOf(entropy(16, seed));
      // Another last word with the same first bits would still pass: change the word's checksum bits.
      const last = BIP39_ENGLISH.indexOf(words[11] as string);
      const broken = [...words.slice(0, 11), BIP39_ENGLISH[last ^ 0b1] as string];
      expect(types(broken.join(" ")), broken.join(" ")).not.toContain("recovery_phrase");
    }
    expect(types(`${"abandon ".repeat(11)}about`)).not.toContain("recovery_phrase");
    expect(types(BIP39_ENGLISH.join("\n"))).not.toContain("recovery_phrase");
    expect(
      types(
        "around noon the old farmer walked across the field with his dog and a basket of fresh apple pie for the family lunch",
      ),
    ).not.toContain("recovery_phrase");
  });
});
