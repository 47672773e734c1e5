// A secret cut over three text items of a result or more (split-values.ts, secretsAcrossItemRuns). A model
// reads a result's items as one text; two items were read across their junction before, three or more not.
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { Scanner } from "../../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
const items = (...texts: string[]) => ({ content: texts.map((text) => ({ type: "text", text })) });
const scan = (result: object) => scanner.scan(result, "result", () => true);
const TOKEN = "ghp_R8kWq2ZpL5vN3xT7yB1cD4fG6hJ9mK0sA2eU";
const KEY_ID = "AKIA2OGYBAH6STMMNXNL";

describe("a secret cut over three result items or more", () => {
  it.each([
    ["three items", items(TOKEN.slice(0, 14), TOKEN.slice(14, 28), TOKEN.slice(28)), "github_token"],
    [
      "four items, text around",
      items(
        `Created ${TOKEN.slice(0, 10)}`,
        TOKEN.slice(10, 20),
        TOKEN.slice(20, 30),
        `${TOKEN.slice(30)} (rotate soon)`,
      ),
      "github_token",
    ],
    ["an AWS key id in three", items("AKIA2OGY", "BAH6STMM", "NXNL"), "aws_access_key_id"],
    ["a piece a character", items(...KEY_ID), "aws_access_key_id"],
  ])("%s", (_, result, type) => {
    const { findings, value } = scan(result);
    expect(findings.map((f) => f.type)).toContain(type);
    const out = JSON.stringify(value);
    for (const piece of [TOKEN.slice(10, 20), TOKEN.slice(14, 28), "BAH6STMM"])
      expect(out).not.toContain(piece);
    expect(out).not.toMatch(/"text":"[A-Z0-9]"/);
  });

  it("keeps the text around the token", () => {
    const { value } = scan(
      items(`Created ${TOKEN.slice(0, 10)}`, TOKEN.slice(10, 20), `${TOKEN.slice(20)} (rotate soon)`),
    );
    const texts = (value as { content: { text: string }[] }).content.map((c) => c.text);
    expect(texts[0]).toMatch(/^Created /);
    expect(texts[1]).toBe("[REDACTED:github_token]");
    expect(texts[2]).toMatch(/ \(rotate soon\)$/);
  });

  // Hard negatives: short ids, words, hashes and numbers as a result's items.
  it.each([
    ["short hashes", items("3f2a9c1", "d81b44e", "e0c7aa2", "91bd0f3", "aa03be9", "47c1d2e")],
    [
      "uuids",
      items(
        "550e8400-e29b-41d4-a716-446655440000",
        "6fa459ea-ee8a-3ca4-894e-db77e160355e",
        "123e4567-e89b-12d3-a456-426614174000",
      ),
    ],
    ["words", items("alpha", "beta", "gamma", "delta")],
    ["ids", items("user_8kW2p", "order_X7q9", "item_B3n4Z", "cart_Q1w2E")],
    ["numbers", items("12", "345", "6789", "1011")],
    ["base64 of prose", items("SGVsbG8gd29y", "bGQsIHRoaXMg", "aXMgYSB0ZXN0", "IG9mIGJhc2U2")],
  ])("%s pass unchanged", (_, result) => {
    const { findings, value } = scan(result);
    expect(findings).toEqual([]);
    expect(value).toEqual(result);
  });
});
