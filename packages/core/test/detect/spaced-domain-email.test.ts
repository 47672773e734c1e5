import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { Scanner } from "../../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set(["ip_address"]) });
const emails = (text: string) =>
  scanner
    .spans(text)
    .filter((s) => s.type === "email")
    .map((s) => text.slice(s.start, s.end));

describe("an e-mail address whose domain was typed with spaces inside it", () => {
  it.each([
    ["pls reply to mrk.lee@north wind .com asap", "mrk.lee@north wind .com"],
    ["invoice goes to acct@blue sky media .net, thx", "acct@blue sky media .net"],
    ["my addr: sam_k@gmail. com", "sam_k@gmail. com"],
    ["write to jo@ex ample .org today", "jo@ex ample .org"],
  ])("%s", (text, address) => {
    expect(emails(text)).toEqual([address]);
  });

  // Hard negatives: prose after an "@", a sentence's full stop before a country's code, a bare domain.
  it.each([
    "Ask bob@home. It works now.",
    "Send it to bob@acme and the team .com folks",
    "Does mail to any name ending with @somedomain.com arrive?",
    "Mention me @ team. com",
    "meet at noon@cafe. Is that fine?",
  ])("%s holds none", (text) => {
    expect(emails(text)).toEqual([]);
  });

  it("an ordinary address before a full stop keeps its own span", () => {
    expect(emails("contact jane@example.com. Then leave")).toEqual(["jane@example.com"]);
  });

  it("pieces of a domain with no space beside its dot are left alone (nothing marks them)", () => {
    expect(emails("write to jo@ex ample.org today")).toEqual([]);
  });
});
