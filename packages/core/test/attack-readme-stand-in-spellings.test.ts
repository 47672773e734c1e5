// False refusal (round 47, found from outside): stand-in values in the READMEs of popular packages, read from
// node_modules by any coding agent, are redacted as secrets. docs/detection.md drops "a stand-in word,
// numbered or not (`changeme`, `secret123`, …)", and `const pass = 'password'` passes, but:
// - simple-get's README (`const pass = 'pa$$word'`): the word "password" in the spelling every tutorial uses;
// - playwright-cli's storage-state reference (`localStorage.setItem('token', 'jwt_abc123')`): a type's name
//   and the stand-in `abc123`, which passes alone (`'abc123'`).
// An agent shown the README sees `[REDACTED:secret_assignment]` where the example's value was, and a README
// edited and written back is refused. A correct guard reads these as the stand-ins they are; a random
// password in the same line is still redacted.
import { describe, expect, it } from "vitest";
import { DEFAULT_ACTIONS, FALLBACK_ACTIONS } from "../src/detect/actions.js";
import { builtInDetectors } from "../src/detect/detectors.js";
import { Scanner } from "../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
/** What the client is shown under the default actions (a type the table does not know counts as a secret). */
const shown = (text: string) => {
  const redacted = (type: string) => (DEFAULT_ACTIONS[type] ?? FALLBACK_ACTIONS).response === "redact";
  const out = scanner.scan({ content: [{ type: "text", text }] }, "result", redacted);
  return (out.value as { content: { text: string }[] }).content[0]!.text;
};

const README_LINES: [string, string][] = [
  ["simple-get's README", "const user = 'user'\nconst pass = 'pa$$word'\n"],
  ["playwright-cli's storage-state.md", "    localStorage.setItem('token', 'jwt_abc123');\n"],
];

describe("stand-ins in package READMEs", () => {
  it.each(README_LINES)("%s passes unredacted", (_name, text) => {
    expect(shown(text)).toBe(text);
  });

  it("the stand-ins the docs list pass (the harness sees what the scanner does)", () => {
    const text = "const pass = 'password'\nlocalStorage.setItem('token', 'abc123');\n";
    expect(shown(text)).toBe(text);
  });

  it("a random password in the same line is still redacted", () => {
    expect(shown("const pass = 'pA9$xW2q#Lm4'\n")).not.toContain("pA9$xW2q#Lm4");
  });

  // Hostile twins (fix48fp): a respelling with more than the word, and a token's kind before a random body,
  // are still redacted; the neighbouring respellings pass.
  it.each([
    ["const pass = 'Pa$$word2024!Xk'\n", "Pa$$word2024!Xk"],
    ["localStorage.setItem('token', 'jwt_k7Rz2qWx9mLp4vTn');\n", "jwt_k7Rz2qWx9mLp4vTn"],
  ])("%s is still redacted", (text, secret) => {
    expect(shown(text)).not.toContain(secret);
  });

  it("other respellings of the stand-in words pass", () => {
    const text = "const pass = 'p@ssw0rd'\nconst secret = 's3cr3t'\n";
    expect(shown(text)).toBe(text);
  });
});
