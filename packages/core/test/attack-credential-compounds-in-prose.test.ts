// False refusal (round 47, found from outside): prose in files every Debian system ships has its word after
// "credentials-passing" or "passwd-style" redacted as a password. dbus's stock /usr/share/dbus-1/session.conf
// explains EXTERNAL authentication with "obscure flavours of Unix that do not have a supported
// credentials-passing mechanism. On those platforms", and the scanner redacts `mechanism.`; Perl's
// Pod/Functions.pm (what `perldoc -f` reads) lists `crypt⇥String⇥one-way passwd-style encryption`, and
// `encryption` is redacted. An agent asked why the session bus refuses a TCP client is shown a config with a
// hole, and a copy written back to a server is refused. A word of an English sentence after a compound
// holding a credential word is no password; a correct guard passes both files' text.
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

/** Lines 13–25 of /usr/share/dbus-1/session.conf (dbus 1.14). */
const SESSION_CONF = `  <!-- On Unix systems, the most secure authentication mechanism is
  EXTERNAL, which uses credential-passing over Unix sockets.

  This authentication mechanism is not available on Windows,
  is not suitable for use with the tcp: or nonce-tcp: transports,
  and will not work on obscure flavours of Unix that do not have
  a supported credentials-passing mechanism. On those platforms/transports,
  comment out the <auth> element to allow fallback to DBUS_COOKIE_SHA1. -->
  <auth>EXTERNAL</auth>
`;
/** Pod/Functions.pm's table row for crypt (perl 5.36). */
const POD_FUNCTIONS = "crypt\tString\tone-way passwd-style encryption\n";

describe("credential words inside compounds in stock prose", () => {
  it.each([
    ["dbus's session.conf", SESSION_CONF],
    ["Perl's Pod::Functions", POD_FUNCTIONS],
  ])("%s passes unredacted", (_name, text) => {
    expect(shown(text)).toBe(text);
  });

  it("a password written after passwd in a note is still redacted", () => {
    expect(shown("root passwd: Tq8mZ2vLp9wXr4kN\n")).not.toContain("Tq8mZ2vLp9wXr4kN");
  });

  // Neighbours (fix48fp): the same compounds set to a value with a colon, and a token set beside a hyphenated
  // name, are still read; other compounds before an ordinary word pass.
  it.each([
    ["passwd-style: Tq8mZ2vLp9wXr4kN\n"],
    ["credentials-passing: Tq8mZ2vLp9wXr4kN\n"],
    ["api-key-prod Tq8mZ2vLp9wXr4kN5179f75c\n"],
  ])("%s is still redacted", (text) => {
    expect(shown(text)).not.toContain("Tq8mZ2vLp9wXr4kN");
  });

  it("other compounds before a word pass", () => {
    const text = "a token-based scheme, a password-protected archive and secret-sharing protocols\n";
    expect(shown(text)).toBe(text);
  });
});
