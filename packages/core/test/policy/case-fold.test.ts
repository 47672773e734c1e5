// Case-insensitive comparison folds case as APFS and NTFS do, not only as toLowerCase does.
import { describe, expect, it } from "vitest";
import { foldCase } from "../../src/policy/case-fold.js";
import { compilePattern, matches } from "../../src/policy/patterns.js";

describe("foldCase", () => {
  it.each([
    ["credential\u017f", "credentials"], // the long s
    ["\u212aube", "kube"], // the Kelvin sign
    ["\u212bngstr\u00f6m", "\u00e5ngstr\u00f6m"], // the Angstrom sign
    ["stra\u00dfe", "strasse"],
    ["STRA\u1e9eE", "strasse"], // the capital sharp s
    [".con\ufb01g", ".config"], // the fi ligature
    ["\u039f\u0394\u039f\u03a3", "\u03bf\u03b4\u03bf\u03c3"], // a final capital sigma, folded as any sigma
  ])("%s -> %s", (text, folded) => {
    expect(foldCase(text)).toBe(foldCase(folded));
    expect(foldCase(text)).toBe(folded);
  });

  it("folds a string as it folds each of its characters", () => {
    const text = "\u03bf\u03b4\u03bf\u03c2 \u03a3x";
    expect(foldCase(text)).toBe(Array.from(text, foldCase).join(""));
  });
});

describe("an ignore-case pattern", () => {
  it("matches the long-s spelling of what it names", () => {
    const pattern = compilePattern("file:///Users/dana/secrets/**", true);
    expect(matches(pattern, foldCase("file:///Users/dana/\u017fecrets/plan.txt"))).toBe(true);
    expect(matches(pattern, foldCase("file:///Users/dana/secret/plan.txt"))).toBe(false);
  });
});
