// One pass over a text finds where the numbers of personal data can be, for every detector that looks for
// them: card numbers, phone numbers and SSNs are each a chain of digits joined by at most two of space,
// bracket, dot, slash or dash, of seven digits or more. Each detector then tries its own (sticky) pattern
// only inside chains long enough for it, instead of running its own regex over the whole text: text full of
// digits (logs, ids, timestamps) is read by the engine once, not once per detector.

export interface DigitChain {
  start: number;
  end: number;
  digits: number;
}

// Greedy and maximal: a match takes the whole chain from its first digit (a failed attempt inside a shorter
// chain is bounded by seven digits), so the matches are exactly the chains of seven digits or more.
const CHAIN = /[0-9](?:[ ()./-]{0,2}[0-9]){6,}/g;

/**
 * What the detectors of one text share, worked out once when first asked for. The scanner makes one per
 * text it scans and hands it to every detector; a detector called without one works it out itself.
 */
export class SharedPass {
  private chains: DigitChain[] | undefined;

  constructor(readonly text: string) {}

  digitChains(): DigitChain[] {
    return (this.chains ??= findDigitChains(this.text));
  }
}

function findDigitChains(text: string): DigitChain[] {
  const chains: DigitChain[] = [];
  CHAIN.lastIndex = 0;
  for (let m = CHAIN.exec(text); m !== null; m = CHAIN.exec(text)) {
    const end = m.index + m[0].length;
    let digits = 0;
    for (let i = m.index; i < end; i++) if (isDigit(text.charCodeAt(i))) digits++;
    chains.push({ start: m.index, end, digits });
  }
  return chains;
}

/**
 * The matches a global exec loop of `sticky` would find, when every match starts with a digit (or, `lead`
 * characters before one, with "+" or "(") that lies in a chain of at least `minDigits` digits. Positions
 * are tried in order and a match resumes the search at its end, as exec does. A digit right after a digit
 * is tried only where the previous match ended: elsewhere the attempt one character earlier covered it.
 */
export function chainMatches(
  text: string,
  shared: SharedPass | undefined,
  minDigits: number,
  sticky: RegExp,
  lead = 0,
): Iterable<RegExpExecArray> {
  const chains = (shared?.text === text ? shared : new SharedPass(text)).digitChains();
  // Most strings have no chain long enough: no generator for them (this runs per string and detector).
  if (!chains.some((chain) => chain.digits >= minDigits)) return NO_MATCHES;
  return matchesIn(text, chains, minDigits, sticky, lead);
}

const NO_MATCHES: readonly RegExpExecArray[] = [];

function* matchesIn(
  text: string,
  chains: readonly DigitChain[],
  minDigits: number,
  sticky: RegExp,
  lead: number,
): Generator<RegExpExecArray> {
  let from = 0;
  for (const chain of chains) {
    if (chain.digits < minDigits) continue;
    for (let at = Math.max(chain.start - lead, from); at < chain.end; at++) {
      const c = text.charCodeAt(at);
      if (isDigit(c) ? at > from && isDigit(text.charCodeAt(at - 1)) : c !== 43 && c !== 40) continue;
      sticky.lastIndex = at;
      const m = sticky.exec(text);
      if (m === null) continue;
      yield m;
      from = at + Math.max(1, m[0].length);
      at = from - 1;
    }
  }
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
