// False refusal (round 46, found from outside): source code whose assigned value is another identifier is
// redacted as a secret when the assigned name has a secret word in it. From /usr/include/node: v8-object.h's
// `KeyConversionMode key_conversion = KeyConversionMode::kKeepNumbers)` (a default argument, an enum member)
// and openssl/evp.h's `#define EVP_PKEY_EC NID_X9_62_id_ecPublicKey` (one macro naming another); from
// /usr/share/perl, User/pwent.pm's `$pw_uid = $pwob->uid( $_[2] );` (a method call). Each reads as
// `key = <value>`, `PKEY <value>` or `pw_… = <value>` and the value is taken for a key or password. A coding
// agent reading a header or module through a filesystem MCP server gets corrupt code, and writing such a line
// to a file is refused. A correct guard does not take a value that is code (a qualified name `A::b`, a
// method call `$x->m`, an identifier in a #define of another) for a secret; a literal, a random run in a
// #define and a random value holding `::` or `->` are still judged as values.
import { describe, expect, it } from "vitest";
import { DEFAULT_ACTIONS, FALLBACK_ACTIONS } from "../src/detect/actions.js";
import { builtInDetectors } from "../src/detect/detectors.js";
import { Scanner } from "../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
/** Whether a type is redacted towards the client by default (email and phone only warn). */
const redacted = (type: string) => (DEFAULT_ACTIONS[type] ?? FALLBACK_ACTIONS).response === "redact";
/** A tool result with the default actions: what reaches the client. */
const shown = (text: string) => {
  const out = scanner.scan({ content: [{ type: "text", text }] }, "result", redacted);
  return (out.value as { content: { text: string }[] }).content[0]!.text;
};

describe("identifiers assigned to secret-sounding names", () => {
  it("the control: a key assigned a literal is redacted", () => {
    expect(shown('const char* api_key = "Kx7pQm2vRt9wZ4";')).not.toContain("Kx7pQm2vRt9wZ4");
  });

  it.each([
    "      KeyConversionMode key_conversion = KeyConversionMode::kKeepNumbers);",
    "# define EVP_PKEY_EC NID_X9_62_id_ecPublicKey\n# define EVP_PKEY_DSA4 NID_dsaWithSHA1_2",
    "    $pw_uid     = $pwob->uid    ( $_[2] );\n    $pw_gid     = $pwob->gid    ( $_[3] );",
  ])("%s passes", (text) => {
    expect(shown(text)).toBe(text);
  });

  it.each([
    ['key = "k3y-Kx7pQm2vRt9wZ4Lq";', "Kx7pQm2vRt9wZ4Lq"],
    ["API_KEY = 'sk_live_4eC39HqLyjWDarjtT1zdp7dc'", "4eC39HqLyjWDarjtT1zdp7dc"],
    ["#define API_TOKEN X7KQ9MZ2PL4VR8TW3NB6", "X7KQ9MZ2PL4VR8TW3NB6"],
    ["#define SECRET_KEY Q7ZK9MX2PL4VR8TW3NB6XK", "Q7ZK9MX2PL4VR8TW3NB6XK"],
    ["password = Kx7p::Qm2vRt9w", "Qm2vRt9w"],
    ["password=Kx7pQm2vRt9w->x", "Kx7pQm2vRt9w"],
    ["$pw_hash = 'Kx7pQm2vRt9wZ4';", "Kx7pQm2vRt9wZ4"],
  ])("the hostile twin %s is still redacted", (text, secret) => {
    expect(shown(text)).not.toContain(secret);
  });
});
