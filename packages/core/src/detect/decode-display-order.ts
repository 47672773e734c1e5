// Text written backwards behind a right-to-left override (U+202E): a client shows "‮Ue2As0Km9Jh…_phg‬" as
// "ghp_…", so a person reading the result sees the credential, and anyone copying it back gets it in the
// order shown, while the detectors read the characters as stored. The override reverses every character up to
// its pop (U+202C), an isolate's end (U+2069) or the end of the line, which is where each stretch ends here.
// The view holds each stretch in the order it is shown; an isolate (U+2067) keeps Latin letters in their
// order, so only the override is read. Linear: one pass of a native search, each character reversed once.
import type { DecodedView } from "./decode.js";

const OVERRIDE = /\u202e([^\u202c\u2069\n\r]*)/g;

/** The view with each overridden stretch as a reader sees it, or undefined without an override. */
export function displayOrderView(text: string): DecodedView | undefined {
  if (!text.includes("\u202e")) return undefined;
  let view = "";
  let last = 0;
  const stretches: Array<{ from: number; to: number }> = [];
  for (const m of text.matchAll(OVERRIDE)) {
    const from = m.index + 1;
    const to = from + (m[1] as string).length;
    view += text.slice(last, from) + [...(m[1] as string)].reverse().join("");
    stretches.push({ from, to });
    last = to;
  }
  view += text.slice(last);
  return {
    text: view,
    // The view is as long as the text (a surrogate pair is kept whole): a span inside a stretch maps to the
    // whole stretch, which a redaction then covers; one outside maps one to one.
    original(start, end) {
      let from = start;
      let to = end;
      // Stretches are in order and apart: the first that ends after `start`, found by halving (a text of many
      // overridden lines, each with a value, maps each value in a few steps, not one per stretch).
      let lo = 0;
      let hi = stretches.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((stretches[mid] as { to: number }).to <= start) lo = mid + 1;
        else hi = mid;
      }
      for (let k = lo; k < stretches.length && (stretches[k] as { from: number }).from < end; k++) {
        from = Math.min(from, (stretches[k] as { from: number }).from);
        to = Math.max(to, (stretches[k] as { to: number }).to);
      }
      return [from, to];
    },
  };
}
