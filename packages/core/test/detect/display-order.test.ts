// Text stored backwards behind a right-to-left override (U+202E), shown forwards by every client
// (decode-display-order.ts): not read at all before round 18.
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { Scanner } from "../../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set(["ip_address"]) });
const TOKEN = "ghp_R8kWq2ZpL5vN3xT7yB1cD4fG6hJ9mK0sA2eU";
const backwards = (text: string) => `\u202e${[...text].reverse().join("")}`;
const redacted = (text: string) => JSON.stringify(scanner.scan({ text }, "result", () => true).value);

describe("a value written backwards behind a right-to-left override", () => {
  it.each([
    [
      "a token up to the override's pop",
      `key: ${backwards(TOKEN)}\u202c (rotate it)`,
      "github_token",
      "(rotate it)",
    ],
    [
      "an address up to the line's end",
      `mail ${backwards("jane.roe@example.org")}\nnext line`,
      "email",
      "next line",
    ],
    ["an SSN up to an isolate's end", `${backwards("SSN 078-05-1120")}\u2069 on file`, "ssn", "on file"],
  ])("%s", (_, text, type, kept) => {
    const out = redacted(text);
    expect(out).toContain(`[REDACTED:${type}]`);
    expect(out).toContain(kept);
  });

  it("leaves text after the stretch alone, and reads no override where there is none", () => {
    expect(redacted(`${backwards("abc")}\u202c plain words`)).not.toContain("REDACTED");
    expect(redacted(`\u2067${TOKEN.split("").reverse().join("")}\u2069`)).not.toContain("REDACTED");
  });
});
