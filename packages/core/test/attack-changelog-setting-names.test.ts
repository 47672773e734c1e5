// Attack (round 50, false refusal found from the outside): a changelog entry that ends its line with a
// setting's name (Flask's CHANGES.rst for 3.1.1: "… enabled via\n    ``SECRET_KEY_FALLBACKS``. :ghsa:`…`")
// makes the scanner read the next bullet ("-   Fix type hint for ``cli_runner.invoke``. :issue:`5645`") as
// the secret's value and redact it (towards a server: the call is blocked). Release notes of any web
// framework name SECRET_KEY, API_TOKEN or PASSWORD settings in prose; reading, summarising or editing them is
// refused. A correct guard reads a name in reST literal quotes followed by a sentence's full stop as prose,
// and never takes a new list item (`-   `) as a value continued from the line before.
import { describe, expect, it } from "vitest";
import { DEFAULT_ACTIONS, FALLBACK_ACTIONS } from "../src/detect/actions.js";
import { builtInDetectors } from "../src/detect/detectors.js";
import { Scanner } from "../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
const redacted = (type: string) => (DEFAULT_ACTIONS[type] ?? FALLBACK_ACTIONS).response === "redact";
/** What the client is shown under the default actions (a type the table does not know counts as a secret). */
const shown = (text: string) => {
  const out = scanner.scan({ content: [{ type: "text", text }] }, "result", redacted);
  return (out.value as { content: { text: string }[] }).content[0]!.text;
};
/** The types that would block the text as a tool's argument (towards the server). */
const blockedAsArgument = (text: string) =>
  scanner
    .scan({ content: [{ type: "text", text }] }, "request", () => false)
    .findings.map((f) => f.type)
    .filter((type) => (DEFAULT_ACTIONS[type] ?? FALLBACK_ACTIONS).request === "block");

/** Lines 50-62 of pallets/flask CHANGES.rst (Version 3.1.1). */
const CHANGES = `Version 3.1.1
-------------

Released 2025-05-13

-   Fix signing key selection order when key rotation is enabled via
    \`\`SECRET_KEY_FALLBACKS\`\`. :ghsa:\`4grg-w6v8-c28g\`
-   Fix type hint for \`\`cli_runner.invoke\`\`. :issue:\`5645\`
-   \`\`flask --help\`\` loads the app and plugins first to make sure all commands
    are shown. :issue:\`5673\`
-   Mark sans-io base class as being able to handle views that return
    \`\`AsyncIterable\`\`. This is not accurate for Flask, but makes typing easier
    for Quart. :pr:\`5659\`
`;

describe("a changelog naming a secret's setting", () => {
  it("the entry after the setting's name reaches the client whole", () => {
    expect(shown(CHANGES)).toBe(CHANGES);
  });

  it("is not blocked as a tool's argument", () => {
    expect(blockedAsArgument(CHANGES)).toEqual([]);
  });
});
