// iCalendar (RFC 5545) and vCard (RFC 6350) write a property's text escaped and folded: a line break in a
// DESCRIPTION is `\n`, a comma `\,`, a semicolon `\;`, and any line longer than 75 octets goes on after CRLF and
// one blank, anywhere, inside a word too. A calendar or contacts tool returns the file as stored, and a model
// reads it as the text it spells; so must the result review, or an order planted in an invite's description
// is scored as escaped fragments. One linear pass each, only in a text that holds such an object.

const CALENDAR_OBJECT = /BEGIN:V(?:CALENDAR|EVENT|TODO|JOURNAL|CARD)\b/i;
const FOLD = /\r?\n[ \t]/g;
const ESCAPE = /\\([nN,;:\\])/g;

/** The text a calendar or contact file spells, unfolded and unescaped; any other text as it is. */
export function calendarText(raw: string): string {
  if (!CALENDAR_OBJECT.test(raw)) return raw;
  return raw.replace(FOLD, "").replace(ESCAPE, (_, ch: string) => (ch === "n" || ch === "N" ? "\n" : ch));
}
