// Attack (round 50, false refusal found from the outside): CPython's build configuration
// (_sysconfigdata__x86_64-linux-gnu.py, `python3 -m sysconfig`, Makefile variables) names the bundled expat
// library `LIBEXPAT_A` and `LIBEXPAT_CFLAGS`; the scanner redacts their values (`Modules/expat/libexpat.a`,
// `-I./Modules/expat`) as secrets (towards a server: blocked), reading a token's name inside the word "expat"
// (PAT, a personal access token). A user debugging a Python build is refused their own sysconfig. A correct
// guard reads a credential abbreviation only as a word of its own in the name, not inside another word.
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

/** Entries of /usr/lib/python3.11/_sysconfigdata__x86_64-linux-gnu.py. */
const SYSCONFIG = ` 'LIBEXPAT_A': 'Modules/expat/libexpat.a',
 'LIBEXPAT_CFLAGS': '-I./Modules/expat',
 'LIBEXPAT_HEADERS': '\\\\',
`;
/** The same variables as \`python3 -m sysconfig\` prints them. */
const SYSCONFIG_CLI = `	LIBEXPAT_A = "Modules/expat/libexpat.a"
	LIBEXPAT_CFLAGS = "-I./Modules/expat"
`;

describe("expat's build variables", () => {
  it.each([
    ["_sysconfigdata", SYSCONFIG],
    ["python3 -m sysconfig", SYSCONFIG_CLI],
  ])("%s reaches the client whole", (_name, text) => {
    expect(shown(text)).toBe(text);
  });

  it("is not blocked as a tool's argument", () => {
    expect(blockedAsArgument(SYSCONFIG)).toEqual([]);
  });

  // The fix's edge (fix50fp): "PAT" after a short acronym still names a token (Contentful's CFPAT-…, an
  // example of Kingfisher's rules that the first form of the fix lost).
  it("a personal access token named after a short acronym is still blocked", () => {
    expect(blockedAsArgument("CFPAT-k8Xq2mV7pR4tN9wZ3cB6yH1jL5sD0fG8aQ2eT7uI4oP9\n")).not.toEqual([]);
  });
});
