// Payment card numbers: 12 to 19 digits, bare or grouped the way cards are printed, that pass Luhn and fall in
// a brand's issuer ranges with one of its lengths. The ranges come from credit-card-type (kept current by its
// maintainers), completed with the lengths and brands it leaves out that are still in circulation or in test
// data: 13-digit Visa, 15-digit JCB (1800, 2131), UATP, RuPay, Humo, Dankort, UkrCard, China T-Union, and the
// national schemes whose domestic debit cards carry a range of their own: NAPAS (Vietnam, 9704, 16 and 19
// digits), UzCard (Uzbekistan, 8600) and Belkart (Belarus, 9112). Each by its own prefix and lengths only: the
// number there still needs Luhn and a card's grouping (or a bare run of fourteen digits or more) like any other.
import { inHexWordRow } from "./hex-word-rows.js";
import { trackOneCards } from "./card-tracks.js";
import { emvTagCards } from "./emv-tags.js";
import creditCardType from "credit-card-type";
import type { Detector, Span } from "../detectors.js";
import { chainMatches } from "../digit-chains.js";
import { luhn } from "../validators.js";
import { cardLookalike } from "./context.js";

/** The library's id for a brand; a missing one means the library changed under us, so loading fails. */
function brandId(name: string): string {
  const id = creditCardType.types[name];
  if (id === undefined) throw new Error(`card detector: credit-card-type has no brand ${name}`);
  return id;
}

creditCardType.updateCard(brandId("VISA"), { lengths: [13, 16, 18, 19] });
creditCardType.updateCard(brandId("JCB"), { lengths: [15, 16, 17, 18, 19] });
for (const [type, patterns, lengths] of [
  ["uatp", [1], [15]],
  ["rupay", [60, 65, 81, 82, 508, 353, 356], [16]],
  ["humo", [9860], [16]],
  ["napas", [9704], [16, 19]],
  ["uzcard", [8600], [16]],
  ["belkart", [9112], [16]],
  ["dankort", [5019], [16]],
  ["ukrcard", [[60400100, 60420099]], [16, 17, 18, 19]],
  ["china-t-union", [31], [19]],
] as const) {
  creditCardType.addCard({
    niceType: type,
    type,
    patterns: patterns.map((p) => (typeof p === "number" ? p : [...p])),
    gaps: [4, 8, 12],
    lengths: [...lengths],
    code: { size: 3, name: "CVV" },
  });
}

/**
 * The brand of a complete card number (digits only), or undefined when no brand issues it. Sixteen digits,
 * the length nearly every card has, count when their first digit (the ISO/IEC 7812 major industry
 * identifier) is that of card issuers, 3 (travel and entertainment) to 6 (merchandising and banking), even
 * in a range no brand table lists: issuers' ranges move faster than any table (JCB numbers are still
 * generated and documented across the whole 35 block), and Luhn still has to hold.
 */
export function cardBrand(digits: string): string | undefined {
  if (digits.length < 12 || digits.length > 19) return undefined;
  const brand = creditCardType(digits).find((t) => t.lengths.includes(digits.length))?.type;
  if (brand !== undefined) return brand;
  const industry = digits.charCodeAt(0) - 48;
  return digits.length === 16 && industry >= 3 && industry <= 6 ? "card-issuer" : undefined;
}

export function isCardNumber(digits: string): boolean {
  return luhn(digits) && cardBrand(digits) !== undefined;
}

// Digits with at most one space, dash or dot between them; validated for grouping below. Tried only inside
// the digit chains of twelve digits or more (see digit-chains.ts).
const CANDIDATE = /(?<![0-9A-Za-z_.+-])[0-9](?:[ .-]?[0-9]){11,18}(?![0-9A-Za-z_]|\.[0-9])/y;
// How cards are printed: 4-4-4-4 (and 4-4-4-4-3 or -1..4 for longer ones), 4-6-5 (Amex), 4-6-4 (Diners),
// with spaces, dashes or dots. The groups' shape alone says so: a reader takes "4111 1111-1111.1111" for the
// same number, so the separators may differ from one gap to the next.
const PRINTED =
  /^[0-9]{4}[ .-][0-9]{4}[ .-][0-9]{4}[ .-][0-9]{1,4}(?:[ .-][0-9]{1,3})?$|^[0-9]{4}[ .-][0-9]{6}[ .-][0-9]{4,5}$/;
// How people retype them: any groups of two digits or more, one space or dash used throughout (4111 11111111
// 1111). A bare run of fourteen digits or more counts already; grouping it makes it no less a card.
const REGROUPED = /^[0-9]{2,}(?:([ -])[0-9]{2,}(?:\1[0-9]{2,}){0,4})$/;
// Spelled out one digit at a time with one separator throughout ("4 1 1 1 …"): read whole by anyone. Only
// when the run ends there (a longer row of single digits is a table, not a card).
const SPELLED = /^[0-9](?:([ .-])[0-9])(?:\1[0-9]){12,17}$/;
const CARD_WORD =
  /(?:card|visa|master|amex|maestro|credit|debit|cc|pan|jcb|diners|discover|unionpay|mir)[^0-9\n]{0,24}$/i;

