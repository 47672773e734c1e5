// Attack (round 47, found from outside): Yarn 2+ keeps registry credentials in .yarnrc.yml (the project's or
// ~/.yarnrc.yml) as `npmAuthIdent: "<user>:<password>"` (Yarn's "npmAuthIdent" setting: "the user and
// password, separated by a colon") beside `npmAuthToken`; `cat .yarnrc.yml` shows it (`yarn config` masks it,
// a file read does not). The scanner redacts the npmAuthToken of the same file but passes the ident whole,
// password and all, to the client and to a server. A correct guard reads npmAuthIdent as a `user:password`
// pair (as it reads npm's `_auth`) and redacts at least the password.
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

const PASSWORD = "Hq7vRm2xPz9L";
/** A project's .yarnrc.yml with a private registry for the whole project and a token for one scope. */
const YARNRC = `nodeLinker: node-modules
npmRegistryServer: "https://npm.corp.example"
npmAlwaysAuth: true
npmAuthIdent: "deploy:${PASSWORD}"
npmScopes:
  acme:
    npmAuthToken: "Xq3vT8mN2pR6sW9yB1cD4fG7hJ0kL5uE"
`;
/** ~/.yarnrc.yml with the credentials of one registry under npmRegistries. */
const HOME_YARNRC = `npmRegistries:
  "https://npm.corp.example":
    npmAlwaysAuth: true
    npmAuthIdent: "deploy:${PASSWORD}"
`;

describe("Yarn's npmAuthIdent", () => {
  it("the scope's npmAuthToken is redacted (the harness sees what the scanner does)", () => {
    expect(shown(YARNRC)).not.toContain("Xq3vT8mN2pR6sW9yB1cD4fG7hJ0kL5uE");
  });

  it.each([
    [".yarnrc.yml", YARNRC],
    ["npmRegistries in ~/.yarnrc.yml", HOME_YARNRC],
  ])("the password in %s is redacted", (_name, text) => {
    expect(shown(text)).not.toContain(PASSWORD);
  });
});

describe("Yarn's npmAuthIdent, other writings", () => {
  it("in base64 (user:password encoded) it is redacted", () => {
    const encoded = Buffer.from(`deploy:${PASSWORD}`).toString("base64");
    expect(shown(`npmAuthIdent: "${encoded}"\n`)).not.toContain(encoded);
  });

  it("an environment reference passes", () => {
    const text = 'npmAuthIdent: "${NPM_AUTH_IDENT}"\nnpmAuthIdent: "deploy:${NPM_PASSWORD}"\n';
    expect(shown(text)).toBe(text);
  });
});
