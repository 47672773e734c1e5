// Attack (round 50, false refusal found from the outside): `openssl x509 -text` (OpenSSL 1.1 and 3.0) prints
// a certificate's Authority Key Identifier as `keyid:06:B5:A4:AC:…`, the SHA-1 of the issuer's *public* key,
// which is printed in every certificate and every CA bundle's text dump; the scanner reads `keyid:` as a
// key's name and redacts the hex after the third byte (towards a server: the call is blocked), so an
// assistant cannot read or be handed a certificate's text form (libxmlsec1's example cacert.pem carries it as
// shipped). A correct guard knows a key *identifier* is a digest of a public key, not a secret, and lets the
// colon-hex bytes after `keyid:` pass, as it lets the Subject Key Identifier's pass.
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

/** The extensions of /usr/share/doc/libxmlsec1-dev/examples/cacert.pem's text part (a CA's own example). */
const X509_TEXT = `        X509v3 extensions:
            X509v3 Subject Key Identifier: 
                1A:2B:3C:4D:5E:6F:70:81:92:A3:B4:C5:D6:E7:F8:09:1A:2B:3C:4D
            X509v3 Authority Key Identifier: 
                keyid:06:B5:A4:AC:A7:AA:75:44:EA:15:9C:4F:DF:05:83:4F:6A:1E:FE:0B
                serial:00
            X509v3 Basic Constraints: 
                CA:TRUE
`;

describe("a certificate's Authority Key Identifier", () => {
  it("the Subject Key Identifier passes (the harness sees what the scanner does)", () => {
    expect(shown(X509_TEXT)).toContain("1A:2B:3C:4D:5E:6F:70:81:92:A3:B4:C5:D6:E7:F8:09:1A:2B:3C:4D");
  });

  it("the keyid reaches the client whole", () => {
    expect(shown(X509_TEXT)).toBe(X509_TEXT);
  });

  it("is not blocked as a tool's argument", () => {
    expect(blockedAsArgument(X509_TEXT)).toEqual([]);
  });
});
