// One pass over a text for the places two personal-data detectors look around: where an e-mail address may be
// spelled out ("at" or "dot" in brackets or braces, "dot" as a word) and where an area code may stand apart
// from its number (" / " or " - " between digits). Each full pass of a pattern costs 0.2 to 0.6 ms per MB
// whatever it looks for (the engine visits every character), so the two searches share one. The result is
// kept with the scanner's shared pass of the text, and dropped with it.
import { sharedFor, type SharedPass } from "../digit-chains.js";

export interface Marks {
  /** Where "(at)", "[at]", "{at}", "<at>", or "dot" so bracketed, starts. */
  readonly brackets: readonly number[];
  /** Where a "dot " follows a space. */
  readonly dotWords: readonly number[];
  /** Where " / " or " - " stands between two digits: the index of its first space. */
  readonly apart: readonly number[];
}

const MARKS = /[[({<](?:at|AT|dot|DOT)[\])}>]|(?:dot|DOT|Dot) |[0-9] [/-] [0-9]/g;
const found = new WeakMap<SharedPass, Marks>();
const OPENERS = [" ", "(", "[", "{", "<"];

/** The marks of a text with none: shared, never written to. */
const NONE: Marks = Object.freeze({ brackets: [], dotWords: [], apart: [] });

export function marksOf(text: string, shared: SharedPass | undefined): Marks {
  // Every mark holds a space or a bracket: text with neither (a base64 blob, an id, a hash) is spared the pass
  // and the remembering (a weak map entry per short text cost more than the search; the collector pays for
  // each). indexOf finds a single character with a native search, about 20 µs per MB.
  if (!OPENERS.some((c) => text.includes(c))) return NONE;
  const pass = sharedFor(text, shared);
  const known = found.get(pass);
  if (known !== undefined) return known;
  const brackets: number[] = [];
  const dotWords: number[] = [];
  const apart: number[] = [];
  const marks = { brackets, dotWords, apart };
  MARKS.lastIndex = 0;
  for (let m = MARKS.exec(text); m !== null; m = MARKS.exec(text)) {
    const first = m[0].charCodeAt(0);
    if (first >= 48 && first <= 57) {
      apart.push(m.index + 1);
      // The number after the separator may open the next one (05 - 12 - 2024): read on from its digit.
      MARKS.lastIndex = m.index + 4;
    } else if (m[0].endsWith(" ")) {
      if (text.charCodeAt(m.index - 1) === 32) dotWords.push(m.index);
    } else brackets.push(m.index);
  }
  found.set(pass, marks);
  return marks;
}
