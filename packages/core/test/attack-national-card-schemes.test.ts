// Attack (round 41, found from outside): the card numbers of national payment schemes outside
// credit-card-type's table pass the scan, even where the text calls them a card in its own language:
// Vietnam's NAPAS (9704, 16 and 19 digits, the domestic ATM and debit card of every Vietnamese bank),
// Uzbekistan's UzCard (8600) and Belarus's Belkart (9112), labelled "Số thẻ:", "Номер карты:", and German's
// "Kartennummer:" (German is a language of the default phone regions). Humo (9860), Mir and Visa numbers
// under the same labels are found, and NAPAS under the English "Card number:" is. README: card numbers are
// blocked towards a server and redacted towards the client; docs/detection.md: "a number the text calls a
// payment card … needs Luhn or a brand's range and length only". A correct guard takes a Luhn-valid 16- or
// 19-digit number the text calls a card, in the languages it reads elsewhere, whatever its issuer range.
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../src/detect/detectors.js";
import { Scanner } from "../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
const cardsIn = (text: string) =>
  scanner
    .spans(text)
    .filter((s) => s.type === "credit_card")
    .map((s) => text.slice(s.start, s.end));

/** The prefix completed to `length` digits with a valid Luhn check digit. */
function luhnCard(prefix: string, length: number): string {
  let body = prefix;
  for (let i = 0; body.length < length - 1; i++) body += String((i * 7 + 3) % 10);
  for (let check = 0; check < 10; check++) {
    const digits = body + String(check);
    let sum = 0;
    for (let i = 0; i < digits.length; i++) {
      let x = Number(digits[digits.length - 1 - i]);
      if (i % 2 === 1) x = x * 2 > 9 ? x * 2 - 9 : x * 2;
      sum += x;
    }
    if (sum % 10 === 0) return digits;
  }
  throw new Error("unreachable");
}
const grouped = (digits: string) => digits.replace(/(\d{4})(?=\d)/g, "$1 ");

const NAPAS = grouped(luhnCard("970436", 16)); // Vietcombank's NAPAS range
const NAPAS_19 = luhnCard("970415", 19); // VietinBank's
const UZCARD = grouped(luhnCard("860002", 16));
const BELKART = grouped(luhnCard("911200", 16));

describe("national card schemes under a card label", () => {
  it.each([
    [
      "NAPAS, a Vietnamese bank's transfer note",
      `Chuyển khoản thành công. Số thẻ: ${NAPAS}, chủ thẻ NGUYEN VAN AN`,
    ],
    ["NAPAS, 19 digits", `Thẻ ATM VietinBank — Số thẻ: ${NAPAS_19}`],
    ["UzCard, a Russian-language payment form", `Номер карты: ${UZCARD}\nСрок действия: 08/28`],
    ["Belkart, a Russian-language receipt", `Оплата картой Белкарт\nНомер карты: ${BELKART}`],
    ["UzCard under a German label", `Kartennummer: ${UZCARD}`],
  ])("%s is found", (_, text) => {
    // the same labels are read for brands in the table, and NAPAS under an English label
    expect(cardsIn(`Số thẻ: ${grouped(luhnCard("411111", 16))}`)).toHaveLength(1);
    expect(cardsIn(`Номер карты: ${grouped(luhnCard("427600", 16))}`)).toHaveLength(1);
    expect(cardsIn(`карта ${grouped(luhnCard("986000", 16))}`)).toHaveLength(1); // Humo
    expect(cardsIn(`Card number: ${NAPAS}`)).toHaveLength(1);
    expect(cardsIn(text), `no card found in ${JSON.stringify(text)}`).toHaveLength(1);
  });
});
