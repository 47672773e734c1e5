// Round 45: a man page scanned at half a megabyte a second, some forty times slower than prose (`man -P cat
// curl`, 260 KB, took seconds). Its Unicode hyphens (U+2010) made the look-alike view, which also matched every
// ASCII space of the page, one regex match and one piece of the view per word; and each view of the whole page
// (the look-alikes, a URL's %20 escape) was read again under every other, the escapes of the look-alike view
// and the look-alikes of the escape view being one text read twice. The text here is shaped like such a page:
// options written with U+2010, `--option` references, curly quotes, `user:password` examples, URLs with %20.
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { Scanner } from "../../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });

/** CPU milliseconds of the fastest of `runs` scans: the machine is shared, its load not ours. */
function cpuMs(text: string, runs: number): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const started = process.cpuUsage();
    scanner.scan(text, "result");
    const used = process.cpuUsage(started);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
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

/**
 * Such a page cost forty times what prose of its length costs, and about fourteen times now (each view of the
 * whole page is still a whole scan): the bound lies between, where a shared machine's noise does not reach.
 */
const PROSE_BOUND = 24;

describe("scanning a man page", () => {
  it("costs a few times what prose of its length costs", () => {
    const page = manPage(240_000);
    const plain = prose(240_000);
    cpuMs(page, 1);
    cpuMs(plain, 1);
    const ratio = cpuMs(page, 4) / cpuMs(plain, 4);
    expect(ratio).toBeLessThan(PROSE_BOUND);
  }, 120_000);
});
