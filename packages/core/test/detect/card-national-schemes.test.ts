// National card schemes added to credit-card-type's table (card.ts): NAPAS, UzCard and Belkart numbers are
// cards with no label, by their range and lengths; other lengths in their ranges and failed check digits are not.
import { describe, expect, it } from "vitest";
import { cardBrand, isCardNumber } from "../../src/detect/pii/card.js";

/** The prefix completed to `length` digits, its check digit valid or (bad) not. */
function card(prefix: string, length: number, bad = false): string {
  const body = prefix.padEnd(length - 1, "3");
  for (let check = 0; check < 10; check++) {
    const digits = body + String(check);
    let sum = 0;
    for (let i = 0; i < digits.length; i++) {
      let x = Number(digits[digits.length - 1 - i]);
      if (i % 2 === 1) x = x * 2 > 9 ? x * 2 - 9 : x * 2;
      sum += x;
    }
    if ((sum % 10 === 0) !== bad) return digits;
  }
  throw new Error("unreachable");
}

describe("national card schemes", () => {
  it.each([
    ["9704", 16, "napas"],
    ["9704", 19, "napas"],
    ["8600", 16, "uzcard"],
    ["9112", 16, "belkart"],
  ])("%s, %i digits, is a %s card", (prefix, length, brand) => {
    expect(cardBrand(card(prefix, length))).toBe(brand);
    expect(isCardNumber(card(prefix, length))).toBe(true);
    expect(isCardNumber(card(prefix, length, true))).toBe(false);
  });

  it.each([
    ["9704", 17],
    ["9704", 18],
    ["8600", 19],
    ["9112", 18],
  ])("%s with %i digits is not", (prefix, length) => {
    expect(isCardNumber(card(prefix, length))).toBe(false);
  });
});
