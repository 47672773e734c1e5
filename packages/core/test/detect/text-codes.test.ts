import { describe, expect, it } from "vitest";
import { decodedViews } from "../../src/detect/decode.js";
import { isAscii, NON_ASCII, textCodes } from "../../src/detect/text-codes.js";

const expected = (text: string) =>
  Array.from({ length: text.length }, (_, i) => Math.min(text.charCodeAt(i), NON_ASCII));

describe("textCodes", () => {
  it("reads ASCII as itself and every other code unit as NON_ASCII, short or long, copied natively or not", () => {
    const ascii = "token = 0a:1b:2c\n".repeat(40);
    // U+0130 and U+0141 end in the bytes of "0" and "A": a byte-wise copy would read them as those.
    const mixed = `İŁ é ${"\u00a0".repeat(3)} 😀 ${ascii}`;
    for (const text of ["", "a", "İ0", ascii.slice(0, 20), ascii, mixed, mixed.slice(0, 30)]) {
      expect(Array.from(textCodes(text)), text.slice(0, 20)).toEqual(expected(text));
      expect(Array.from(textCodes(text, isAscii(text)))).toEqual(expected(text));
    }
    expect(isAscii(ascii)).toBe(true);
    expect(isAscii(mixed)).toBe(false);
  });

  it("is a plain Uint8Array whichever way it was made", () => {
    for (const text of ["short", "long ".repeat(100), "lång ".repeat(100)])
      expect(Object.getPrototypeOf(textCodes(text))).toBe(Uint8Array.prototype);
  });
});

describe("the probes of the decoded views find runs in a copy (long texts) or in the string (short ones)", () => {
  // Separated hex bytes spelling "ghp_" and on: found whether the text around them is ASCII or not, short or long.
  const hex = [..."ghp_Secret"].map((c) => c.charCodeAt(0).toString(16)).join(":");
  it.each([
    ["short ASCII", `key ${hex}`],
    ["long ASCII", `${"lorem ipsum ".repeat(40)}key ${hex}`],
    ["long with accents", `${"lörem ipsüm ".repeat(40)}key ${hex}`],
  ])("%s", (_, text) => {
    expect(decodedViews(text).some((v) => v.text.includes("ghp_Secret"))).toBe(true);
  });
});
