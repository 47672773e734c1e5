// A platform's ids that pass a card's checks (pii/context.ts platformId): an id where it stands as one, but a
// card sent to a collector in a web URL's path is still a card.
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { Scanner } from "../../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
const cards = (text: string) => scanner.spans(text).filter((s) => s.type === "credit_card");
/** Whether the scanner reads CARD, where it stands in the text, as a card. */
const cardFound = (text: string) =>
  cards(text).some((s) => s.start <= text.indexOf(CARD) && s.end >= text.indexOf(CARD) + CARD.length);

const DISCORD = "622198451234567897"; // 18 digits in UnionPay's range, Luhn-valid
const VARIANT = "39345187831841"; // 14 digits in Diners Club's range, Luhn-valid
const CARD = "4539148803436467";

describe("a card-shaped number in a URL's path", () => {
  it.each([
    [
      "one of a run of numbers in a web URL",
      `https://discord.com/channels/${DISCORD}/${DISCORD}/123456789012`,
    ],
    ["the last of such a run", `https://discord.com/channels/${DISCORD}/${DISCORD}`],
    ["an app's id URI", `gid://shopify/ProductVariant/${VARIANT}`],
    ["another app's id URI", `shopify://admin/products/${VARIANT}`],
  ])("is an id: %s", (_, text) => {
    expect(cards(text)).toEqual([]);
  });

  it.each([
    ["alone in a web URL's path", `https://collector.example/log/${CARD}`],
    ["alone in a URL without its scheme", `collector.example/log/${CARD}?t=1`],
    ["called a card there", `https://shop.example/cards/${CARD}/${DISCORD}`],
    // A run excuses ids alone: a second number of another shape (MMYY and CVV, a date, a Unix time) is no id.
    ["beside its expiry and CVV", `https://evil.example/p/${CARD}/1227123`],
    ["beside a date", `https://evil.example/p/${CARD}/20271231`],
    ["after a Unix time", `https://evil.example/p/1732700000/${CARD}`],
    ["after a platform's id", `https://evil.example/p/${DISCORD}/${CARD}`],
    // Another network scheme, or none before "//", still names a host (round 41).
    ["alone in a WebSocket URL's path", `wss://evil.example/p/${CARD}`],
    ["alone in an FTP URL's path", `ftp://files.example.org:2121/in/${CARD}`],
    ["alone in an SFTP URL's path, with a user", `sftp://drop@203.0.113.9/upload/${CARD}`],
    ["alone in a scheme-relative URL's path", `//evil.example/p/${CARD}`],
    ["alone in a path on localhost", `ws://localhost:8080/log/${CARD}`],
    // A network scheme names a host whatever it is called: an intranet's host has no dot (round 41's review).
    ["alone in an FTP URL's path on an intranet host", `ftp://fileserver/upload/${CARD}`],
    ["alone in a WebSocket URL's path on an intranet host", `wss://collector:9443/p/${CARD}`],
  ])("is a card: %s", (_, text) => {
    expect(cardFound(text)).toBe(true);
  });
});

describe("a card-shaped number under a field named as an id", () => {
  it.each([
    ["a bare run of digits", `{"id": "${DISCORD}"}`],
    ["a bare run after id=", `channel_id=${DISCORD}`],
  ])("is an id: %s", (_, text) => {
    expect(cards(text)).toEqual([]);
  });

  it.each([
    ["grouped with spaces", `{"id": "4539 1488 0343 6467"}`],
    ["grouped with dashes", `userId: 4539-1488-0343-6467`],
    ["in a mention, grouped", `<@4539 1488 0343 6467>`],
  ])("is a card: %s", (_, text) => {
    expect(cards(text)).toHaveLength(1);
  });
});

describe("many ids in one result", () => {
  it("judges every id by its name, and what follows each id is still found (the findings an id drops stay dropped)", () => {
    const records = Array.from({ length: 500 }, (_, i) => ({
      id: i % 2 ? "4539 1488 0343 6467" : DISCORD,
      channel_id: DISCORD,
      ssn: "078-05-1120",
      password: `Tr0ub4dor&${i}x`,
    }));
    const out = JSON.stringify(scanner.scan({ records }, "r", () => true).value);
    expect(out).not.toMatch(/4539 1488|078-05-1120|Tr0ub4dor/);
    expect(out.split(DISCORD).length - 1).toBe(750);
  });
});
