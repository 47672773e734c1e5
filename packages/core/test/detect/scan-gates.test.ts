// The engine's cheap gates (scan14) must say exactly what the slower check they replace says: each is
// compared with that check over every input of the shapes it is asked about.
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { Scanner } from "../../src/detect/scanner.js";
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

describe("a run of digits alone, judged by the short path of the phone detector", () => {
  const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
  const phones = (text: string) =>
    scanner
      .spans(text)
      .filter((s) => s.type === "phone")
      .map((s) => text.slice(s.start, s.end));
  it.each([
    ["call 4155550132", ["4155550132"]],
    ["Phone: 00442079460958", ["00442079460958"]],
    ["see 01144207946095", ["01144207946095"]],
    ["fax: 20231301", ["20231301"]],
  ])("finds %j", (text, found) => {
    expect(phones(text)).toEqual(found);
  });
  it.each([
    // hard negatives: a count in a loop, and runs that only a label could make a phone number
    "for (let i = 0; i < 1000000; i++) total += values[i];",
    "see 4155550132",
    "see 00442079460958",
    // called something else, or a date written without separators
    "order no. 4155550132",
    "phone order no. 4155550132",
    "call ref 00442079460958",
    "invoice 01144207946095",
    "fax: 20230301",
  ])("lets %j go", (text) => {
    expect(phones(text)).toEqual([]);
  });
});
