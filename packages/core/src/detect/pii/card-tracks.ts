// A magnetic stripe's track 1 as a reader types it (ISO/IEC 7813): `%B<card number>^<SURNAME>/<GIVEN>^<YYMM>…?`.
// The number follows the format code `B` with no separator, so the card candidates (which want no letter
// before the digits) do not read it; POS logs, support tickets and test fixtures carry such lines. Read only
// where `%B` stands, up to the `^` that closes the number; Luhn and brand decide as anywhere else.
import type { Span } from "../detectors.js";

const TRACK_ONE = /%B([0-9]{12,19})\^/y;

/**
 * The card numbers of the track-1 lines in `text`, found from each `%B` (none without one); `isCardNumber` is
 * card.ts's check, passed in so the two files do not import each other.
 */
export function trackOneCards(text: string, isCardNumber: (digits: string) => boolean): Span[] {
  const spans: Span[] = [];
  for (let at = text.indexOf("%B"); at !== -1; at = text.indexOf("%B", at + 2)) {
    TRACK_ONE.lastIndex = at;
    const digits = TRACK_ONE.exec(text)?.[1];
    if (digits === undefined || !isCardNumber(digits)) continue;
    spans.push({ start: at + 2, end: at + 2 + digits.length });
  }
  return spans;
}
