// False refusal (round 49, found from outside): the zero-width non-joiner (U+200C) is part of ordinary Persian
// spelling, not a hidden character: the present tense "می‌کند" (does), plurals such as "کتاب‌ها" (books) and
// compounds like "برمی‌گرداند" are written with it, and every Persian keyboard types it. The guard counts it as
// hidden wherever it stands, so an ordinary Persian result is rewritten under the default `hidden_characters:
// strip` (its words run together: "میکند"), refused whole under `hidden_characters: block`, and a Persian tool
// description earns "hidden zero-width character". Round 47 already exempts the joiner inside an emoji for the
// same reason. Fixed: one U+200C between two letters of a script that writes with it (Arabic script, and the
// Indic scripts that use it to stop a conjunct) is read as text; a run of them, or one between Latin letters,
// is still hidden.
import { describe, expect, it } from "vitest";
import { reviewResult } from "../src/integrity/results.js";
import { scoreDefinition } from "../src/integrity/listing.js";
import { definitionText } from "../src/integrity/poison.js";
import { DEFAULT_INTEGRITY } from "../src/policy/policy.js";

const PERSIAN =
  "این ابزار دو عدد را جمع می‌کند و نتیجه را برمی‌گرداند. کتاب‌ها و مقاله‌ها در پوشهٔ اسناد نگهداری می‌شوند.";
const result = (text: string) => ({ jsonrpc: "2.0", id: 7, result: { content: [{ type: "text", text }] } });

describe("Persian text written with the zero-width non-joiner", () => {
  it("passes a Persian result unchanged under the default rules", () => {
    expect(
      reviewResult(DEFAULT_INTEGRITY, result(PERSIAN), { name: "read_file", arguments: {} }).action,
    ).toBe("pass");
  });

  it("does not refuse a Persian result under hidden_characters: block", () => {
    const rules = { ...DEFAULT_INTEGRITY, hidden_characters: "block" as const };
    expect(reviewResult(rules, result(PERSIAN), { name: "read_file", arguments: {} }).action).not.toBe(
      "block",
    );
  });

  it("gives a Persian tool description no hidden-character signal", () => {
    const tool = { name: "add", description: PERSIAN, inputSchema: { type: "object", properties: {} } };
    const report = scoreDefinition("tool", "add", tool, definitionText(tool), new Set(["add"]));
    expect(report.signals).toEqual([]);
  });

  it("(control) a run of non-joiners between Latin letters is still hidden", () => {
    const text = "Weather for Paris: 14C.\u200c\u200c\u200c\u200c";
    expect(reviewResult(DEFAULT_INTEGRITY, result(text), { name: "read_file", arguments: {} }).action).toBe(
      "modify",
    );
  });

  it("(control) passes a Hindi result whose non-joiner stops a conjunct after a virama", () => {
    const hindi =
      "\u0915\u094d\u200c\u0937 \u0905\u0915\u094d\u200d\u0937\u0930 \u0932\u093f\u0916\u093e \u0939\u0948\u0964";
    expect(reviewResult(DEFAULT_INTEGRITY, result(hindi), { name: "read_file", arguments: {} }).action).toBe(
      "pass",
    );
  });

  it.each([
    ["a run of them between Persian letters", "\u0645\u06cc\u200c\u200c\u200c\u06a9\u0646\u062f"],
    ["one between Latin letters", "Weather: ig\u200cnore the rain."],
    ["one between a Persian and a Latin letter", "\u0645\u06cc\u200cignore"],
  ])("(control) %s is still hidden", (_what, text) => {
    expect(reviewResult(DEFAULT_INTEGRITY, result(text), { name: "read_file", arguments: {} }).action).toBe(
      "modify",
    );
  });
});
