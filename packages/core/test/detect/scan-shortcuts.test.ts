// The scan's shortcuts (scan15) skip work whose answer is already known; each must find exactly what the
// plain way finds. Each is compared with that plain way over generated texts of the shapes it is asked about,
// and the detectors that use it are checked on the texts the shortcut was written for, hard negatives included.
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { separatedViews } from "../../src/detect/decode-separated.js";
import { LeadSearch } from "../../src/detect/lead-search.js";
import { SpacedDashes } from "../../src/detect/pii/ssn-spaced.js";
import { Scanner } from "../../src/detect/scanner.js";
import { BREAK_BETWEEN_DIGITS, BreaksBetweenDigits } from "../../src/detect/wrapped-numbers.js";

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

/** Every match of a global pattern, each search resuming where `resume` says (as the detectors' loops do). */
function globalMatches(pattern: RegExp, text: string, resume: (m: RegExpExecArray) => number): string[] {
  const found: string[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    found.push(`${m.index}:${m[0]}:${m[1] ?? ""}`);
    pattern.lastIndex = resume(m);
  }
  return found;
}

function leadMatches(search: LeadSearch, text: string, resume: (m: RegExpExecArray) => number): string[] {
  const found: string[] = [];
  const cursor = search.in(text);
  for (let m = cursor.next(0); m !== null; m = cursor.next(resume(m)))
    found.push(`${m.index}:${m[0]}:${m[1] ?? ""}`);
  return found;
}

describe("a pattern searched from its lead character", () => {
  // Both searches used by the detectors' own patterns, and one with a lookbehind and overlapping candidates.
  const patterns: Array<[string, RegExp]> = [
    [
      "8",
      /8(?:00|33|44|55|66|77|88)(\) ?|[ .-])(?=[0-9A-Z-]{0,6}[A-Z][0-9A-Z-]{0,6}[A-Z])[0-9A-Z]{3}-?[0-9A-Z]{4}(?![0-9A-Za-z])/g,
    ],
    [":", /:(?:[0-9]{1,5}|\*):/g],
    ["=", /(?<![=a])=(?:[0-9A-F]{2})+/g],
  ];
  const pieces = [
    "800-",
    "888 ",
    "FLOWERS",
    "GET-HELP",
    "8",
    "80",
    ":",
    ":5432:",
    ":*:",
    "=",
    "a=",
    "==",
    "3D",
    "x",
    " ",
    "\n",
  ];

  it("finds what the pattern's own global search finds, whether the character is rare or common", () => {
    const random = generator(8);
    let compared = 0;
    let withMatches = 0;
    for (const [lead, pattern] of patterns) {
      const search = new LeadSearch(lead, pattern);
      for (let n = 0; n < 400; n++) {
        // Half the texts are long stretches of filler with the pieces seldom (the native search all along),
        // half are pieces alone (the switch to the pattern's own search after a few tries).
        const sparse = n % 2 === 0;
        let text = "";
        const length = 20 + random(300);
        for (let i = 0; i < length; i++)
          text +=
            sparse && random(8) > 0
              ? "lorem ipsum dolor sit amet ".slice(random(20))
              : pieces[random(pieces.length)];
        for (const resume of [
          (m: RegExpExecArray) => m.index + m[0].length,
          (m: RegExpExecArray) => m.index + 1,
        ]) {
          const expected = globalMatches(pattern, text, resume);
          expect(leadMatches(search, text, resume), JSON.stringify(text)).toEqual(expected);
          compared++;
          if (expected.length > 0) withMatches++;
        }
      }
    }
    expect(compared).toBe(patterns.length * 800);
    expect(withMatches).toBeGreaterThan(compared / 3);
  });

  it("finds a match that starts right after the occurrence where it turns to the pattern's own search", () => {
    const [lead, pattern] = patterns[0] as [string, RegExp];
    const search = new LeadSearch(lead, pattern);
    const resume = (m: RegExpExecArray) => m.index + m[0].length;
    // However many failed tries come first, the next "8" begins the number.
    for (let k = 0; k < 80; k++) {
      const text = `${"8x".repeat(k)}8800-GET-HELP`;
      expect(leadMatches(search, text, resume), text).toEqual(globalMatches(pattern, text, resume));
      expect(leadMatches(search, text, resume)).toHaveLength(1);
    }
  });

  it("refuses a pattern it cannot search so", () => {
    expect(() => new LeadSearch("8", /8/)).toThrow();
    expect(() => new LeadSearch("80", /80/g)).toThrow();
  });

  it("leaves the phone detector finding a toll-free number spelled with letters, and not an 800 in prose", () => {
    const prose = "The quarterly report covers revenue, churn and hiring plans. ".repeat(40);
    expect(typesIn(`${prose}Call 1-800-FLOWERS today.${prose}`)).toContainEqual(["phone", "1-800-FLOWERS"]);
    // Hard negative: 800 among words and measures, no letters in the 3-4 layout after it.
    expect(
      typesIn(`${prose}We shipped 800 units, 888 of them by 8:00 on the 877-mile route.${prose}`),
    ).toEqual([]);
  });

  it("leaves a pgpass line read after a text without other colons, and not a time of day", () => {
    const prose = "The quarterly report covers revenue, churn and hiring plans. ".repeat(40);
    const found = typesIn(`${prose}\ndb.example.com:5432:orders:app:Zq8v-2LmX9pTr4\n${prose}`);
    expect(found).toEqual([["secret_assignment", "Zq8v-2LmX9pTr4"]]);
    // Hard negative: times and ratios have colons and digits but no pgpass line's fields.
    expect(typesIn(`${prose}\nmeet at 10:30:00, ratio 3:2:1 and 12:45\n${prose}`)).toEqual([]);
  });
});

