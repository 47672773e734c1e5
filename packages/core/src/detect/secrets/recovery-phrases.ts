// A wallet's recovery phrase (a BIP39 mnemonic): the 12 to 24 words that are the wallet, since whoever holds
// them moves its funds. Found under its label, as MetaMask shows it ("Secret Recovery Phrase: …"), as ethers.js
// and wallet tools return it ({"mnemonic": {"phrase": "…"}}), and as an env line (MNEMONIC="…"): the label,
// then a run of lower-case words. Words of prose after a label are no phrase: every word must be one of the
// BIP39 list's, and a phrase has 12, 15, 18, 21 or 24 of them. A run of few distinct words is a public test
// phrase ("test test … junk", "abandon … about"), which guards no funds.
import { BIP39_ENGLISH } from "./bip39-english.js";
import type { SecretRule } from "./engine.js";

const WORDS: ReadonlySet<string> = new Set(BIP39_ENGLISH);
/** The phrase lengths BIP39 defines (128 to 256 bits of entropy and a checksum). */
const LENGTHS = [24, 21, 18, 15, 12];
const FEWEST = 12;
const MOST = 24;

/**
 * Where the phrase at the start of `run` ends: after its longest prefix of list words of a phrase's length,
 * when at least half of them are distinct. Undefined when there is none.
 */
function phraseEnd(run: string): number | undefined {
  const words = run.split(/[ \t]+/, MOST);
  let listed = 0;
  while (listed < words.length && WORDS.has(words[listed] as string)) listed++;
  const length = LENGTHS.find((n) => n <= listed);
  if (length === undefined) return undefined;
  const phrase = words.slice(0, length);
  if (new Set(phrase).size * 2 < length) return undefined;
  let end = 0;
  for (const word of phrase) end = run.indexOf(word, end) + word.length;
  return end;
}

export const RECOVERY_PHRASE: SecretRule = {
  type: "recovery_phrase",
  // The pattern starts at the keyword: the label's first word is read as letters from there (Secret Recovery
  // Phrase, MNEMONIC, seed_words, recoveryPhrase by its "Phrase"), then at most one more word of a label.
  keywords: ["mnemonic", "phrase", "seed"],
  pattern: new RegExp(
    `[A-Za-z]{4,8}(?:[ _-]?(?:[Pp]hrase|PHRASE|[Ww]ords?|WORDS?))?["']?[ \\t]{0,4}[:=][ \\t]{0,4}["'\`]?` +
      `((?:[a-z]{3,8}[ \\t]{1,4}){${FEWEST - 1},${MOST - 1}}[a-z]{3,8})(?![A-Za-z0-9_])`,
  ),
  group: 1,
  cut: phraseEnd,
  // The words are the list's, whatever they spell: "example" or "sample" among them is no stand-in.
  placeholders: "keep",
};
