// Round 31 of the secret rules, by kind, from the development corpora: each kind's case that was wrong before,
// beside its neighbour that was right and stays so.
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { Scanner } from "../../src/detect/scanner.js";
import { chars } from "./samples.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
const secretsIn = (text: string) => scanner.spans(text).filter((s) => s.category === "secret");
/** The text as it would be forwarded with every finding redacted. */
const forwarded = (text: string) =>
  (scanner.scan({ text }, "params", () => true).value as { text: string }).text;

const TOKEN = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.";

describe("a token longer than the assignment patterns read at once", () => {
  // Before this round only the first 256 characters were redacted: the tail went in the clear, and a second copy
  // of the token was not recognised as the same value.
  const long = chars(TOKEN, 900);
  it.each([
    `wrike token = '${long}'`,
    `token: "${long}"`,
    `API_TOKEN=${long}`,
    `"client_secret": "${long}", "next": 1`,
  ])("%# is redacted to its end", (text) => {
    const out = forwarded(text);
    expect(out).not.toContain(long.slice(256, 300));
    expect(out).not.toContain(long.slice(-40));
  });

  it("and so is its copy elsewhere in the text", () => {
    const text = `storychief token = '${long}' | '${long}'`;
    const out = forwarded(text);
    expect(out).not.toContain(long.slice(0, 40));
    expect(out).not.toContain(long.slice(-40));
  });

  it("what follows the token stays: its closing quote and the next field", () => {
    const text = `{"token": "${long}", "user": "ada"}`;
    expect(forwarded(text)).toMatch(/^\{"token": "\[REDACTED:[a-z_]+\]", "user": "ada"\}$/);
  });

  it("a value of 256 characters or fewer ends where it did", () => {
    const value = chars(TOKEN, 200);
    expect(forwarded(`token = "${value}"; next()`)).toMatch(/^token = "\[REDACTED:[a-z_]+\]"; next\(\)$/);
  });

  it("a long run under a credential's name that is no credential is still not reported", () => {
    // the extension follows only a value the rule reports
    expect(secretsIn(`token = ${"ab".repeat(300)}`)).toEqual([]);
  });
});
