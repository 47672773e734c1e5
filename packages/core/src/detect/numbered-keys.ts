// A JSON object keyed by numbers is a map of ids (a Chrome extension's messages.json names each message by its
// 64-bit id: `{ "4115247474741222238": { "message": "…" }, … }`); one id in ten passes Luhn by chance and falls in
// a card brand's range. Its keys are read as cards only where the map says it holds cards: a card's word among
// its keys or its values' keys (`{ "4111…": { "exp": "12/27", "cvv": "123" } }`), or a key alone among words.
// Nor is a map of ids one whose every key is a valid card: ids pass Luhn one time in ten, so among honest ids
// some key fails it, and two cards set as keys (`{ "4111…": 1, "5555…": 2 }`) are read as cards.
import { cardBrand } from "./pii/card.js";
import { luhn } from "./validators.js";

/** A key that is a number, as long as an id or a card. */
const NUMBERED_KEY = /^[0-9]{6,20}$/;
/** A member of a card's record: its number, expiry, code, holder, brand or billing details. */
const CARD_MEMBER =
  /card|^pan$|cvv|cvc|csc|exp(?:iry|iration|_?month|_?year)?$|holder|brand|visa|master|amex|billing|payment/i;

/**
 * Whether `keys` (the object's own, `obj`'s) are two numbers or more, one of them no valid card, and nothing in
 * the map is a card's member.
 */
export function mapOfIds(obj: Record<string, unknown>, keys: readonly string[]): boolean {
  let numbered = 0;
  let notACard = false;
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k] as string;
    if (!NUMBERED_KEY.test(key)) return false;
    numbered++;
    if (!notACard && (!luhn(key) || cardBrand(key) === undefined)) notACard = true;
    const value = obj[key];
    if (value !== null && typeof value === "object" && !Array.isArray(value)) {
      for (const member in value as Record<string, unknown>) if (CARD_MEMBER.test(member)) return false;
    } else if (typeof value === "string" && CARD_MEMBER.test(value)) return false;
  }
  return numbered > 1 && notACard;
}