export function cardDetector(): Detector {
  return {
    type: "credit_card",
    category: "pii",
    confidence: 0.95,
    find(text, _enabled, shared) {
      const spans: Span[] = [];
      let lastEnd = -1;
      for (const m of chainMatches(text, shared, 12, CANDIDATE)) {
        const value = m[0];
        // Inside a longer run of digit groups (a table of numbers) unless right after a card found before.
        const afterGroup = text.charCodeAt(m.index - 1) === 32 && isDigit(text.charCodeAt(m.index - 2));
        if (afterGroup && m.index - 1 !== lastEnd) continue;
        const digits = value.replace(/[ .-]/g, "");
        const bare = digits.length === value.length;
        const named = calledACard(text, m.index, m.index + value.length);
        const grouped =
          PRINTED.test(value) ||
          // Regrouped at will, the groups end where the card does: followed by another group, they are the
          // start of a row of numbers (a log line's fields), unless the text calls them a card.
          (REGROUPED.test(value) &&
            (named || (digits.length >= 14 && !chainGoesOn(text, m.index + value.length)))) ||
          (SPELLED.test(value) && !chainGoesOn(text, m.index + value.length));
        if (bare ? !bareCardPlausible(digits, text, m.index) : !grouped) continue;
        if (!(isCardNumber(digits) || (named && namedCardNumber(digits)))) continue;
        if (cardLookalike(text, m.index, m.index + value.length, named)) continue;
        if (!named && inHexWordRow(text, value, m.index, m.index + value.length)) continue;
        spans.push({ start: m.index, end: m.index + value.length });
        lastEnd = m.index + value.length;
      }
      // Track 1's number, glued to its format code (card-tracks.ts), and EMV tags' (emv-tags.ts).
      const more = [
        ...(text.includes("%B") ? trackOneCards(text, isCardNumber) : []),
        ...emvTagCards(text, isCardNumber),
      ];
      return more.length === 0 ? spans : [...spans, ...more].sort((a, b) => a.start - b.start);
    },
  };
}

// What names a payment card right before its number ("Card on file:", "traced to card", "Visa ending in",
// "Kreditkarte", or the field a receipt or checkout form prints it under: "Payment method:", "paid
// with"), or its details right after it ("exp 12/27", "CVV 123"). Not a card that is no payment
// card (an ID, SIM, gift, library or business card), and not a card's other numbers ("card ID").
const PAYMENT_CARD_BEFORE =
  /(?:\bpayment (?:method|instrument|details)|\b(?:paid|pay|paying) (?:with|by)|(?<!\b(?:id|identity|sim|gift|loyalty|member|membership|library|student|health|insurance|key|access|business|report|score|sd|memory|graphics|video|sound|network|boarding|index)[ -]?)\bcards?|\b(?:visa|master ?card|amex|american express|maestro|jcb|diners(?: club)?|discover|unionpay|union pay|mir|rupay|cc|kreditkarte|debitkarte|carte bancaire|carte de crédit|tarjeta|carta di credito|karta(?: kredytowa| płatnicza| debetowa)?|kaartnummer|kortnummer))\b(?![ -]?(?:id|identifier|token|serial|reader|type|fee)\b)[^0-9\n]{0,24}$/iu;
const CARD_DETAILS_AFTER =
  /^[^0-9\n]{0,12}\b(?:exp(?:iry|ires|iration)?\b|valid (?:thru|through|until)|cvv2?|cvc2?|csc|security code)/i;

/**
 * Whether a card's digits, found among others, stand as one: grouped as cards are printed, or named a card
 * (by the words before or its details after). Read for groups joined by a bar or a slash (odd-separators.ts).
 */
export function standsAsCard(text: string, start: number, end: number): boolean {
  return (
    PRINTED.test(text.slice(start, end)) ||
    calledACard(text, start, end) ||
    CARD_WORD.test(text.slice(Math.max(0, start - 40), start))
  );
}

function calledACard(text: string, start: number, end: number): boolean {
  return (
    PAYMENT_CARD_BEFORE.test(text.slice(Math.max(0, start - 40), start)) ||
    CARD_DETAILS_AFTER.test(text.slice(end, end + 32))
  );
}

const ONE_DIGIT_REPEATED = /^([0-9])\1+$/;

/**
 * A number that the text calls a payment card needs less: Luhn alone whatever its range (an issuer no table
 * lists yet), or a brand's range and length alone (a mistyped or made-up check digit still reads, and leaks,
 * as that card's number). One digit repeated (0000 0000 0000 0000) is a form's placeholder, whose Luhn sum
 * happens to hold.
 */
function namedCardNumber(digits: string): boolean {
  if (ONE_DIGIT_REPEATED.test(digits)) return false;
  return luhn(digits) || cardBrand(digits) !== undefined;
}

/** A bare 12- or 13-digit run is as often an order number: it needs a card word before it. */
function bareCardPlausible(digits: string, text: string, at: number): boolean {
  return digits.length >= 14 || CARD_WORD.test(text.slice(Math.max(0, at - 40), at));
}

/** Another separated digit right after a match: the match is only the start of a longer row. */
function chainGoesOn(text: string, end: number): boolean {
  return /^[ .-][0-9]/.test(text.slice(end, end + 2));
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
