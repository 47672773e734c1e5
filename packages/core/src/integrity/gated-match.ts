// Runs a bounded pattern only where it can match: around each occurrence of a literal "gate" that every
// match of the pattern contains, over windows wide enough to hold a whole match. Overlapping windows are
// merged, so each character is examined by the pattern at most once: linear on any input, and fast on the
// usual one, where gates are rare.
const WINDOW = 480;

/** Whether `pattern` matches in `text`; `gate` (global) must occur inside every possible match. */
export function gatedTest(text: string, gate: RegExp, pattern: RegExp): boolean {
  gate.lastIndex = 0;
  let spanStart = -1;
  let spanEnd = -1;
  for (let m = gate.exec(text); m; m = gate.exec(text)) {
    if (m[0] === "") gate.lastIndex++;
    const start = Math.max(0, m.index - WINDOW);
    const end = Math.min(text.length, m.index + m[0].length + WINDOW);
    if (start <= spanEnd) {
      spanEnd = end;
      continue;
    }
    if (spanStart >= 0 && pattern.test(text.slice(spanStart, spanEnd))) return true;
    spanStart = start;
    spanEnd = end;
  }
  return spanStart >= 0 && pattern.test(text.slice(spanStart, spanEnd));
}
