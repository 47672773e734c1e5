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
 * One word of a phrase as wallets show and people copy it: numbered or not ("1. legal", "2) winner"), an item
 * of a YAML or Markdown list ("- legal"), in any case, quoted as a JSON list's item.
 */
const WORD = `(?:[0-9]{1,2}[.)][ \\t]{0,2}|[-*][ \\t]{1,2})?["']?[A-Za-z]{3,8}["']?`;
/**
 * Blanks that may stand between two words: a grid's aligned columns ("1. legal      2. winner") and a nested
 * list's indent take more than a few.
 */
const GAP = "[ \\t]{0,32}";
/** Between two words: blanks, or a comma, a semicolon or a line break with blanks about it. */
const BETWEEN = `(?:[ \\t]{1,32}|${GAP}(?:[,;]|\\r?\\n)${GAP})`;
/**
 * The label's end before the words: a ":" or "=" (after Markdown's emphasis, **Seed phrase:**, or a linking
 * verb, Electrum's "Your wallet generation seed is:"), or, for a command line's option (--mnemonic, Foundry's
 * and Anvil's; ganache's --wallet.mnemonic), a blank or "=", or the end of its line: a heading with no colon
 * ("Recovery phrase", "## Seed phrase", round 41), the words on the next line or after a blank one.
 */
const LABEL_END =
  `(?:(?<=--(?:[a-z]{1,16}\\.)?[A-Za-z]{4,9}(?:[_-]?(?:phrase|words?))?)(?:[ \\t]{1,4}|=)|` +
  `(?:[ \\t]{1,4}(?:is|are))?["'*_]{0,3}[ \\t]{0,4}[:=][*_]{0,2}|[*_]{0,3}[ \\t]{0,4}(?=\\r?\\n))`;
/** Each word of a run, with where it ends (its numbering, list mark and quotes aside). */
const EACH_WORD = /(?:[0-9]{1,2}[.)][ \t]{0,2}|[-*][ \t]{1,2})?["']?([A-Za-z]{3,8})/g;

/**
 * Where the phrase at the start of `run` ends: after its longest prefix of list words of a phrase's length,
 * when at least half of them are distinct. Undefined when there is none.
 */
function phraseEnd(run: string): number | undefined {
  const words: string[] = [];
  const ends: number[] = [];
  EACH_WORD.lastIndex = 0;
  for (let m = EACH_WORD.exec(run); m !== null && words.length < MOST; m = EACH_WORD.exec(run)) {
    const word = (m[1] as string).toLowerCase();
    if (!WORDS.has(word)) break;
    words.push(word);
    ends.push(m.index + m[0].length);
  }
  const length = LENGTHS.find((n) => n <= words.length);
  if (length === undefined) return undefined;
  if (new Set(words.slice(0, length)).size * 2 < length) return undefined;
  return ends[length - 1];
}

export const RECOVERY_PHRASE: SecretRule = {
  type: "recovery_phrase",
  // The pattern starts at the keyword: the label's first word is read as letters from there (Secret Recovery
  // Phrase, MNEMONIC, seed_words, recoveryPhrase by its "Phrase"), then at most one more word of a label, then
  // the words, on the label's line, the next or the one after a blank line, or as a list.
  keywords: ["mnemonic", "phrase", "seed"],
  pattern: new RegExp(
    `[A-Za-z]{4,9}(?:[ _-]?(?:[Pp]hrase|PHRASE|[Ww]ords?|WORDS?))?${LABEL_END}${GAP}(?:\\r?\\n${GAP}){0,2}[\\["'\`]?` +
      `((?:${WORD}${BETWEEN}){${FEWEST - 1},${MOST - 1}}${WORD})(?![A-Za-z0-9_])`,
  ),
  group: 1,
  cut: phraseEnd,
  // The words are the list's, whatever they spell: "example" or "sample" among them is no stand-in.
  placeholders: "keep",
};
