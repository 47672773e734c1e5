// SplitPrefixes.cutAt by trigger number (split-prefixes.ts): the rest of a cut prefix is compared in place, and
// the engine skips a second trigger at a place where one of the same width found nothing. Both must report
// exactly the cuts the earlier lookup by trigger text and copied comparison reported.
import { describe, expect, it } from "vitest";
import { SplitPrefixes } from "../../src/detect/secrets/split-prefixes.js";

/** One format prefix, cut after its first letter: its triggers and the cuts each reports in `text` at `at`. */
function cutsAt(prefix: string, text: string, at: number): string[] {
  const split = new SplitPrefixes([prefix], Uint8Array.of(1));
  const found: string[] = [];
  split.triggers().forEach((_, trigger) => {
    split.cutAt(text, at, trigger, (start, blank, width, keyword) =>
      found.push(`${start},${blank},${width},${keyword}`),
    );
  });
  return [...new Set(found)];
}

describe("cut prefixes found by trigger number", () => {
  it("reads the rest in any case of ASCII", () => {
    expect(cutsAt("abcdk_", "a BcDk_X1y2Z3", 0)).toEqual(["0,1,1,0"]);
    expect(cutsAt("abcdk_", "a bcdq_X1y2Z3", 0)).toEqual([]);
  });

  it("leaves a character beyond ASCII to toLowerCase, as the copied comparison did", () => {
    // The Kelvin sign's lower case is "k": toLowerCase read "a bcd\u212a_" as the prefix cut.
    expect(cutsAt("abcdk_", "a bcd\u212a_X1y2Z3", 0)).toEqual(["0,1,1,0"]);
    // A dotted capital I lowers to two characters: no cut, as before.
    expect(cutsAt("abcdk_", "a bcd\u0130_X1y2Z3", 0)).toEqual([]);
  });

  it("says whether it found a cut, and gives each trigger's separator width", () => {
    const split = new SplitPrefixes(["abcdk_"], Uint8Array.of(1));
    const triggers = split.triggers();
    const blank = triggers.indexOf("a bc");
    expect(blank).toBeGreaterThanOrEqual(0);
    expect(split.widthOf(blank)).toBe(1);
    expect(split.cutAt("a bcdk_X1y2Z3", 0, blank, () => undefined)).toBe(true);
    expect(split.cutAt("a bcdk_ ", 0, blank, () => undefined)).toBe(false);
    expect(() => split.cutAt("a bcdk_X1", 0, triggers.length, () => undefined)).toThrow(/unknown trigger/);
  });
});
