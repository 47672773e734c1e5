// Bank accounts as national payment systems write them, without an IBAN: the UK's sort code, the US's ABA
// routing number, Australia's BSB and Canada's transit and institution numbers, each beside an account number.
// The pair moves money as an IBAN does (a direct debit is set up with nothing more), so the account number is
// read as the IBAN's counterpart where it stands under its label near its bank's routing code under that
// code's label: an account number alone is any number (an order's, a customer's), and a routing code alone is
// a bank's, public. The ABA number carries its own check (weights 3, 7, 1); the others' shapes are their own.
//
// Linear: a text without a routing code's label costs one search; around each label found, one bounded window
// is read for the account's label.
import type { Detector, Span } from "../detectors.js";

/** The routing codes' labels, each with its code: a sort code, an ABA number, a BSB, a transit and institution. */
const ROUTING =
  /\b(?:(sort[ -]?code)|(routing(?: (?:transit )?(?:number|no\.?|#))?(?: ?\(ABA\))?|ABA(?: (?:routing )?(?:number|no\.?|#))?|RTN)|(BSB)(?: (?:number|no\.?))?|(transit)(?: (?:number|no\.?|#))?)\b[^0-9\n]{0,12}([0-9]{2}-[0-9]{2}-[0-9]{2}|[0-9]{2} [0-9]{2} [0-9]{2}|[0-9]{9}|[0-9]{3}-?[0-9]{3}|[0-9]{5}(?=[^0-9\n]{0,24}institution(?: (?:number|no\.?|#))?[^0-9\n]{0,12}[0-9]{3}(?![0-9])))(?![0-9])/gi;
/** Cheaper than ROUTING, for the text that holds no label at all (nearly every text). */
const ROUTING_GATE = /sort[ -]?code|routing|\bABA\b|\bRTN\b|\bBSB\b|\btransit\b/i;
/** An account number under its label: six to seventeen digits, perhaps grouped by spaces or dashes. */
const ACCOUNT =
  /\b(?:account|acct|a\/c)(?: (?:number|no\.?|num|#))?[^0-9A-Za-z\n]{0,6}([0-9](?:[ -]?[0-9]){5,16})(?![0-9])/gi;
/** How far from its routing code an account number may stand: a payee's or a form's few lines. */
const WINDOW = 200;

export function bankAccountDetector(): Detector {
  return {
    type: "bank_account",
    category: "pii",
    confidence: 0.9,
    find(text) {
      if (!ROUTING_GATE.test(text)) return [];
      const spans: Span[] = [];
      let readTo = 0;
      ROUTING.lastIndex = 0;
      for (let m = ROUTING.exec(text); m !== null; m = ROUTING.exec(text)) {
        if (!routingCode(m)) continue;
        // Each stretch of text is read for accounts once, however many codes stand in it.
        const from = Math.max(readTo, m.index - WINDOW);
        const to = Math.min(text.length, ROUTING.lastIndex + WINDOW);
        if (from < to) accounts(text, from, to, spans);
        readTo = Math.max(readTo, to);
      }
      return spans;
    },
  };
}

/** Whether the label's code has its kind's shape (and an ABA number its check). */
function routingCode(m: RegExpExecArray): boolean {
  const digits = (m[5] as string).replace(/[^0-9]/g, "");
  if (m[1] !== undefined)
    return digits.length === 6 && /^[0-9]{2}[- ]?[0-9]{2}[- ]?[0-9]{2}$/.test(m[5] as string);
  if (m[2] !== undefined) return digits.length === 9 && abaValid(digits);
  if (m[3] !== undefined) return digits.length === 6;
  return digits.length === 5;
}

/** The ABA routing number's check: 3, 7, 1 weights over its nine digits sum to a multiple of 10. */
function abaValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (digits.charCodeAt(i) - 48) * ([3, 7, 1][i % 3] as number);
  return sum % 10 === 0 && sum > 0;
}

/** The account numbers under their labels in text[from, to). */
function accounts(text: string, from: number, to: number, spans: Span[]): void {
  const window = text.slice(from, to);
  ACCOUNT.lastIndex = 0;
  for (let m = ACCOUNT.exec(window); m !== null; m = ACCOUNT.exec(window)) {
    const number = m[1] as string;
    const start = from + m.index + m[0].length - number.length;
    spans.push({ start, end: start + number.length });
  }
}
