// Attack (round 50, false refusal found from the outside): Sphinx and reST docstrings document a parameter as
// `:param token: REQUIRED.  The token that …` (oauthlib's rfc6749 modules, quoting RFC 6749's own wording),
// and the scanner reads `REQUIRED.` as the token's value and redacts it (towards a server: the call is
// blocked). Any OAuth library's source, or its generated API docs, is refused. A correct guard knows that the
// RFC requirement words (REQUIRED, OPTIONAL, RECOMMENDED) after a documented parameter are prose, not a
// value.
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

/** From /usr/lib/python3/dist-packages/oauthlib/oauth2/rfc6749/parameters.py. */
const DOCSTRING = `def prepare_token_revocation_request(url, token, token_type_hint="access_token",
                                     callback=None, body='', **kwargs):
    """Prepare a token revocation request.

    :param url: Revocation endpoint URL.
    :param token: REQUIRED.  The token that the client wants to get revoked.
    :param token_type_hint: OPTIONAL.  A hint about the type of the token
                            submitted for revocation.
    """
`;

describe("RFC requirement words in docstrings", () => {
  it("a :param line reaches the client whole", () => {
    expect(shown(DOCSTRING)).toBe(DOCSTRING);
  });

  it("is not blocked as a tool's argument", () => {
    expect(blockedAsArgument(DOCSTRING)).toEqual([]);
  });
});
