// Attack (round 48, found from outside; a false refusal): an inclusive-or of bit flags, as minifiers and C
// code write it, is three numbers joined by `|`, and 3-2-4 digits are read as an SSN: prettier's own bundled
// parser (prettier/plugins/meriyah.js and .mjs, installed with every prettier 3) has
// `t.flags=(t.flags|512|256|64|4096)^4928`, and the scanner redacts `256|64|4096` as an SSN. Redaction
// towards the client corrupts the code an agent reads, and towards a server an SSN is blocked, so a tool call
// carrying the file (or a snippet of it) is refused. Found by scanning the pnpm store's packages. A correct
// guard does not read a `|`-joined run inside an expression (operands of `|`, next to other operands) as an
// SSN; an SSN written with its usual dashes or spaces is untouched by this.
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

describe("bit-flag unions in code", () => {
  it.each([
    [
      "prettier's meriyah plugin",
      "for(t.flags=(t.flags|512|256|64|4096)^4928,t.destructible=(t.destructible|256)",
    ],
    ["the same, formatted", "parser.flags = (parser.flags | 512 | 256 | 64 | 4096) ^ 4928;"],
    ["C permission bits", "#define S_DEFAULT (S_IFREG|256|64|4096)\nmode = 256|64|4096;\n"],
  ])("%s passes unredacted", (_name, text) => {
    expect(shown(text)).toBe(text);
  });
});

describe("an SSN", () => {
  it("written with dashes is still redacted", () => {
    expect(shown("SSN: 256-64-4096")).not.toContain("256-64-4096");
  });
  it("joined by bars after its name is still redacted", () => {
    expect(shown("SSN: 256|64|4096")).not.toContain("256|64|4096");
    expect(shown("social security no. 256 | 64 | 4096")).not.toContain("4096");
  });
});
