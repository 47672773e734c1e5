// The engine's cheap gates (scan14) must say exactly what the slower check they replace says: each is
// compared with that check over every input of the shapes it is asked about.
import { describe, expect, it } from "vitest";
import { isSeparatorAt, SEPARATORS } from "../../src/detect/secrets/split-prefixes.js";

describe("a cut's separator, read in place", () => {
  // Every character the keyword pass reads in a trigger's separator place (a blank-like one, the dash), and
  // a few it never reports there, in every pair.
  const seen = [" ", "\t", "\r", "\n", ",", ";", "-", ".", "a", "_", "\u00a0", ":"];
  it("agrees with the list of separators for one and two characters", () => {
    let compared = 0;
    for (const a of seen) {
      const text = `x${a}yz`;
      expect(isSeparatorAt(text, 1, 1), JSON.stringify(a)).toBe(SEPARATORS.includes(a));
      compared++;
      for (const b of seen) {
        const two = `x${a}${b}yz`;
        expect(isSeparatorAt(two, 1, 2), JSON.stringify(a + b)).toBe(SEPARATORS.includes(a + b));
        compared++;
      }
    }
    expect(compared).toBe(seen.length * (seen.length + 1));
  });
  it("holds nothing of another width, and nothing past the end of the text", () => {
    expect(isSeparatorAt("x yz", 1, 0)).toBe(false);
    expect(isSeparatorAt("x   z", 1, 3)).toBe(false);
    expect(isSeparatorAt("x,", 1, 2)).toBe(false);
    expect(isSeparatorAt("x", 1, 1)).toBe(false);
  });
});
