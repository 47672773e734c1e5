// Attack (round 50, false refusal found from the outside): Perl's build configuration names its probes
// after the C header or function they test, and `i_pwd` is the one for <pwd.h>. `perl -V:i_pwd` and
// Config_heavy.pl (shipped in every Debian perl, read by `perl -V`) print `i_pwd='define';`, and the scanner
// reads "pwd" as a password's name and redacts `define` (towards a server: the call is blocked). A user
// asking an assistant why a Perl module fails to build is refused the configuration they pasted. A correct
// guard knows a value that is the word `define` or `undef` (Configure's only two answers) is not a password,
// or reads `i_`-prefixed Configure names as what they are.
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

/** `perl -V:…` output as the perl binary prints it (the values are Configure's answers). */
const PERL_V = `$ perl -V:i_pwd -V:d_getpwent -V:i_shadow
i_pwd='define';
d_getpwent='define';
i_shadow='define';
`;
/** Lines of /usr/lib/x86_64-linux-gnu/perl/5.36.0/Config_heavy.pl. */
const CONFIG_HEAVY = `i_poll='define'
i_prot='undef'
i_pthread='define'
i_pwd='define'
i_quadmath='define'
i_rpcsvcdbm='undef'
`;

describe("Perl Configure's i_pwd", () => {
  it.each([
    ["perl -V output", PERL_V],
    ["Config_heavy.pl", CONFIG_HEAVY],
  ])("%s reaches the client whole", (_name, text) => {
    expect(shown(text)).toBe(text);
  });

  it("is not blocked as a tool's argument", () => {
    expect(blockedAsArgument(PERL_V)).toEqual([]);
  });
});
