// Attack (round 47, found from outside): Composer's auth.json (~/.composer/auth.json, or COMPOSER_AUTH, as
// `composer config --global --list --source` and `cat` print it) keeps most of its credentials in maps keyed
// by a host name: `"bearer": {"repo.corp.example": "<token>"}`, `"gitlab-token": {"gitlab.corp.example":
// "<token>"}`, `"github-oauth": {"github.com": "<token>"}` (Composer's "Authentication for privately hosted
// packages"). The scanner redacts the same file's `http-basic` password (its key is named `password`) and a
// token with a vendor prefix, but a bearer or GitLab token without one stands under a host name and passes,
// to the client and to a server. A correct guard reads a value in these maps as the credential the map's name
// says it is; the `username` beside an `http-basic` password still passes.
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

const BEARER = "Xq3vT8mN2pR6sW9yB1cD4fG7hJ0kL5uE";
const GITLAB = "Bn4Xc8Vz2Lk6Jh0Gf3DsQw";
/** ~/.composer/auth.json as Composer's docs lay it out, with a private repository of each kind. */
const AUTH_JSON = `{
    "http-basic": {
        "repo.packagist.com": {
            "username": "token",
            "password": "Hq7vRm2xPz9LwN4kT6yB"
        }
    },
    "bearer": {
        "repo.corp.example": "${BEARER}"
    },
    "gitlab-token": {
        "gitlab.corp.example": "${GITLAB}"
    }
}
`;

describe("Composer's auth.json", () => {
  it("the http-basic password is redacted (the harness sees what the scanner does)", () => {
    expect(shown(AUTH_JSON)).not.toContain("Hq7vRm2xPz9LwN4kT6yB");
  });

  it("a bearer token under its repository's host is redacted", () => {
    expect(shown(AUTH_JSON)).not.toContain(BEARER);
  });

  it("a GitLab token under its host is redacted", () => {
    expect(shown(AUTH_JSON)).not.toContain(GITLAB);
  });

  it("the http-basic username still passes", () => {
    expect(shown(AUTH_JSON)).toContain('"username": "token"');
  });
});

describe("Composer's auth.json, stand-ins", () => {
  it("a placeholder or an environment reference under a host passes", () => {
    const text =
      '{"bearer": {"repo.corp.example": "${COMPOSER_TOKEN}"}, "github-oauth": {"github.com": "<token>"}}';
    expect(shown(text)).toBe(text);
  });

  it("a GitHub OAuth token under github.com is redacted", () => {
    expect(
      shown('{"github-oauth": {"github.com": "0a1b2c3d4e5f60718293a4b5c6d7e8f901234567"}}'),
    ).not.toContain("0a1b2c3d4e5f60718293a4b5c6d7e8f901234567");
  });
});
