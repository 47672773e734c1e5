// A wallet's recovery phrase (a BIP39 mnemonic): the 12 to 24 words that are the wallet, since whoever holds
// them moves its funds. Found under its label, as MetaMask shows it ("Secret Recovery Phrase: …"), as ethers.js
// and wallet tools return it ({"mnemonic": {"phrase": "…"}}), and as an env line (MNEMONIC="…"): the label,
// then a run of lower-case words. Words of prose after a label are no phrase: every word must be one of the
// BIP39 list's, and a phrase has 12, 15, 18, 21 or 24 of them. A run of few distinct words is a public test
// phrase ("test test … junk", "abandon … about"), which guards no funds, and a run in alphabetical order is the
// list itself printed. Round 42: a phrase with no label, its words one per blank or per line, is found when
// its BIP39 checksum holds (bareRecoveryPhraseDetector).
import { createHash } from "node:crypto";
import type { Detector, Span } from "../detectors.js";
import type { SharedPass } from "../digit-chains.js";
import { BIP39_ENGLISH } from "./bip39-english.js";
import type { SecretRule } from "./engine.js";

const WORDS: ReadonlySet<string> = new Set(BIP39_ENGLISH);
/** Each word's number in the list: the 11 bits it stands for. */
const INDEX: ReadonlyMap<string, number> = new Map(BIP39_ENGLISH.map((word, i) => [word, i]));
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
  if (!mayBePhrase(words.slice(0, length))) return undefined;
  return ends[length - 1];
}

/**
 * Words of the list that may be a phrase: at least half of them distinct (not a public test phrase) and not in
 * alphabetical order (the list printed; a random phrase is sorted 1 time in 12!).
 */
function mayBePhrase(words: readonly string[]): boolean {
  if (new Set(words).size * 2 < words.length) return false;
  return words.some((word, i) => i > 0 && word < (words[i - 1] as string));
}

/**
 * Whether list words of a phrase's length carry BIP39's checksum: their 11-bit numbers, run together, are the
 * entropy and, in the last word's low bits (4 for 12 words to 8 for 24), the first bits of its SHA-256.
 */
export function checksumHolds(words: readonly string[]): boolean {
  const bits = words.length * 11;
  const checksumBits = bits / 33;
  if (!LENGTHS.includes(words.length)) return false;
  const entropy = new Uint8Array((bits - checksumBits) / 8);
  let at = 0;
  let last = 0;
  for (const word of words) {
    const n = INDEX.get(word);
    if (n === undefined) return false;
    last = n;
    for (let bit = 10; bit >= 0 && at < entropy.length * 8; bit--, at++)
      if ((n >> bit) & 1) entropy[at >> 3] = (entropy[at >> 3] as number) | (0x80 >> (at & 7));
  }
  const first = createHash("sha256").update(entropy).digest()[0] as number;
  return (last & ((1 << checksumBits) - 1)) === first >> (8 - checksumBits);
}

/** A word that may be one of a phrase: three to eight lower-case letters standing alone. */
const BARE_WORD = /(?<![A-Za-z0-9_])[a-z]{3,8}(?![A-Za-z0-9_])/g;
/** What stands between two words of a phrase written bare: one blank or one line break. */
const BARE_GAP = /^(?: |\r?\n)$/;

/**
 * A recovery phrase with no label (round 42): a run of list words, each after one blank or one line break, of
 * which any 12, 15, 18, 21 or 24 words in a row may be a phrase and carry its checksum. A run of ordinary
 * words passes the checksum 1 time in 16 (12 words) to 1 in 256 (24), and prose seldom strings twelve list
 * words together ("the", "and", "of", "is" are not in it). One pass over the words (a regex with bounded
 * quantifiers), at most five checksums of at most 24 words per word: linear in the text.
 */
export function bareRecoveryPhraseDetector(): Detector {
  return {
    type: "recovery_phrase",
    category: "secret",
    confidence: 0.9,
    find(text: string, _enabled, shared): Span[] {
      const spans: Span[] = [];
      // A phrase's words stand a blank or a line break apart: a text with neither (a base64 blob, a hash, an
      // id) is spared the pass, found so by a native search of about 20 µs per MB.
      if (text.length < FEWEST * 4 - 1 || (!text.includes(" ") && !text.includes("\n"))) return spans;
      if (!mayHoldBareRun(text, shared)) return spans;
      let run: { word: string; start: number; end: number }[] = [];
      const flush = () => {
        if (run.length >= FEWEST) phrasesIn(run, spans);
        run = [];
      };
      BARE_WORD.lastIndex = 0;
      for (let m = BARE_WORD.exec(text); m !== null; m = BARE_WORD.exec(text)) {
        const word = m[0];
        const previous = run[run.length - 1];
        if (
          previous !== undefined &&
          (m.index - previous.end > 2 || !BARE_GAP.test(text.slice(previous.end, m.index)))
        )
          flush();
        if (!WORDS.has(word)) {
          flush();
          continue;
        }
        run.push({ word, start: m.index, end: m.index + word.length });
      }
      flush();
      return spans;
    },
  };
}

/**
 * Twelve words of three to eight lower-case letters in a row, each after one blank or one line break: what any
 * bare phrase needs. Nearly every text has no such run (prose breaks it with "a", "of", "is", capitals and
 * stops), and looking for one costs far less than the detector's own pass, a match and a set lookup per word
 * (prose scanned 2.5 times slower with it alone). An ASCII text is read in its byte copy, shared with the
 * other detectors (see bareRunIn); a shorter one is searched. Either may say yes where the detector finds
 * nothing, never the other way.
 */
