// An e-mail address over the items of an array or the fields of an object, its dots pieces of their own
// (["john", ".", "doe", "@", "example", ".", "com"]): the run read across the neighbours ended at the piece
// after the "@" ("john.doe@example"), no address, so nothing was found (round 18). The domain now goes on
// over the pieces a dot joins to it, and stops at the first that none does.
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { Scanner } from "../../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set(["ip_address"]) });
const redacted = (value: object) => JSON.stringify(scanner.scan(value, "params", () => true).value);

describe("an e-mail address over neighbours with its dots apart", () => {
  it.each([
    ["array items", { parts: ["john", ".", "doe", "@", "example", ".", "com"] }],
    ["dots glued to the pieces", { parts: ["john.", "doe", "@", "example.", "co", ".uk"] }],
    ["object fields", { a: "jane", b: ".", c: "smith", d: "@", e: "mail", f: ".", g: "org" }],
  ])("%s", (_, value) => {
    const out = redacted(value);
    expect(out).toContain("[REDACTED:email]");
    for (const piece of ['"john', '"doe"', '"jane"', '"smith"', '"example', '"mail"'])
      expect(out).not.toContain(piece);
  });

  it("leaves the neighbours after the domain alone", () => {
    expect(redacted({ to: ["jo", "@", "example.com", "Smith", "Alice"] })).toBe(
      '{"to":["[REDACTED:email]","[REDACTED:email]","[REDACTED:email]","Smith","Alice"]}',
    );
  });

  it("reads no address where the pieces after the @ hold no domain", () => {
    expect(redacted({ row: ["id", ".", "name", "@", "home", "7", "x"] })).not.toContain("REDACTED");
  });
});
