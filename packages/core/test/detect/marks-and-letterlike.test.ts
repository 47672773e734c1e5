// The Unicode view folds every block of combining diacritical marks (not only U+0300–U+036F) and the letters
// of Letterlike Symbols and Number Forms (the holes of the mathematical alphabets, the Kelvin sign, Roman
// numerals) as it folds the mathematical letters themselves.
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { Scanner } from "../../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
const types = (text: string) => scanner.spans(text).map((s) => s.type);

const MARKS = ["\u1ab0", "\u1dc4", "\u20d0", "\u20e3", "\ufe20"];
const VALUES: [string, (m: string) => string][] = [
  ["github_token", (m) => `see ghp_R8kWq2ZpL5vN3xT7${m}yB1cD4fG6hJ9mK0sA2eU`],
  ["aws_access_key_id", (m) => `use AKIAZ7Q4M2${m}N7P3R6T5VW`],
  ["credit_card", (m) => `card 4111 1111 1${m}111 1111`],
  ["ssn", (m) => `SSN 536-22-8${m}471`],
  ["iban", (m) => `IBAN DE89 3704 0${m}044 0532 0130 00`],
];

describe("a value with a combining mark of another block inside it", () => {
  it.each(
    VALUES.flatMap(([type, text]) => MARKS.map((m) => [type, m.codePointAt(0)?.toString(16) ?? "", text(m)])),
  )("%s with U+%s: found", (type, _, text) => {
    expect(types(text)).toEqual([type]);
  });
});

const TOKEN = "ghp_R8kWq2ZpL5vN3xT7yB1cD4fG6hJ9mK0sA2eU";

describe("a token in letters of Letterlike Symbols and Number Forms", () => {
  it.each([
    ["italic ℎ", TOKEN.replace("h", "\u210e")],
    ["script ℛ and ℬ", TOKEN.replace("R", "\u211b").replace("B", "\u212c")],
    ["black-letter ℜ and ℨ", TOKEN.replace("R", "\u211c").replace("Z", "\u2128")],
    ["double-struck ℤ", TOKEN.replace("Z", "\u2124")],
    ["Kelvin sign", TOKEN.replace("K", "\u212a")],
  ])("%s: found", (_, token) => {
    expect(types(`see ${token}`)).toEqual(["github_token"]);
  });

  it("reads a Roman numeral as its letter", () => {
    expect(types("use AKIAZ7Q4M2N7P3R6T5\u2164W")).toEqual(["aws_access_key_id"]);
  });
});
