// Attack (round 50, false refusal found from the outside): Python code binds a module's function to a local
// name (`RegEnumKey = win32api.RegEnumKey` in distutils/msvccompiler.py, shipped with CPython 3.11), and the
// scanner reads `RegEnumKey` as a key's name and redacts `win32api.RegEnumKey` (towards a server: blocked).
// Its neighbours (`RegOpenKeyEx = win32api.RegOpenKeyEx`) pass, so the rule is not even consistent. Round 41
// (attack-python-stdlib-sources) passes a Token-named name assigned a bare name; the dotted form is what it
// left. A correct guard reads a dotted reference to an identifier (module.attribute, with no other
// characters) as code.
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

/** From /usr/lib/python3.11/distutils/msvccompiler.py. */
const ALIASES = `try:
    import win32api
    import win32con
    _can_read_reg = True
    hkey_mod = win32con

    RegOpenKeyEx = win32api.RegOpenKeyEx
    RegEnumKey = win32api.RegEnumKey
    RegEnumValue = win32api.RegEnumValue
    RegError = win32api.error
except ImportError:
    pass
`;

describe("a module attribute bound to a local name", () => {
  it("the aliases reach the client whole", () => {
    expect(shown(ALIASES)).toBe(ALIASES);
  });

  it("is not blocked as a tool's argument", () => {
    expect(blockedAsArgument(ALIASES)).toEqual([]);
  });
});
