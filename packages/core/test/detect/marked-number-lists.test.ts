// Digits found in public files that were read as credentials (issue 12, false positives): a regular
// expression's alternatives whose digits pass a card's checksum (joke2k/faker's Italian VAT pattern), and a
// Bootstrap class whose lower-case words, read on, spelled a Mandrill key (mailcow's Syncjobs.twig). Cards
// joined by the same marks but printed or named as cards, and Mandrill's own keys, stay found.
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { Scanner } from "../../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set(["ip_address"]) });
const found = (text: string, type: string) =>
  scanner
    .spans(text)
    .filter((s) => s.type === type)
    .map((s) => text.slice(s.start, s.end));

describe("numbers joined by a bar or a slash", () => {
  it.each([
    ['vat_regex = re.compile(r"^IT\\d{7}(0\\d{2}|100|120|121|888|999)\\d$", flags=re.ASCII)'],
    ["GET /items/100/120/121/888/999 HTTP/1.1"],
  ])("are no card in %j", (text) => {
    expect(found(text, "credit_card")).toEqual([]);
  });

  it.each([
    ["x 4539|1488|0343|6467 y", "4539|1488|0343|6467"],
    ["Visa 4539/1488/0343/6467", "4539/1488/0343/6467"],
    ["card: 100|120|121|888|999", "100|120|121|888|999"],
    ["pan 453914|88034|36467", "453914|88034|36467"],
  ])("are a card printed or named as one: %j", (text, card) => {
    expect(found(text, "credit_card")).toEqual([card]);
  });
});

describe("a Mandrill key's prefix before words", () => {
  it("is a CSS class, not a key", () => {
    const page = '<span class="d-none d-md-block">{{ lang.user.sync_jobs }}</span>';
    expect(found(page, "mandrill_api_key")).toEqual([]);
  });

  it("still finds a key", () => {
    expect(found("MANDRILL_KEY=md-Zq3vT8mK1pX9wL2nR7sY4b", "mandrill_api_key")).toEqual([
      "md-Zq3vT8mK1pX9wL2nR7sY4b",
    ]);
  });
});
