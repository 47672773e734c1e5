// Base64 whose bytes open with a binary one (decode-binary.ts): a blob's text after a header was not read at
// all, since a run is decoded as text only when its first bytes are text (round 18).
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { Scanner } from "../../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set(["ip_address"]) });
const TOKEN = "ghp_R8kWq2ZpL5vN3xT7yB1cD4fG6hJ9mK0sA2eU";
const base64 = (bytes: string) => Buffer.from(bytes, "latin1").toString("base64");
const typesIn = (text: string) => scanner.scan(text, "result").findings.map((f) => f.type);

describe("text in base64 behind binary bytes", () => {
  // Every offset of the text in the bytes (0 to 2 mod 3), so each alignment of its base64 is read.
  it.each([
    ["one byte", "\x89"],
    ["two bytes", "\x00\x01"],
    ["a byte-order mark and a length", "\xfe\xff\x00\x2a"],
    ["a PNG signature and a tEXt chunk", "\x89PNG\r\n\x1a\n\x00\x00\x00\x2ctEXtComment\x00"],
  ])("after %s", (_, header) => {
    expect(typesIn(base64(`${header}token ${TOKEN}`))).toContain("github_token");
    expect(typesIn(base64(`${header}write to jane.roe@example.org`))).toContain("email");
  });

  // Every offset again: values of eleven to sixteen bytes with a binary byte or two around them (bare nine
  // digits are no SSN in plain text either).
  it.each([
    ["an address", "jdoe@example.com", "email"],
    ["an SSN", "078-05-1120", "ssn"],
    ["a card", "4111111111111111", "credit_card"],
  ])("finds %s between binary bytes", (_, value, type) => {
    for (const [before, after] of [
      ["\x00", "\x00\x01"],
      ["\x00\x01", "\xff"],
      ["\xfe\xff\x00", "\x00"],
    ])
      expect(typesIn(base64(`${before}${value}${after}`))).toContain(type);
  });

  it.each([
    ["without padding", "\x89PNG\r\n\x1a\n"],
    ["with its padding", "\x89PNG\r\n\x1a\n\x00\x00\x00\x2ctEXtComment\x00"],
  ])("is redacted with its whole run, %s", (_, header) => {
    const blob = base64(`${header}${TOKEN}`);
    const { value } = scanner.scan({ blob, mimeType: "image/png" }, "result", () => true);
    expect(value).toEqual({ blob: "[REDACTED:github_token]", mimeType: "image/png" });
  });

  it("finds nothing in random bytes or in short binary runs", () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) & 255;
    const bytes = Array.from({ length: 30_000 }, () => String.fromCharCode(random())).join("");
    expect(typesIn(base64(bytes))).toEqual([]);
    expect(typesIn(base64(`\x00${"short"}`))).toEqual([]);
  });
});
