// An e-mail address's local part as RFC 5322 allows it: a hyphen, underscore or plus may start or end it
// (only a dot may not), so such an address is found whole; what is no address stays nothing.
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { Scanner } from "../../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set(["ip_address"]) });
const found = (text: string) => scanner.spans(text).map((s) => [s.type, text.slice(s.start, s.end)]);

describe("local parts with punctuation at either end", () => {
  it.each(["user-@example.org", "-john@example.com", "_jane_@example.com", "user+@example.com"])(
    "%s is an address",
    (address) => {
      expect(found(`write to ${address} today`)).toEqual([["email", address]]);
    },
  );

  it.each([
    ".email@example.com",
    "email.@example.com",
    "a..b@example.com",
    "--@example.com",
    "%s@example.com",
  ])("%s is not", (text) => {
    expect(found(text)).toEqual([]);
  });
});
