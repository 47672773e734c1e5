// Round 45: a man page scanned at half a megabyte a second, some forty times slower than prose (`man -P cat
// curl`, 260 KB, took seconds). Its Unicode hyphens (U+2010) made the look-alike view, which also matched every
// ASCII space of the page, one regex match and one piece of the view per word; and each view of the whole page
// (the look-alikes, a URL's %20 escape) was read again under every other, the escapes of the look-alike view
// and the look-alikes of the escape view being one text read twice. The text here is shaped like such a page:
// options written with U+2010, `--option` references, curly quotes, `user:password` examples, URLs with %20.
//
// The test counts the characters the detectors are given, not the time they take: a timed ratio held locally
// (15 times prose) and read 43 in CI, where other test files ran beside it. The timing is benchmark/scan-views.mjs.
import { describe, expect, it } from "vitest";
import { builtInDetectors, type Detector } from "../../src/detect/detectors.js";
import { Scanner } from "../../src/detect/scanner.js";

/** A scanner whose detectors count the characters of every text they are asked to read. */
function countingScanner(): { scanner: Scanner; readsPerCharacter: (text: string) => number } {
  let read = 0;
  const detectors = builtInDetectors().map((detector): Detector => {
    const counted = Object.create(detector) as Detector;
    counted.find = (text, ...rest) => {
      read += text.length;
      return detector.find(text, ...rest);
    };
    return counted;
  });
  const scanner = new Scanner(detectors, { threshold: 0.8, disabled: new Set() });
  return {
    scanner,
    readsPerCharacter(text) {
      read = 0;
      scanner.scan(text, "result");
      return read / text.length / detectors.length;
    },
  };
}

const WORDS =
  "the of transfer server option request header file data will with when this that which output".split(" ");

function prose(length: number): string {
  let text = "";
  for (let i = 0; text.length < length; i++)
    text += (WORDS[(i * 7 + (i >> 3)) % WORDS.length] as string) + (i % 13 === 12 ? ".\n" : " ");
  return text;
}

/** Entries of an options list as `man -P cat` prints them. */
function manPage(length: number): string {
  let text = "";
  for (let i = 0; text.length < length; i++) {
    text += `       \u2010\u2010opt\u2010name${i}, \u2010o${i % 10} <value>\n`;
    text += `              Use \u201cvalue\u201d for the transfer ${i}; see --max-time${i} and --retry.\n`;
    text += `              Example:\n               curl -u user${i}:passw0rd${i} https://example.com/a%20b/${i}\n\n`;
  }
  return text;
}

describe("scanning a man page", () => {
  const { readsPerCharacter } = countingScanner();

  it("reads the page and each view of it once: the look-alikes, the escapes, and the two composed", () => {
    // Six before: the composed view was read once in each order.
    expect(readsPerCharacter(manPage(60_000))).toBeLessThanOrEqual(4);
  });

  it("makes no look-alike view of prose whose only look-alikes are ASCII spaces", () => {
    // Three before: a curly quote made the page non-ASCII, every space matched the look-alike pattern and
    // was replaced by itself, and the unchanged copy was read as a view, then its escapes.
    expect(readsPerCharacter(`\u201cquoted\u201d ${prose(60_000)}`)).toBe(1);
    expect(readsPerCharacter(prose(60_000))).toBe(1);
  });
});
