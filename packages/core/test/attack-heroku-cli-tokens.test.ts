// Attack (round 50, found from the outside): `heroku auth:token` prints the user's Heroku API token, a UUID,
// on a line of its own below the CLI's warnings (the token the Heroku Platform API accepts as a bearer and as
// HEROKU_API_KEY); an assistant running it for a deploy script gets the account's full API access. The
// scanner passes it whole, to the client and to a server. A bare UUID is an id everywhere else, so the guard
// needs the command: a correct guard redacts the UUID that follows `heroku auth:token` as a secret, as it
// already redacts the `Token:` row of `heroku authorizations:create`.
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

const TOKEN = "7c8a2f1e-3b4d-4e5f-9a0b-1c2d3e4f5a6b";
/** What a terminal shows (heroku-cli 8.x prints its warnings to stderr above the token). */
const AUTH_TOKEN = `$ heroku auth:token
 ›   Warning: token will expire 11/28/2027
 ›   Use heroku authorizations:create to generate a long-term token
${TOKEN}
`;

describe("Heroku API tokens", () => {
  it("the token heroku auth:token prints is redacted", () => {
    expect(shown(AUTH_TOKEN)).not.toContain(TOKEN);
  });

  it("is blocked as a tool's argument", () => {
    expect(blockedAsArgument(AUTH_TOKEN).length).toBeGreaterThan(0);
  });

  // Added by the fixer: the token without the warnings, and a UUID no auth:token stands before.
  it("the token right under the command is redacted", () => {
    expect(shown(`$ heroku auth:token\n${TOKEN}\n`)).not.toContain(TOKEN);
  });

  it("a UUID under another command passes", () => {
    const text = `$ heroku releases:info v42 --json | jq -r .id\n${TOKEN}\n`;
    expect(shown(text)).toBe(text);
  });
});
