// Attack (round 50, false refusal found from the outside): Python code prints a variable with an f-string's
// repr form, `print(f"password={password!r}")` (rich's prompt.py example); the scanner reads `{password!r}`
// as the password's value and redacts it (towards a server: writing or reviewing such code is blocked). The
// braces hold code, a name, not a value. A correct guard reads an f-string replacement field (`{name}`,
// `{name!r}`, `{name=}`, `{name:fmt}`) as a reference.
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

/** From /usr/lib/python3/dist-packages/pip/_vendor/rich/prompt.py. */
const RICH_EXAMPLE = `    password = Prompt.ask(
        "Please enter a password [cyan](must be at least 5 characters)", password=True
    )
    print(f"password={password!r}")
`;

describe("f-string replacement fields", () => {
  it("a field {password!r} reaches the client whole", () => {
    expect(shown(RICH_EXAMPLE)).toBe(RICH_EXAMPLE);
  });

  it("is not blocked as a tool's argument", () => {
    expect(blockedAsArgument(RICH_EXAMPLE)).toEqual([]);
  });
});
