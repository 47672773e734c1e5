import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { Scanner } from "../../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set(["ip_address"]) });
const emails = (text: string) =>
  scanner
    .spans(text)
    .filter((s) => s.type === "email")
    .map((s) => text.slice(s.start, s.end));

describe("a short e-mail address written a character at a time", () => {
  it.each([
    ["Rcvry eml is r c v r y @ e m a i l . c o m, st it.", "r c v r y @ e m a i l . c o m"],
    ["mail j o @ a c m e . i o.", "j o @ a c m e . i o"],
  ])("%s", (text, address) => {
    expect(emails(text)).toEqual([address]);
  });

  it.each(["x = a @ b . T", "i @ j . k", "a @ b and c @ d", "H E L L O @ h o m e"])("%s is none", (text) => {
    expect(emails(text)).toEqual([]);
  });
});
