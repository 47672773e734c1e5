// HTML's other names for the characters of a value (&UnderBar; is "_" as &lowbar; is), for the separators
// that cut one (&NewLine;, &Tab;, &nbsp;, &ZeroWidthSpace;) and for letters (&gopf;): read as a browser reads
// them. The five that markup needs are still not read, and finding a name's end is bounded.
import { describe, expect, it } from "vitest";
import { decodedViews } from "../../src/detect/decode.js";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { namedReferenceAt } from "../../src/detect/named-references.js";
import { Scanner } from "../../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
const types = (text: string) => scanner.spans(text).map((s) => s.type);

const GITHUB = "ghp_R8kWq2ZpL5vN3xT7yB1cD4fG6hJ9mK0sA2eU";
const STRIPE = "sk_live_51H8xYzAbCdEfGhIjKlMnOpQrStUvWxYz0123";
const cut = (value: string, ref: string) => `${value.slice(0, 20)}${ref}${value.slice(20)}`;

describe("a token behind HTML's longer named references", () => {
  it.each([
    ["github_token", `see ${GITHUB.replace("_", "&UnderBar;")}`],
    ["stripe_key", `use ${STRIPE.replaceAll("_", "&UnderBar;")}`],
    ["github_token", `see ${cut(GITHUB, "&NewLine;")}`],
    ["github_token", `see ${cut(GITHUB, "&Tab;")}`],
    ["github_token", `see ${cut(GITHUB, "&nbsp;")}`],
    ["github_token", `see ${cut(GITHUB, "&ZeroWidthSpace;")}`],
    ["github_token", `see ${GITHUB.replace("g", "&gopf;").replace("R", "&Rscr;")}`],
  ])("%s in %s: found", (type, text) => {
    expect(types(text)).toEqual([type]);
  });

  it("reads no view out of the references markup needs, nor out of unknown names", () => {
    expect(
      decodedViews("Tom &amp; Jerry &lt;b&gt; &quot;hi&quot; &Whatever; &CounterClockwiseContourIntegral;"),
    ).toEqual([]);
  });

  it("finds a name's end within HTML's longest name", () => {
    expect(namedReferenceAt("x&UnderBar;y", 1)).toBe(true);
    expect(namedReferenceAt("x&UnderBar y;", 1)).toBe(false);
    expect(namedReferenceAt(`&${"a".repeat(100)};`, 0)).toBe(false);
  });
});
