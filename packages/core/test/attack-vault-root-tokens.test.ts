// Attack (round 42, found from outside): a HashiCorp Vault root token passes the scan wherever no credential
// name stands before it. Since Vault 1.10 a root token is `hvs.` and 24 base62 characters, as
// `vault operator init`, `vault server -dev` and `vault operator generate-root -decode` print it; the token
// rule (token-rules.ts) reads `hvs.` only with 90 to 120 characters after it (the longer service tokens), so
// the root token, the one with every permission, is found only after a label (`Initial Root Token:`,
// `VAULT_TOKEN=`, `X-Vault-Token:`), and not in the commands and outputs that carry it: `vault login <token>`,
// `vault token revoke <token>`, the `id` row of `vault token lookup` and its `-format=json` answer.
// docs/detection.md: "a token prefix such as `ghp_` or `hvs.`" is a rule keyword and a vendor's format is that
// vendor's credential; README: secrets are blocked towards a server and redacted towards the client. A correct
// guard takes `hvs.` with 24 base62 characters as a Vault token wherever it is written.
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../src/detect/detectors.js";
import { Scanner } from "../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
/** A shell server's call, every type set to redact: what reaches the server. */
const sent = (command: string) =>
  JSON.stringify(scanner.scan({ name: "run_command", arguments: { command } }, "params", () => true).value);
/** A shell server's result, every type set to redact: what reaches the client. */
const shown = (text: string) =>
  JSON.stringify(scanner.scan({ content: [{ type: "text", text }] }, "result", () => true).value);

const ROOT = "hvs.IkgWmCBFfJkHAQeBHMQCZ3yU";

describe("Vault root tokens (hvs. and 24 characters)", () => {
  it("is found after a label (the rule this door is beside)", () => {
    expect(shown(`Initial Root Token: ${ROOT}`).includes(ROOT)).toBe(false);
  });

  it.each([`vault login ${ROOT}`, `vault token revoke ${ROOT}`, `echo ${ROOT} | vault login -`])(
    "is not sent as it is in: %s",
    (command) => {
      expect(sent(command).includes(ROOT), `the Vault root token reached the server in: ${command}`).toBe(
        false,
      );
    },
  );

  it.each([
    [
      "vault token lookup",
      `Key                 Value\n---                 -----\naccessor            n8SofDrRw039MYe8XL7kjwqT\ncreation_time       1709287200\ncreation_ttl        0s\ndisplay_name        root\nentity_id           n/a\nexpire_time         <nil>\nexplicit_max_ttl    0s\nid                  ${ROOT}\nmeta                <nil>\nnum_uses            0\norphan              false\npath                auth/token/root\npolicies            [root]\nttl                 0s\ntype                service`,
    ],
    [
      "vault token lookup -format=json",
      JSON.stringify(
        {
          request_id: "4c5b7f0e-2f7a-3a2d-8c1e-0f4b6a9d2e11",
          data: { accessor: "n8SofDrRw039MYe8XL7kjwqT", display_name: "root", id: ROOT, policies: ["root"] },
        },
        null,
        2,
      ),
    ],
  ])("is not shown as it is in the output of %s", (_, text) => {
    expect(shown(text).includes(ROOT), `the Vault root token reached the client in: ${text}`).toBe(false);
  });
});