const BARE_RUN = new RegExp(
  `(?<![A-Za-z0-9_])(?:[a-z]{3,8}(?: |\\r?\\n)){${FEWEST - 1}}[a-z]{3,8}(?![A-Za-z0-9_])`,
);

/**
 * The length from which the scanner's other passes copy a text into bytes (engine.ts, decode.ts): a shorter
 * one would be copied for this check alone, a copy per string of every message, where the search costs less.
 */
const BYTES_FROM = 256;

function mayHoldBareRun(text: string, shared: SharedPass | undefined): boolean {
  if (shared?.text !== text || text.length < BYTES_FROM || !shared.ascii()) return BARE_RUN.test(text);
  return bareRunIn(shared.codes());
}

/** The fewest characters a bare run takes: FEWEST words of three letters, a character between each two. */
const RUN_SPAN = FEWEST * 4 - 1;

/**
 * Whether the loop over the bytes that counts words (see countsTwelve) counts twelve, read as a search for a
 * string of RUN_SPAN characters reads: the run's words and gaps take that many, and none of them holds what
 * breaks a run (a character not a letter, blank or line break; two blanks or breaks in a row; a word of one,
 * two or nine letters or more). So the RUN_SPAN bytes ending at `at` are read from the last back, and the
 * nearest such break to `at` says a run starts after it: the next look ends RUN_SPAN on from there. Only
 * where none stands is the loop run. `from` is always a place where the loop's count is nothing, as at the
 * text's start. Prose is so read a few bytes in each 47, not every one (1.3 ms per MB before, 2.8 for JSON).
 */
function bareRunIn(codes: Uint8Array): boolean {
  const n = codes.length;
  for (let from = 0; from + RUN_SPAN - 1 < n;) {
    const at = from + RUN_SPAN - 1;
    const after = breakBefore(codes, from, at);
    if (after >= 0) {
      from = after;
      continue;
    }
    const next = countsTwelve(codes, from, at);
    if (next < 0) return true;
    from = next;
  }
  return false;
}

function isLetter(c: number): boolean {
  return c >= 97 && c <= 122;
}
function isBlankOrBreak(c: number | undefined): boolean {
  return c === 32 || c === 10;
}

/**
 * Where the loop's count is nothing after the break nearest before `at` (not before `from`), or -1 when the
 * bytes from `from` to `at` hold none. After a character no run holds, two blanks or breaks in a row, or a
 * word too short or too long, the loop has counted nothing, whatever came before; and no run holds them.
 */
function breakBefore(codes: Uint8Array, from: number, at: number): number {
  let letters = 0;
  // Just after the word being read back (it may go on past `at`).
  let wordEnd = at + 1;
  for (let i = at; i >= from; i--) {
    const c = codes[i] as number;
    if (isLetter(c)) {
      if (letters === 0) wordEnd = i + 1;
      if (++letters > 8) return afterTerminator(codes, lettersEnd(codes, wordEnd));
      continue;
    }
    if (letters > 0) {
      const end = lettersEnd(codes, wordEnd);
      if (end - (i + 1) < 3) return afterTerminator(codes, end);
    }
    letters = 0;
    if (c !== 32 && c !== 10 && c !== 13) return i + 1;
    if (c === 13 && codes[i + 1] !== 10) return i + 1;
    if (isBlankOrBreak(c) && isBlankOrBreak(codes[i + 1])) return i + 2;
  }
  return -1;
}

/** Where the letters from `from` on end. */
function lettersEnd(codes: Uint8Array, from: number): number {
  let end = from;
  while (end < codes.length && isLetter(codes[end] as number)) end++;
  return end;
}

/** Just after the character at `end` (a \r\n counted as one), which ends a word. */
function afterTerminator(codes: Uint8Array, end: number): number {
  if (end >= codes.length) return codes.length;
  return codes[end] === 13 && codes[end + 1] === 10 ? end + 2 : end + 1;
}

/**
 * The loop over the bytes from `start` (where its count is nothing): -1 when it counts twelve words in a row,
 * else the first place past `at` where its count is nothing again.
 */
function countsTwelve(codes: Uint8Array, start: number, at: number): number {
  const n = codes.length;
  let words = 0;
  let letters = 0;
  for (let i = start; i < n; i++) {
    const c = codes[i] as number;
    if (isLetter(c)) {
      letters++;
      continue;
    }
    if (letters >= 3 && letters <= 8) {
      if (++words >= FEWEST) return -1;
    } else words = 0;
    letters = 0;
    if (c === 13 && codes[i + 1] === 10) i++;
    else if (c !== 32 && c !== 10) words = 0;
    if (words === 0 && i >= at) return i + 1;
  }
  return letters >= 3 && letters <= 8 && words + 1 >= FEWEST ? -1 : n;
}

/** The phrases in a run of list words, from its start: at each word the longest that is one, else the next word. */
function phrasesIn(run: readonly { word: string; start: number; end: number }[], spans: Span[]): void {
  const words = run.map((w) => w.word);
  for (let from = 0; from + FEWEST <= words.length;) {
    const length = LENGTHS.find((n) => {
      if (from + n > words.length) return false;
      const these = words.slice(from, from + n);
      return mayBePhrase(these) && checksumHolds(these);
    });
    const first = run[from];
    const last = length === undefined ? undefined : run[from + length - 1];
    if (length === undefined || first === undefined || last === undefined) {
      from++;
      continue;
    }
    spans.push({ start: first.start, end: last.end });
    from += length;
  }
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
