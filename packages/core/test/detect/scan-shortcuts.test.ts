// The scan's shortcuts (scan15) skip work whose answer is already known; each must find exactly what the
// plain way finds. Each is compared with that plain way over generated texts of the shapes it is asked about,
// and the detectors that use it are checked on the texts the shortcut was written for, hard negatives included.
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { SpacedDashes } from "../../src/detect/pii/ssn-spaced.js";
import { Scanner } from "../../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
const typesIn = (text: string) => scanner.spans(text).map((s) => [s.type, text.slice(s.start, s.end)]);

/** A small deterministic generator, so a failure names the text it failed on. */
function generator(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
}

/** Every dash with a space just before or after it, read character by character. */
function spacedDashesPlainly(text: string): number[] {
  const found: number[] = [];
  for (let i = 0; i < text.length; i++)
    if (text[i] === "-" && (text[i - 1] === " " || text[i + 1] === " ")) found.push(i);
  return found;
}

function spacedDashesFound(text: string): number[] {
  const dashes = new SpacedDashes(text);
  const found: number[] = [];
  for (let dash = dashes.next(0); dash >= 0; dash = dashes.next(dash + 1)) found.push(dash);
  return found;
}

describe("dashes with a space beside them", () => {
  it("are the ones a character-by-character reading finds, sparse or dense, in order", () => {
    const random = generator(15);
    // Few dashes (prose), many (log lines of dates and UUIDs), and runs of them ("- -", "--- ").
    const alphabets = ["ab -", "abcdefgh -", "a1-", "- ", "a -- b", "abcdefghijklmnopqrstuvwxyz0123456789 -"];
    let compared = 0;
    let withSpaced = 0;
    for (const alphabet of alphabets) {
      for (let n = 0; n < 300; n++) {
        let text = "";
        const length = random(400);
        for (let i = 0; i < length; i++) text += alphabet[random(alphabet.length)];
        const expected = spacedDashesPlainly(text);
        expect(spacedDashesFound(text), JSON.stringify(text)).toEqual(expected);
        compared++;
        if (expected.length > 0) withSpaced++;
      }
    }
    expect(compared).toBe(alphabets.length * 300);
    expect(withSpaced).toBeGreaterThan(compared / 5);
  });

  it("are found after a long stretch of dense dashes without a space (the switch to the regex)", () => {
    const dense = "2026-11-23T12:00:00Z 4f3c-a1b2-9e0d".repeat(200);
    const text = `${dense}a -b${dense}c- d${dense} -`;
    expect(spacedDashesFound(text)).toEqual(spacedDashesPlainly(text));
    expect(spacedDashesFound(text)).toHaveLength(3);
  });

  it("leave the SSN detector finding spaced SSNs among dense dashes, and not a dashed date range", () => {
    const logs = "2026-11-23 id=6f1c2e7a-0b1d-4c55-9a0e-1b2c3d4e5f60 ok\n".repeat(100);
    expect(typesIn(`${logs}ssn: 1 2 3 - 4 5 - 6 7 8 9\n${logs}`)).toContainEqual([
      "ssn",
      "1 2 3 - 4 5 - 6 7 8 9",
    ]);
    // Hard negative: numbers with spaced dashes that are no SSN (a range of years, a score, a sum).
    expect(typesIn(`${logs}from 2019 - 2021, a score of 3 - 2 and 12 - 4 - 2026\n${logs}`)).toEqual([]);
  });
});

describe("addresses in a window around each @", () => {
  it("are all found when several stand in one window, the last one included", () => {
    const text = "Write to ana@example.org, bo@example.net or cy.d@example.co.uk about it.";
    expect(typesIn(text)).toEqual([
      ["email", "ana@example.org"],
      ["email", "bo@example.net"],
      ["email", "cy.d@example.co.uk"],
    ]);
  });

  it("are found when one starts right where the last one ends", () => {
    const text = "ann@example.org!b@example.net";
    expect(typesIn(text)).toEqual([
      ["email", "ann@example.org"],
      ["email", "!b@example.net"],
    ]);
  });

  it("are found after an @ that starts no address, in the same window", () => {
    const text = `ping @team (cc @ops) then mail ${"x".repeat(30)} jo@example.com`;
    expect(typesIn(text)).toEqual([["email", "jo@example.com"]]);
  });

  it("are not found in prose with mentions and decorators and no address (hard negative)", () => {
    const prose = "Thanks @maria for the review; the @Injectable() decorator and @types/node stay. ".repeat(
      20,
    );
    expect(typesIn(prose)).toEqual([]);
  });
});
