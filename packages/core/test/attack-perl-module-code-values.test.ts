// False refusal (round 47, found from outside): Perl modules under /usr/share/perl/5.36.0 and
// /usr/share/perl5 (shipped by perl-modules and debconf, read by any agent that debugs a Perl script) lose
// code where a credential-like name is set to more code. Round 46 closed a method call (`$pwob->uid(…)`) and
// a qualified name (`A::b`); these shapes are still redacted as secret_assignment:
// - a hash element through a reference: Test2/Formatter/TAP.pm's `my $pass = $assert->{pass};`,
//   Debconf/DbDriver/LDAP.pm's `password => $this->{bindpasswd}`;
// - a code reference assigned to a glob: Test2/Event/Pass.pm's `*META_KEY =
//   \&Test2::Util::ExternalMeta::META_KEY;`, Text/Balanced.pm's `*delimited_pat = \&gen_delimited_pat;`
//   (`pat` read as a personal access token);
// - a package's version under a name holding "Credentials": CPAN/HTTP/Credentials.pm's
//   `$CPAN::HTTP::Credentials::VERSION = … = "1.9601";`;
// - a regular expression in a constant: Getopt/Long.pm's `use constant PAT_INT => "[-+]?_*[0-9][0-9_]*";`;
// - a variable in a message: CPAN/Tarzip.pm's `(pwd is $cwd)` (the working directory) and File/Fetch.pm's
//   `"-auth=anonymous:$FROM_EMAIL"` (anonymous FTP's address as its password).
// An agent reading these files is shown holes in the code, and writing a patched copy is refused. A correct
// guard takes none of these values for a secret; a literal password in Perl is still one.
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

const LINES: [string, string][] = [
  ["Test2/Formatter/TAP.pm", "    my $pass = $assert->{pass};\n    my $name = $assert->{details};\n"],
  [
    "Debconf/DbDriver/LDAP.pm",
    "\t\t$rv = $this->{ds}->bind($this->{binddn}, password => $this->{bindpasswd});\n",
  ],
  ["Test2/Event/Pass.pm", "    *META_KEY = \\&Test2::Util::ExternalMeta::META_KEY;\n"],
  ["Text/Balanced.pm", "*delimited_pat = \\&gen_delimited_pat;\n"],
  [
    "CPAN/HTTP/Credentials.pm",
    '$CPAN::HTTP::Credentials::VERSION = $CPAN::HTTP::Credentials::VERSION = "1.9601";\n',
  ],
  ["Getopt/Long.pm", 'use constant PAT_INT   => "[-+]?_*[0-9][0-9_]*";\n'],
  ["CPAN/Tarzip.pm", '    or $CPAN::Frontend->mydie("Cannot gzopen $write: $! (pwd is $cwd)\\n");\n'],
  ["File/Fetch.pm", '            "-auth=anonymous:$FROM_EMAIL",\n'],
];

describe("Perl's core modules", () => {
  it.each(LINES)("%s passes unredacted", (_file, text) => {
    expect(shown(text)).toBe(text);
  });

  it("a literal password in Perl is still redacted", () => {
    expect(shown("    my $pass = 'Tq8mZ2vLp9wXr4kN';\n")).not.toContain("Tq8mZ2vLp9wXr4kN");
  });

  // Hostile twins of each relaxation (fix48fp): the same names and shapes holding a literal are still read.
  it.each([
    ["a hash element set to a literal", '    $self->{pass} = "Tq8mZ2vLp9wXr4kN";\n'],
    ["a fat comma before a literal", "    password => 'Tq8mZ2vLp9wXr4kN',\n"],
    ["a login and a literal password", '            "-auth=anonymous:Tq8mZ2vLp9wXr4kN",\n'],
    ["a password said in a message", '    die("login failed (pwd is Tq8mZ2vLp9wXr4kN)\\n");\n'],
    ["a token under a pattern-like name", 'use constant PAT_TOKEN => "Tq8mZ2vLp9wXr4kNb7Yc3dHf";\n'],
  ])("%s is still redacted", (_shape, text) => {
    expect(shown(text)).not.toContain("Tq8mZ2vLp9wXr4kN");
  });

  it("neighbouring code passes: an array element, a braced variable, a qualified sub, destructuring", () => {
    const text =
      '    my $pass = $list->[0];\n    my $auth = "anonymous:${FROM_EMAIL}";\n*secret_pat = \\&Text::Balanced::gen_pat;\n' +
      "const {token} = useAuth();\nconst {password} = req.body;\nlet {apiKey} = settingsStore;\n";
    expect(shown(text)).toBe(text);
  });
});
