// braintree/card-validator's card-number tests (corpora.mjs): the table its `cardNumber()` tests run, each
// row a number as a payment form receives it and what the validator answers: the brand, and whether it is a
// complete valid card (`isValid`: a brand's range and length, and Luhn where the brand uses it). A valid
// number is a positive, labelled whole; every other row (partial input, wrong check digit, too long, not
// digits) is a negative. Rows outside the table (tests of options) are not read. Each value is scanned alone,
// as a form field would hold it.
// Held out (round 17): measured blind when added, its misses never printed.
import { readFileSync } from "node:fs";
import { join } from "node:path";

export const CARD_VALIDATOR_PATH = "src/__tests__/card-number.ts";

/** `{ sentences }` in labelledSentences' shape. */
export function cardValidatorCases(dir) {
  const source = readFileSync(join(dir, CARD_VALIDATOR_PATH), "utf8");
  // The table ends where its runner starts (`(description, tests) =>`).
  const table = source.slice(0, source.indexOf("(description, tests)"));
  const row = /\[\s*"((?:[^"\\]|\\.)*)",(?:\s*\/\/[^\n]*)?\s*\{([^}]*)\}/g;
  const seen = new Map();
  for (let m = row.exec(table); m !== null; m = row.exec(table)) {
    const valid = /isValid:\s*true/.test(m[2]);
    if (!/isValid:\s*(?:true|false)/.test(m[2])) continue;
    const text = JSON.parse(`"${m[1]}"`);
    if (text.trim() === "") continue;
    seen.set(text, valid);
  }
  const sentences = [...seen].map(([text, valid]) => ({
    text,
    labels: valid ? [{ type: "credit_card", start: 0, end: text.length }] : [],
  }));
  return { sentences };
}
