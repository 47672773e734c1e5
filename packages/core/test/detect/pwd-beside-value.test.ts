// A password beside "pwd" after a blank, letters and digits without a symbol (context-rules.ts, pwdValue):
// the shell's pwd takes no such word. Before, every positive case below was missed ("pwd" needed a symbol).
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { Scanner } from "../../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
const secretsIn = (text: string) => scanner.spans(text).filter((s) => s.category === "secret");
const redacted = (text: string) =>
  (scanner.scan({ text }, "params", () => true).value as { text: string }).text;

describe("a password beside pwd, letters and digits", () => {
  it.each(["pwd hunter22", "the vpn pwd Winter2024 works again", "PWD x7kq29mz", "wifi pwd hunter22."])(
    "%s",
    (text) => {
      expect(secretsIn(text).map((s) => s.type)).toContain("secret_assignment");
      expect(redacted(text)).not.toMatch(/hunter22|Winter2024|x7kq29mz/);
    },
  );

  // Hard negatives: the pwd command, paths, options, words, numbers; and the other names, whose plain words
  // beside them are no password ("passwd deploy22" changes that user's password).
  it.each([
    "run pwd && ls -la",
    "pwd -P",
    "pwd /home/alice2/src",
    "pwd output",
    "pwd 20241105",
    "passwd deploy22",
    "password reset2 flow",
    "pass level42 to the next stage",
    "cd build2; pwd; ls",
  ])("hard negative: %s", (text) => {
    expect(secretsIn(text)).toEqual([]);
    expect(redacted(text)).toBe(text);
  });
});
