// Attack (round 50, false refusal found from the outside): documentation says "use the --username and
// --password options" (pip's subversion.py, many CLIs' man pages and READMEs); the scanner reads the word
// `options` as the value of `--password` and redacts it (towards a server: the call is blocked). Prose that
// names a command's options is everywhere in help text an assistant reads. A correct guard knows that an
// ordinary English word after an option named in a sentence ("options", "flag", "instead", "or") is prose.
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

/** From /usr/lib/python3/dist-packages/pip/_internal/vcs/subversion.py. */
const PIP_DOC = `        If True, the caller should not supply credentials in the URL; use the
        --username and --password options instead of via the URL.
`;
const PIP_COMMENT = `            # The --username and --password options can't be used for
            # svn < 1.6 as the --force-interactive option is not supported.
`;

describe("a sentence naming --password", () => {
  it.each([
    ["a docstring", PIP_DOC],
    ["a comment", PIP_COMMENT],
  ])("%s reaches the client whole", (_name, text) => {
    expect(shown(text)).toBe(text);
  });

  it("is not blocked as a tool's argument", () => {
    expect(blockedAsArgument(PIP_DOC)).toEqual([]);
  });
});
