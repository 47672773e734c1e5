// Attack (round 48, found from outside; a false refusal): pino's `redact` option is a list of paths, and its
// own tests and README write wildcard paths: `pino({ redact: ['key', '*.headers.cookie'] }, stream)`. A list
// that starts with the path `'key'` is read as a key's name and the next item as its value, so
// `*.headers.cookie` is redacted, and then every other `'*.headers.cookie'` in the file (seven lines of
// pino/test/redact.test.js, pino 9 and 10 alike). Round 40's fix passes `redact: ['key', 'path.to.key', …]`
// (secret-values.test.ts), and `['key', '*.password']` alone passes, but `['key', '*.headers.cookie']` followed
// by `}, stream)` or by another item is still read as a value (what decides is not clear from outside). An agent configuring
// logging is shown holes, and writing the logger setup through a server is refused. Found by scanning the
// pnpm store's packages. A correct guard reads a wildcard member path in a list of paths as a path.
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

describe("pino redaction paths", () => {
  it.each([
    ["pino's own test", "const instance = pino({ redact: ['key', '*.headers.cookie'] }, stream)\n"],
    [
      "with another path after it",
      "const logger = pino({ redact: ['key', '*.headers.cookie', 'req.id'] })\n",
    ],
    [
      "several lines of the test file",
      "const instance = pino({ redact: ['key', '*.headers.cookie'] }, stream)\nconst other = pino({ redact: ['*.headers.cookie'] }, stream)\n",
    ],
  ])("%s passes unredacted", (_name, text) => {
    expect(shown(text)).toBe(text);
  });
});

describe("paths and values in a list", () => {
  it("a wildcard path after another path passes (as round 40 made it)", () => {
    const text = "const logger = pino({ redact: ['key', 'req.*.authorization', '*.password'] })\n";
    expect(shown(text)).toBe(text);
  });

  it("a random value after 'key' is still redacted", () => {
    expect(shown("const pair = ['key', 'Xq3vT8mN2pR6sW9yB1cD4fG7']\n")).not.toContain(
      "Xq3vT8mN2pR6sW9yB1cD4fG7",
    );
  });
});