describe("line breaks between digits, searched from the breaks", () => {
  const resume = (m: RegExpExecArray) => m.index + m[0].length;
  const fromBreaks = (text: string) => {
    const found: string[] = [];
    const breaks = new BreaksBetweenDigits(text);
    for (let m = breaks.next(0); m !== null; m = breaks.next(resume(m))) found.push(`${m.index}:${m[0]}:`);
    return found;
  };
  const pieces = [
    "4111",
    "1",
    " ",
    "\t",
    "-",
    " - ",
    "\n",
    "\r\n",
    "\r",
    "  ",
    "x",
    "12 -\n 34",
    "5\r\n\r\n6",
  ];

  it("are the matches of the pattern's own search, with breaks rare or common", () => {
    const random = generator(21);
    let compared = 0;
    let withMatches = 0;
    for (let n = 0; n < 1000; n++) {
      const sparse = n % 2 === 0;
      let text = "";
      const length = 10 + random(400);
      for (let i = 0; i < length; i++)
        text +=
          sparse && random(10) > 0
            ? "The report covers revenue and hiring plans. "
            : pieces[random(pieces.length)];
      const expected = globalMatches(BREAK_BETWEEN_DIGITS, text, resume);
      expect(fromBreaks(text), JSON.stringify(text)).toEqual(expected);
      compared++;
      if (expected.length > 0) withMatches++;
    }
    expect(withMatches).toBeGreaterThan(compared / 3);
  });

  it("finds the break right after the one where it turns to the pattern's own search", () => {
    for (let k = 0; k < 80; k++) {
      const text = `${"a\n".repeat(k)}4111 1111\n1111 1111`;
      expect(fromBreaks(text), text).toEqual(globalMatches(BREAK_BETWEEN_DIGITS, text, resume));
      expect(fromBreaks(text)).toHaveLength(1);
    }
  });

  it("leave a card wrapped in prose found, and not lines of amounts (hard negative)", () => {
    const prose = "The quarterly report covers revenue, churn and hiring plans.\n".repeat(40);
    expect(typesIn(`${prose}card 4111 1111\n1111 1111 thanks\n${prose}`)).toContainEqual([
      "credit_card",
      "4111 1111\n1111 1111",
    ]);
    // Hard negatives: a number that fails the check digit across the break, and page numbers on two lines.
    expect(typesIn(`${prose}totals 4111 1111\n1111 1112 EUR\n${prose}`).map(([type]) => type)).not.toContain(
      "credit_card",
    );
    expect(typesIn(`${prose}page 12 of 40\n13 of 40\n${prose}`)).toEqual([]);
  });
});

describe("pgpass lines, each line's later ports let go at once", () => {
  const times = (n: number) => "2026-11-23T12:00:00Z ok, 12:30:15 again; ".repeat(n);
  const passwords = (text: string) =>
    typesIn(text)
      .filter(([type]) => type === "secret_assignment")
      .map(([, value]) => value);

  it("reads the lines after a long line full of times, and every line of a file", () => {
    const file = "db1.example.com:5432:orders:app:Zq8v-2LmX9pTr4\n*:6432:*:report:Wk3n_Pq7sLr2x\n";
    expect(passwords(`${times(200)}\n${file}${times(3)}\n${file}`)).toEqual([
      "Zq8v-2LmX9pTr4",
      "Wk3n_Pq7sLr2x",
      "Zq8v-2LmX9pTr4",
      "Wk3n_Pq7sLr2x",
    ]);
  });

  it("leaves a line whose host is too long, or which a time begins, unread (hard negatives)", () => {
    // The host's length is counted from the line's start, so fields after 300 characters are no pgpass line;
    // a line is tried once, from its first port, and a time there is no host and port.
    expect(passwords(`${"x".repeat(300)} db:5432:orders:app:Zq8v-2LmX9pTr4\n`)).toEqual([]);
    expect(passwords(`10:30:00 db:5432:orders:app:Zq8v-2LmX9pTr4\n`)).toEqual([]);
    expect(passwords(`${times(100)}\n`)).toEqual([]);
  });
});

describe("quoted-printable marks among many other equals signs", () => {
  const SECRET = "ghp_R8kWq2ZpL5vN3xT7yB1cD4fG6hJ9mK0sA2eU";
  // Rare "=" (prose: the native search all along) and common ones (key=value logs: the pattern's own pass).
  const fillers = ["The report covers revenue and hiring plans. ", "status=200 duration_ms=12 bytes=4096 "];

  it.each(fillers)("a soft line break or =XX bytes are still read after %j", (filler) => {
    const encoded = [...Buffer.from(SECRET)].map((b) => `=${b.toString(16).toUpperCase()}`).join("");
    for (const written of [`${SECRET.slice(0, 9)}=\r\n${SECRET.slice(9)}`, encoded]) {
      const views = separatedViews(`${filler.repeat(300)}${written} ${filler.repeat(3)}`);
      expect(views.some((v) => v.text.includes(SECRET))).toBe(true);
    }
  });

  it.each(fillers)("padded base64 lines and assignments make no view after %j (hard negative)", (filler) => {
    const text = `${filler.repeat(300)}ANY_KEY = ZHVtbXkgdGV4dA==\nNEXT=c2Vjb25k==\nA=B C=D E==F\n`;
    expect(separatedViews(text)).toEqual([]);
  });
});
