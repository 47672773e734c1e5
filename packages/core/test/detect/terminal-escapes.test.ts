// A token with a terminal escape sequence inside it: a terminal swallows the sequence and shows the token
// whole, so detection reads the text without it, in both directions (the result check strips the same ones).
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { Scanner } from "../../src/detect/scanner.js";
import { terminalViews } from "../../src/detect/decode-terminal.js";
import { findHidden } from "../../src/integrity/hidden.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
const TOKEN = "ghp_R8kWq2ZpL5vN3xT7yB1cD4fG6hJ9mK0sA2eU";
const inside = (mark: string) => `deploy token ${TOKEN.slice(0, 15)}${mark}${TOKEN.slice(15)}`;

const SEQUENCES = {
  "SGR reset": "\u001b[0m",
  "SGR without parameters": "\u001b[m",
  "private mode (?)": "\u001b[?25l",
  "xterm key mode (>)": "\u001b[>4;1m",
  "charset (ESC ( B)": "\u001b(B",
  "tput sgr0": "\u001b(B\u001b[m",
  "G1 line drawing (ESC ) 0)": "\u001b)0",
  "UTF-8 (ESC % G)": "\u001b%G",
  "save cursor (ESC 7)": "\u001b7",
  "window title (OSC)": "\u001b]0;title\u0007",
};

describe("a token with a terminal escape sequence inside it", () => {
  it.each(Object.entries(SEQUENCES))("%s: read as the token", (_, mark) => {
    expect(scanner.spans(inside(mark)).map((s) => s.type)).toEqual(["github_token"]);
    expect(findHidden(inside(mark))?.stripped).toBe(inside(""));
  });

  it("maps the token back over the sequence, and lets text without a sequence go", () => {
    const text = inside("\u001b[1;31m");
    const [span] = scanner.spans(text);
    expect(text.slice(span?.start, span?.end)).toBe(`${TOKEN.slice(0, 15)}\u001b[1;31m${TOKEN.slice(15)}`);
    expect(terminalViews("plain text, no escape", true)).toEqual([]);
    expect(terminalViews("a lone \u001b", true)).toEqual([]);
  });
});

describe("a value cut by a lone control character (found in review)", () => {
  it.each([
    ["NUL", "\u0000"],
    ["BEL", "\u0007"],
    ["a record separator", "\u001e"],
    ["DEL", "\u007f"],
    ["a C1 control", "\u0090"],
  ])("%s: a token and a card read whole", (_, mark) => {
    expect(scanner.spans(`${TOKEN.slice(0, 15)}${mark}${TOKEN.slice(15)}`).map((s) => s.type)).toEqual([
      "github_token",
    ]);
    expect(scanner.spans(`4111 1111${mark}1111 1111`).map((s) => s.type)).toContain("credit_card");
  });

  it("reads a lone ESC before a letter both as a terminal does and as the letters stand", () => {
    expect(scanner.spans(`${TOKEN.slice(0, 15)}\u001b${TOKEN.slice(15)}`).map((s) => s.type)).toEqual([
      "github_token",
    ]);
  });
});
