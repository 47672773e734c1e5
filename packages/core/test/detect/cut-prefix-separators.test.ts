// A vendor's prefix cut after its first letter, or at a line break, a comma, a semicolon or a dash
// (split-prefixes.ts): read with the separator taken out, by the prefix's own format rules. Before, only a
// blank after two characters or more was read ("gh p_…"); each case below was missed.
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { Scanner } from "../../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
const secretsIn = (text: string) => scanner.spans(text).filter((s) => s.category === "secret");
const redacted = (text: string) =>
  (scanner.scan({ text }, "params", () => true).value as { text: string }).text;

const BODY = "R8kWq2ZpL5vN3xT7yB1cD4fG6hJ9mK0sA2eU";
const KEY_ID = "2OGYBAH6STMMNXNL";

describe("a vendor's prefix cut by other separators, or after one letter", () => {
  it.each([
    [`g hp_${BODY}`, "github_token"],
    [`g\nhp_${BODY}`, "github_token"],
    [`token: gh\r\np_${BODY} (new)`, "github_token"],
    [`g-hp_${BODY}`, "github_token"],
    [`g,hp_${BODY}`, "github_token"],
    [`g, hp_${BODY}`, "github_token"],
    [`gh;p_${BODY}`, "github_token"],
    [`id A\nKIA${KEY_ID} for ci`, "aws_access_key_id"],
    [`id AKI-A${KEY_ID} for ci`, "aws_access_key_id"],
  ])("%j", (text, type) => {
    expect(secretsIn(text).map((s) => s.type)).toContain(type);
    const out = redacted(text);
    expect(out).not.toContain(BODY.slice(0, 12));
    expect(out).not.toContain(KEY_ID.slice(0, 8));
    expect(out).toContain("[REDACTED:");
  });

  it("keeps the text around the cut token", () => {
    expect(redacted(`before g\nhp_${BODY} after`)).toBe("before [REDACTED:github_token] after");
  });

  // Hard negatives: words and lines that start like a cut prefix but go on as no token does.
  it.each([
    "a kind of magic",
    "A\nKIA dealer in town",
    "g-hp_ is how the old docs spelled it",
    "g hp_short",
    "gh-pages branch deployed",
    "g, h, p and q are letters",
    "x-ox-b tic tac toe",
    "s\nk_live is the key's prefix",
    "e.g. hp_laptop_01 is the host",
    // A dot between letters writes a name, not a cut.
    `gh.p_${BODY}`,
    `ruby.gems_${"cec9db9373ea171d".repeat(3)}`,
  ])("hard negative: %j", (text) => {
    expect(secretsIn(text)).toEqual([]);
    expect(redacted(text)).toBe(text);
  });
});
