// Attack (round 50, false refusals found from the outside): two everyday Perl forms, both in the modules
// Debian ships with perl 5.36, are redacted as secrets (towards a server: the call is blocked). (1) A hash
// element whose key holds "key" assigned a new object, `$^H{'my-key'} = autodie::Scope::Guard->new(sub {…})`
// (autodie/Scope/Guard.pm's synopsis): the class name up to `->` is taken as the key's value. (2) A `qw{}`
// word list of accessor names, `use Test2::Util::HashBase qw{ -pass -no_debug -number }`
// (Test2/EventFacet/Assert.pm): the word after `-pass` is taken as a password. A correct guard reads a Perl
// package name (`A::B::C`) followed by `->` as code, and a `qw` list as a list of words, not name/value
// pairs.
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

/** From /usr/share/perl/5.36.0/autodie/Scope/Guard.pm (its SYNOPSIS). */
const AUTODIE = `    # Setup a hook
    $^H{'my-key'} = autodie::Scope::Guard->new(sub {
        print "Hook called\\n";
    });
`;
/** From /usr/share/perl/5.36.0/Test2/EventFacet/Assert.pm. */
const HASHBASE = `package Test2::EventFacet::Assert;
use strict;
use warnings;

use Test2::Util::HashBase qw{ -pass -no_debug -number };
`;

describe("Perl code", () => {
  it.each([
    ["an object built for a key-named hash element", AUTODIE],
    ["a qw list holding -pass", HASHBASE],
  ])("%s reaches the client whole", (_name, text) => {
    expect(shown(text)).toBe(text);
  });

  it.each([
    ["an object built for a key-named hash element", AUTODIE],
    ["a qw list holding -pass", HASHBASE],
  ])("%s is not blocked as a tool's argument", (_name, text) => {
    expect(blockedAsArgument(text)).toEqual([]);
  });
});
