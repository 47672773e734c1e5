// Attack (round 42, found from outside): round 41 (9099a56d, 1aff6413) made Terraform state's credentials
// found: docs/detection.md says a state's random_password `result` and the attributes of "a type naming a
// password, secret, token, credential or key" are judged as a password's field. The reader asks the resource's
// type only. But the resource that has held most of Terraform's generated passwords is random_string (the
// provider's own docs: its "original example used it in a password"; countless modules still write
// `resource "random_string" "db_password"`), and session and signing keys are random_id or random_bytes
// named for what they are. None of these types names a credential, none of their values is marked sensitive in
// the state, so `random_string.db_password.result` (a 20-character password, the same value as its `id`),
// `random_string.api_token.result`, `random_id.session_secret.hex` and `random_bytes.jwt_secret.base64` reach
// the client whole in terraform.tfstate, while the same password under random_password (control) is redacted.
// A correct guard reads the resource's name as it reads its type: a random value named a password, secret,
// token or key is that credential.
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../src/detect/detectors.js";
import { Scanner } from "../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
/** A tool that reads terraform.tfstate, every type set to redact: what reaches the client. */
const shown = (text: string) =>
  JSON.stringify(scanner.scan({ content: [{ type: "text", text }] }, "result", () => true).value);

const state = (type: string, name: string, attributes: Record<string, unknown>) =>
  JSON.stringify(
    {
      version: 4,
      terraform_version: "1.9.5",
      serial: 12,
      lineage: "3f1c2a9e-6b7d-4e1f-9a2b-5c8d7e6f1a2b",
      outputs: {},
      resources: [
        {
          mode: "managed",
          type,
          name,
          provider: 'provider["registry.terraform.io/hashicorp/random"]',
          instances: [
            {
              schema_version: type === "random_password" ? 3 : type === "random_string" ? 2 : 0,
              attributes,
              sensitive_attributes: [],
            },
          ],
        },
      ],
      check_results: null,
    },
    null,
    2,
  );

const PASSWORD = "q8Vt2mRk7XpL4wZn9sBc";
const TOKEN = "h4Rq9ZkT2vB7nW3xLp8sYc6mJd1fGe5uQa0oNi2K";
const HEX = "9c41f07be2a85d36c1e4b7a0f29d8e53";
const BYTES = "x3Jq0VbN8rK2mT5wLz7cY1hP4sD6fG9aE0uI3oR8tQ=";

const string = (value: string, length: number) => ({
  id: value,
  keepers: null,
  length,
  lower: true,
  min_lower: 0,
  min_numeric: 0,
  min_special: 0,
  min_upper: 0,
  number: true,
  numeric: true,
  override_special: null,
  result: value,
  special: false,
  upper: true,
});

describe("random values named as credentials in a Terraform state", () => {
  it.each([
    ["random_string.db_password", state("random_string", "db_password", string(PASSWORD, 20)), PASSWORD],
    ["random_string.api_token", state("random_string", "api_token", string(TOKEN, 40)), TOKEN],
    [
      "random_id.session_secret",
      state("random_id", "session_secret", {
        b64_std: Buffer.from(HEX, "hex").toString("base64"),
        b64_url: Buffer.from(HEX, "hex").toString("base64url"),
        byte_length: 16,
        dec: BigInt(`0x${HEX}`).toString(),
        hex: HEX,
        id: Buffer.from(HEX, "hex").toString("base64url"),
        keepers: null,
        prefix: null,
      }),
      HEX,
    ],
    [
      "random_bytes.jwt_secret",
      state("random_bytes", "jwt_secret", {
        base64: BYTES,
        hex: Buffer.from(BYTES, "base64").toString("hex"),
        keepers: null,
        length: 32,
      }),
      BYTES,
    ],
  ])("%s does not reach the client", (name, text, secret) => {
    // the rule this door is beside: the same password made by random_password
    // (random_password's id is "none"; random_string's is its result)
    const made = state("random_password", "db_password", { ...string(PASSWORD, 20), id: "none" });
    expect(shown(made).includes(PASSWORD)).toBe(false);
    expect(shown(text).includes(secret), `${name}'s value reached the client`).toBe(false);
  });
});
