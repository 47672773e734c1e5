// One pass over a text for the places two personal-data detectors look around: where an e-mail address may be
// spelled out ("at" or "dot" in brackets or braces, "dot" as a word) and where an area code may stand apart
// from its number (" / " or " - " between digits). Each full pass of a pattern costs 0.2 to 0.6 ms per MB
// whatever it looks for (the engine visits every character), so the two searches share one. The result is
// kept on the scanner's shared pass of the text, and dropped with it.
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
const OPENERS = [" ", "(", "[", "{", "<"];

/** The marks of a text with none: shared, never written to. */
const NONE: Marks = Object.freeze({ brackets: [], dotWords: [], apart: [] });

export function marksOf(text: string, shared: SharedPass | undefined): Marks {
  // Every mark holds a space or a bracket: text with neither (a base64 blob, an id, a hash) is spared the pass.
  // indexOf finds a single character with a native search, about 20 µs per MB.
  if (!OPENERS.some((c) => text.includes(c))) return NONE;
  const pass = sharedFor(text, shared);
  if (pass.marks !== undefined) return pass.marks;
  MARKS.lastIndex = 0;
  let m = MARKS.exec(text);
  // Most texts hold no mark: they share NONE instead of three empty lists each.
  if (m === null) return (pass.marks = NONE);
  const brackets: number[] = [];
  const dotWords: number[] = [];
  const apart: number[] = [];
  for (; m !== null; m = MARKS.exec(text)) {
    const first = m[0].charCodeAt(0);
    if (first >= 48 && first <= 57) {
      apart.push(m.index + 1);
      // The number after the separator may open the next one (05 - 12 - 2024): read on from its digit.
      MARKS.lastIndex = m.index + 4;
    } else if (m[0].endsWith(" ")) {
      if (text.charCodeAt(m.index - 1) === 32) dotWords.push(m.index);
    } else brackets.push(m.index);
  }
  return (pass.marks = { brackets, dotWords, apart });
}
