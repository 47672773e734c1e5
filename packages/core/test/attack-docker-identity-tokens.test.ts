// Attack (round 45, found from outside; a miss): `docker login` against a registry that answers with an OAuth
// refresh token (Harbor, Quay, Nexus, ACR with a non-JWT token, any registry behind a token server) stores it in
// `~/.docker/config.json` as `"identitytoken"` (or `"registrytoken"` for a bearer token) beside the `auth` field.
// That file is the one agents are asked to inspect when a pull fails, and the token pulls and pushes images as
// the user. The scanner redacts the `auth` field and a JWT identity token, but an opaque one passes whole. A
// correct guard reads `identitytoken` and `registrytoken` in a Docker config as the credentials they are.
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
const TOKEN = "8f2d4c9e7a1b3f5d6e8c0a2b4d6f8e1c";

const config = (field: string) =>
  JSON.stringify(
    {
      auths: { "harbor.example.com": { auth: "", [field]: TOKEN } },
      credsStore: "",
      currentContext: "default",
    },
    null,
    "\t",
  );

describe("a token in a Docker config.json", () => {
  it.each(["identitytoken", "registrytoken"])("%s is redacted", (field) => {
    expect(shown(config(field))).not.toContain(TOKEN);
  });
});

describe("a Docker config.json with no token in it", () => {
  it("an empty identitytoken beside a credential helper is shown as written", () => {
    const text = config("identitytoken")
      .replace(TOKEN, "")
      .replace('"credsStore": ""', '"credsStore": "desktop"');
    expect(shown(text)).toBe(text);
  });
});
