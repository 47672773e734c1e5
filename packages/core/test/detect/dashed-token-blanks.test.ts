// A dashed token (Slack's xoxb-<team>-<bot>-<secret>) whose parts are cut by blanks beside a dash: "xoxb- 1234…",
// "…9012 -3456…", "…0123- AbCd…". A reader joins it back at once. Before, the first two were missed whole and
// the third was redacted only up to the dash, its secret part left bare after it (chunked-tokens.ts, engine.ts).
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { Scanner } from "../../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
const secretsIn = (text: string) => scanner.spans(text).filter((s) => s.category === "secret");
const redacted = (text: string) =>
  (scanner.scan({ text }, "params", () => true).value as { text: string }).text;

const TEAM = "123456789012";
const BOT = "1234567890123";
const SECRET = "AbCdEfGhIjKlMnOpQrStUvWx";

describe("a dashed token cut by blanks beside its dashes", () => {
  it.each([
    `bot xoxb- ${TEAM}-${BOT}-${SECRET} for ci`,
    `bot xoxb-${TEAM} -${BOT}-${SECRET} for ci`,
    `bot xoxb-${TEAM}-${BOT}- ${SECRET} for ci`,
    `bot xoxb-${TEAM} - ${BOT} - ${SECRET} for ci`,
    `bot xoxp-${TEAM}-\n${BOT}-\n${SECRET}\nfor ci`,
  ])("%j", (text) => {
    expect(secretsIn(text).map((s) => s.type)).toContain("slack_token");
    const out = redacted(text);
    for (const part of [TEAM, BOT, SECRET]) expect(out).not.toContain(part);
    expect(out).toMatch(/^bot \[REDACTED:slack_token\]\s+for ci$/);
  });

  // Hard negatives: a prefix named in prose, dashes as punctuation, numbers and words after a dash.
  it.each([
    "xoxb- is the prefix of a bot token - see the docs",
    "xoxb - bot, xoxp - user: the two kinds we issue",
    "release xoxp-2024 - 12345678 - notes for everyone",
    "ticket 123456789012 - 1234567890123 - AbCdEfGhIjKlMnOpQrStUvWx",
    "steps: build - test - deploy - verify, 2024-11-05 - 2024-11-06",
  ])("%j is left alone", (text) => {
    expect(secretsIn(text)).toEqual([]);
    expect(redacted(text)).toBe(text);
  });
});
