// Card numbers, SSNs and phone numbers spelled out in digit words (decode-spoken-digits.ts): read as the digits
// they name, by each detector's own checks. Before, every positive case below was missed.
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { Scanner } from "../../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set(["ip_address"]) });
const typesIn = (text: string) => scanner.spans(text).map((s) => s.type);
const redacted = (text: string) =>
  (scanner.scan({ text }, "params", () => true).value as { text: string }).text;
const WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
const spell = (digits: string, between = " ") => [...digits].map((d) => WORDS[Number(d)]).join(between);
const title = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

describe("numbers spelled in digit words", () => {
  it.each([
    [`card ${spell("4111111111111111")}`, "credit_card"],
    [spell("5555555555554444", "-"), "credit_card"],
    [`pay with ${spell("4012888888881881", ", ").split(" ").map(title).join(" ")} today`, "credit_card"],
    [`${spell("3782", " ")}, ${spell("822463", " ")}, ${spell("10005", " ")}`, "credit_card"],
    [`my ssn is ${spell("078051120")}`, "ssn"],
    [`SSN: ${spell("219099999", "-")}`, "ssn"],
    [`call me at ${spell("4155552671")}`, "phone"],
    [`phone: ${spell("415")}, ${spell("555")}, ${spell("2671")}`, "phone"],
    // Review: digits mixed among the words (before: 0 of 4 found).
    ["card 4 one 1 one 1 one 1 one 1 one 1 one 1 one 1 one", "credit_card"],
    ["card 4111 one one one one 1111 1111", "credit_card"],
    ["card 4111, 1111, one one one one, 1111", "credit_card"],
    ["my ssn is zero 7 eight 0 five 1 one two zero", "ssn"],
  ])("%s", (text, type) => {
    expect(typesIn(text)).toContain(type);
    const out = redacted(text);
    expect(out).toContain(`[REDACTED:${type}]`);
    // The spelled digits are gone, not only a part of them.
    expect(out).not.toMatch(
      /(?:zero|one|two|three|four|five|six|seven|eight|nine)[ ,-]+(?:zero|one|two|three|four|five|six|seven|eight|nine)[ ,-]+(?:zero|one|two|three|four|five|six|seven|eight|nine)/i,
    );
  });

  it("keeps the words around a spelled number", () => {
    expect(redacted(`card ${spell("4111111111111111")} thanks`)).toBe("card [REDACTED:credit_card] thanks");
  });

  // Round 17: the digit words of German, French, Spanish, Italian and Portuguese (before: 0 of 8 found).
  const SPOKEN: Record<string, readonly string[]> = {
    de: ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
    fr: ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    es: ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    it: ["zero", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove"],
    pt: ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"],
  };
  const say = (language: string, digits: string, between = " ") =>
    [...digits].map((d) => SPOKEN[language]?.[Number(d)]).join(between);
  it.each([
    [`Karte ${say("de", "4012888888881881")}`, "credit_card"],
    [`SSN: ${say("de", "078051120", ", ")}`, "ssn"],
    [`carte ${say("fr", "5555555555554444", "-")}`, "credit_card"],
    [`tarjeta ${say("es", "4111111111111111").toUpperCase()}`, "credit_card"],
    [`carta ${say("it", "378282246310005")}`, "credit_card"],
    [`cartão ${say("pt", "6011111111111117")}`, "credit_card"],
    [`cartão ${say("pt", "3530111333300000")}`, "credit_card"],
    [`SSN ${say("es", "219099999")}`, "ssn"],
  ])("%s", (text, type) => {
    expect(typesIn(text)).toContain(type);
    expect(redacted(text)).toMatch(new RegExp(`^\\S+:? \\[REDACTED:${type}\\]$`));
  });

  // Hard negatives: counts, countdowns, lyrics and spelled numbers that are no card, SSN or phone.
  it.each([
    "one two three four five six seven eight nine ten",
    "three, two, one, zero: lift off",
    "one by one, two by two, the animals went in",
    "Someone phoned about the money; nine of the seven-eights were done",
    `order ${spell("4111111111111112")} shipped`, // sixteen digits that fail Luhn
    `ticket ${spell("123456789")}`, // nine digits, no word naming an SSN
    `oh oh oh one one one seven seven seven`,
    "Four score and seven years ago",
    "five five five, the number of the beast is not six six six",
    // Review: numbers beside words that are no spelled number.
    "at 10:30, 11:00, 12:15, 13:45, one of 14 15 16 17",
    "pages 1, 2, 3, one two three",
    "x4111 one one one one 1111 1111 is a part number",
    "rows 1234 5678 1234 5678 then one two three four five six seven",
    "uno, dos, tres, cuatro, cinco, seis, siete, ocho",
    "[null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null]",
    "un deux trois, nous irons au bois; quatre cinq six, cueillir des cerises",
  ])("hard negative: %s", (text) => {
    expect(typesIn(text)).toEqual([]);
    expect(redacted(text)).toBe(text);
  });
});
