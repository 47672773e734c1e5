// Attack (round 42, found from outside): an Asana personal access token passes the scan in the header every
// Asana API call sends it in. Asana's tokens are `2/<user gid>/<token gid>:<32 hex>` (the older ones
// `1/<gid>:<32 hex>`), and Asana's documentation sends them as `Authorization: Bearer <token>`; the bearer
// rule takes `Bearer` and a random value, but not one with the slash and colon of Asana's form, and no rule
// knows the form itself, so `curl -H "Authorization: Bearer 2/…"` and the same token handed to Asana's Python
// client pass. Beside it the same token under `ASANA_ACCESS_TOKEN=` is found. README: secrets are blocked
// towards a server and redacted towards the client; docs/detection.md reads a bearer credential in an
// Authorization header. A correct guard takes a Bearer header's value whole, and Asana's token form anywhere.
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../src/detect/detectors.js";
import { Scanner } from "../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
/** A shell or code server's call, every type set to redact: what reaches the server. */
const sent = (command: string) =>
  JSON.stringify(scanner.scan({ name: "run_command", arguments: { command } }, "params", () => true).value);

const SECRET = "af0bb03baeedd3cd68c9c643cadfa485";
const PAT = `2/1204793512688467/1207301945613329:${SECRET}`;
const OLD_PAT = `1/1199450238876127:${SECRET}`;

describe("Asana personal access tokens", () => {
  it("is found under a token's name (the rule this door is beside)", () => {
    expect(sent(`export ASANA_ACCESS_TOKEN=${PAT}`).includes(SECRET)).toBe(false);
  });

  it.each([
    `curl https://app.asana.com/api/1.0/users/me -H "Authorization: Bearer ${PAT}"`,
    `curl -H 'Authorization: Bearer ${OLD_PAT}' https://app.asana.com/api/1.0/workspaces`,
    `import asana\nclient = asana.Client.access_token('${PAT}')\nme = client.users.get_user('me')`,
  ])("is not sent as it is in: %s", (command) => {
    expect(sent(command).includes(SECRET), `the Asana token reached the server in: ${command}`).toBe(false);
  });
});
