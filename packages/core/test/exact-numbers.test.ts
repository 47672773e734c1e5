// Numbers JSON.parse would change (exact-numbers.ts): a client's message holding one is refused, not forwarded
// as another number.
import { describe, expect, it } from "vitest";
import { inexactNumber } from "../src/exact-numbers.js";

describe("inexactNumber", () => {
  it.each([
    ["an integer past 2^53", '{"to_account":12345678901234567891}', "12345678901234567891"],
    ["2^53 + 1", "[9007199254740993]", "9007199254740993"],
    ["a negative one", '{"a":-98765432109876543210}', "-98765432109876543210"],
    [
      "a fraction with more digits than a double keeps",
      '{"x":1.00000000000000000001}',
      "1.00000000000000000001",
    ],
    ["an exponent past the range", '{"x":1e400}', "1e400"],
    ["19 digits cut by a decimal point", '{"a":1234567890.123456789e9}', "1234567890.123456789e9"],
    ["an 18-digit amount cut in two", '{"a":123456789.123456789}', "123456789.123456789"],
    [
      "after a string holding digits and quotes",
      '{"s":"4111 \\" 1111111111111111","n":123456789012345678}',
      "123456789012345678",
    ],
  ])("finds %s", (_, json, number) => {
    expect(inexactNumber(json)).toBe(number);
  });

  it.each([
    ["ordinary numbers", '{"a":1,"b":-2.5,"c":0.001,"d":1e-7,"e":1E+21,"f":100,"g":0}'],
    ["2^53 itself and 16 digits under it", "[9007199254740992, 1234567890123456]"],
    ["long digit runs inside strings", '{"card":"4111111111111111","id":"12345678901234567891"}'],
    ["a key of digits", '{"12345678901234567891":1}'],
    ["exponent-like text in strings", '{"file":"e1234.log","hash":"ae1234f"}'],
    ["a version string of digits and dots", '{"v":"1.2.3.4.5.6.7.8.9","n":[1.25, 12345678.5]}'],
    ["trailing zeros written out", "[1.5000000000000000000, 12300000000000000000000]"],
  ])("passes %s", (_, json) => {
    expect(inexactNumber(json)).toBeUndefined();
  });
});
