// A value the text itself calls an IBAN ("IBAN:", "to IBAN", "IBAN destination:") that has an IBAN's form,
// two capitals and two check digits before its account part, but not its country's registered length or
// checksum: a mistyped, truncated or made-up IBAN still reads, and leaks, as that account's number, as a
// number called a card needs no Luhn (card.ts). Only under the word IBAN itself: "account" alone labels
// too many other numbers. Written run together (GB96ABCD60068266) or in groups of four.
// The word, then at most one word saying whose or which it is ("IBAN destination:", "IBAN (payee):", "IBAN
// is"), a colon and a quote: in code, iban().parse("…") is a validator's test input, not an account.
const IBAN_WORD_BEFORE = /\biban\b(?:\s*\(?\p{L}+\)?)?\s*[:#=-]?\s*['"]?$/iu;
const IBAN_FORM =
  /(?:[A-Z]{2}[0-9]{2}[A-Z0-9]{8,30}|[A-Z]{2}[0-9]{2}(?: [A-Z0-9]{4}){2,7}(?: [A-Z0-9]{1,3})?)(?![0-9A-Za-z])/y;

/** The end of a value called an IBAN that starts at `start`, or -1 when no such value starts there. */
export function namedIbanEnd(text: string, start: number): number {
  const from = Math.max(0, start - 40);
  // Most candidates (a hex id's "ae30-…" in a log) have no "iban" before them: found so in a loop over the
  // 40 characters, without cutting them out and running the pattern (no character beyond ASCII folds to
  // one of these four under the pattern's flags).
  if (!holdsIban(text, from, start) || !IBAN_WORD_BEFORE.test(text.slice(from, start))) return -1;
  IBAN_FORM.lastIndex = start;
  const m = IBAN_FORM.exec(text);
  if (m === null) return -1;
  const account = m[0].slice(4).replace(/ /g, "");
  // Mostly digits, as every country's account part is; a placeholder (all zeros, one digit repeated) is none.
  const digits = account.replace(/[^0-9]/g, "");
  if (digits.length < 6 || /^(.)\1*$/.test(digits)) return -1;
  return start + m[0].length;
}

/** Whether text[from, to) holds "iban" in any case (ASCII letters: c | 32 lowers A-Z and nothing else onto a-z). */
function holdsIban(text: string, from: number, to: number): boolean {
  for (let i = from; i + 4 <= to; i++)
    if (
      (text.charCodeAt(i) | 32) === 105 &&
      (text.charCodeAt(i + 1) | 32) === 98 &&
      (text.charCodeAt(i + 2) | 32) === 97 &&
      (text.charCodeAt(i + 3) | 32) === 110
    )
      return true;
  return false;
}
