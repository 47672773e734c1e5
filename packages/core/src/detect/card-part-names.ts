// The fields of an object that name a part of one card number: a vault or tokenisation response, or a legacy
// export that splits the PAN to fit two columns ({ pan_part1: "4539148", pan_part2: "803436467" }). Such parts
// may stand apart from each other or beside other digit fields (the masked first6 and last4 every payment API
// gives, an expiry month), where reading neighbours alone (split-values.ts) takes those for the card's start.
// Only fields whose names say they hold the card's number (or a part of it, in an object about a card) are
// read together; two unrelated numbers (an order id and an amount) are never joined.

/** A key's words: "panPart1", "pan_part_1" and "PAN-Part1" read "pan part". */
function words(key: string): string {
  return ` ${key
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .replace(/[^A-Za-z]+/g, " ")
    .trim()
    .toLowerCase()} `;
}

/** Words that name a card's number. */
const CARD_WORDS = / (?:pan|card|cards|cc|ccn|ccnum|cardnumber|credit) /;
/** Words that name a part of a value: with a card's field beside them, a part of its number. */
const PART_WORDS = / (?:part|parts|half|head|tail|segment|seg|chunk|piece|block) /;
/**
 * Words that make the digits something else about the card: the masked digits payment APIs give (first6,
 * last4, bin), its expiry, its code, an id or a count.
 */
const OTHER_WORDS =
  / (?:first|last|bin|iin|mask|masked|exp|expiry|expiration|month|year|cvv|cvc|csc|cid|pin|id|ids|token|brand|type|holder|name|count|fingerprint|zip|postal|fee|amount|limit|balance) /;
/** Nothing else is read: the cheap gate before any key is split into words. */
const MAY_NAME = /pan|card|cc|credit|part|half|head|tail|seg|chunk|piece|block/i;

/** The masked digits' keys (first6, last_four, firstSix, bin, iin): a key that says the object is a card's. */
const MASKED_DIGITS = /first.?(?:6|six|8|eight)|last.?(?:4|four)|^(?:bin|iin)$/i;

/**
 * The indices of `keys` whose fields may hold a part of one card number: the key names the card's number
 * (pan_part1, card_number_2, ccHead), or a part (part1, half_2) in an object with a key that names a card
 * (first6, last4, card_brand). Empty unless two fields do.
 */
export function cardPartFields(keys: readonly string[]): number[] {
  let named = 0;
  for (const key of keys) if (MAY_NAME.test(key)) named++;
  if (named < 2) return [];
  const all = keys.map(words);
  const aboutCard = keys.some((key, i) => MASKED_DIGITS.test(key) || CARD_WORDS.test(all[i] as string));
  const parts: number[] = [];
  for (const [i, w] of all.entries()) {
    if (OTHER_WORDS.test(w)) continue;
    if (CARD_WORDS.test(w) || (aboutCard && PART_WORDS.test(w))) parts.push(i);
  }
  return parts.length >= 2 ? parts : [];
}
