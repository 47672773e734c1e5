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

  it.each(["email.@example.com", "--@example.com", "%s@example.com"])("%s is not", (text) => {
    expect(found(text)).toEqual([]);
  });

  // Dots before an address are punctuation, not part of it: the match used to be dropped whole (round 18).
  it.each([
    [".email@example.com", "email@example.com"],
    ["a..b@example.com", "b@example.com"],
    ["Contact us...support@example.com", "support@example.com"],
  ])("in %s the address after the dots is found", (text, address) => {
    expect(found(text)).toEqual([["email", address]]);
  });
});

describe("a local part cut by a line break at one of its dots", () => {
  it.each([
    ["write to john.\ndoe@example.com now", "john.\ndoe@example.com"],
    ["write to john\n.doe@example.com now", "john\n.doe@example.com"],
    ["mail: jane \r\n    .smith@example.org", "jane \r\n    .smith@example.org"],
  ])("%j is found from its first line", (text, address) => {
    expect(found(text)).toEqual([["email", address]]);
  });

  it.each([
    ["a blank line between", "Thanks.\n\nbob@example.com", "bob@example.com"],
    ["a dot on both sides", "john.\n.doe@example.com", "doe@example.com"],
    ["no dot at the cut", "write to\nbob@example.com", "bob@example.com"],
    ["a path before the cut", "see /srv/a.\nbob@example.com", "a.\nbob@example.com"],
  ])("with %s, the line before is joined only as far as a local part goes", (_, text, address) => {
    expect(found(text)).toEqual([["email", address]]);
  });
});
