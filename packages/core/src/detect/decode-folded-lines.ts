// iCalendar and vCard fold every line longer than 75 octets (RFC 5545 §3.1, RFC 6350 §3.2): a line break and
// one space or tab are put wherever the limit falls, and the reader removes them. So an invitation's
// attendees, or a phone or card typed in its description, are cut at any character. This view reads such a
// text unfolded, mapped back to where it is written. Only within a calendar or a card (from its first
// BEGIN:VCALENDAR, VCARD, VEVENT … to its last END:), so ordinary indented lines are never joined.
//
// Linear: the markers and the line breaks are found natively, and each character is copied once.
import { ViewBuilder, type DecodedView } from "./decode.js";
import type { SharedPass } from "./digit-chains.js";
import { mayHold } from "./secrets/noted-literals.js";

const OBJECT_START = /BEGIN:V(?:CALENDAR|CARD|EVENT|TODO|JOURNAL)\b/i;

/**
 * The text with the folds of its calendar or card removed, or undefined when it holds none. `shared`: the
 * detectors' pass over the text, whose keyword pass notes "begin:v" in any case (see noted-literals.ts).
 */
export function unfoldedView(text: string, shared?: SharedPass): DecodedView | undefined {
  if (!mayHold(text, shared, "begin:v")) return undefined;
  // Most text holds no "BEGIN:V" at all: native searches let it go before the pattern runs. Its colon and V
  // first: a search for the whole marker costs about ten times as much (0.5-1 ms per MB of logs, code or
  // base64, whose capitals and letters start it everywhere), and most text holds no ":V" either.
  if (!holds(text, ":V", "BEGIN:V") && !holds(text, ":v", "begin:v")) return undefined;
  const start = text.search(OBJECT_START);
  if (start < 0) return undefined;
  const end = objectEnd(text, start);
  const view = new ViewBuilder();
  let at = 0;
  for (let lf = text.indexOf("\n", start); lf >= 0 && lf < end; lf = text.indexOf("\n", lf + 1)) {
    const blank = text.charCodeAt(lf + 1);
    if (blank !== 32 && blank !== 9) continue;
    const fold = text.charCodeAt(lf - 1) === 13 ? lf - 1 : lf;
    view.copy(text, at, fold);
    view.replace("", fold, lf + 2);
    at = lf + 2;
  }
  if (!view.changed) return undefined;
  view.copy(text, at, text.length);
  return view.build();
}

/** Whether the text holds `whole`, asked only when it holds `part` of it, which a search finds sooner. */
function holds(text: string, part: string, whole: string): boolean {
  return text.includes(part) && text.includes(whole);
}

/** The end of the line of the last END: marker after `start`, or the text's end when there is none. */
function objectEnd(text: string, start: number): number {
  const last = Math.max(text.lastIndexOf("END:V"), text.lastIndexOf("end:v"));
  if (last < start) return text.length;
  const lf = text.indexOf("\n", last);
  return lf < 0 ? text.length : lf;
}
