// Round 41 (a lead left in round 40): a Terraform state file names its secrets by the resource that made them,
// not by the attribute's key: random_password.<name>.result, an IAM access key's secret, a Key Vault secret's
// value. Each is judged as a password under its own name is (terraform-state.ts); a random pet's or a bucket's
// attributes, and the names around them, stay as they are.
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { Scanner } from "../../src/detect/scanner.js";
import { stateSecretCells } from "../../src/detect/terraform-state.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
const scanned = (value: unknown) => scanner.scan(value, "r", () => true);

const GENERATED = "q8#Lw2!zR7pK0vX$eN4m";
const resource = (type: string, attributes: object, more: object = {}) => ({
  mode: "managed",
  type,
  name: "db",
  provider: 'provider["registry.terraform.io/hashicorp/random"]',
  instances: [{ schema_version: 3, attributes, sensitive_attributes: [], ...more }],
});
const state = (...resources: object[]) => ({
  version: 4,
  terraform_version: "1.6.0",
  serial: 7,
  lineage: "3f2c9a7e-8d1b-4c4e-9a55-0c6f2b1d7e90",
  outputs: {},
  resources,
});

describe("a Terraform state's generated credentials", () => {
  it.each([
    ["random_password's result", resource("random_password", { id: "none", length: 20, result: GENERATED })],
    [
      "random_password's bcrypt hash",
      resource("random_password", {
        id: "none",
        bcrypt_hash: "$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy",
      }),
    ],
    [
      "an IAM access key's secret",
      resource("aws_iam_access_key", {
        id: "AKIA2OGYBAH4Q7XJRX5N",
        secret: "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",
      }),
    ],
    ["a Key Vault secret's value", resource("azurerm_key_vault_secret", { name: "db", value: GENERATED })],
    [
      "an attribute the state marks sensitive",
      resource(
        "aws_db_instance",
        { identifier: "orders", master_user_secret: [], result: GENERATED },
        { sensitive_attributes: [[{ type: "get_attr", value: "result" }]] },
      ),
    ],
  ])("%s is redacted", (_, res) => {
    const { findings, value } = scanned(state(res));
    expect(findings.length).toBeGreaterThan(0);
    expect(JSON.stringify(value)).not.toContain(GENERATED);
    expect(JSON.stringify(value)).not.toMatch(/\$2a\$10\$N9qo|kq3Zr7TnV2/);
  });

  it("reads the state as JSON text, as a tool that reads terraform.tfstate returns it", () => {
    const text = JSON.stringify(
      state(resource("random_password", { id: "none", result: GENERATED })),
      null,
      2,
    );
    const { findings, value } = scanned({ content: [{ type: "text", text }] });
    expect(findings.length).toBeGreaterThan(0);
    expect(JSON.stringify(value)).not.toContain(GENERATED);
  });

  it("reads `terraform show -json`'s values, in child modules too", () => {
    const shown = {
      format_version: "1.0",
      terraform_version: "1.6.0",
      values: {
        root_module: {
          resources: [],
          child_modules: [
            {
              address: "module.db",
              resources: [
                {
                  address: "module.db.random_password.master",
                  mode: "managed",
                  type: "random_password",
                  name: "master",
                  values: { id: "none", length: 20, result: GENERATED },
                  sensitive_values: {},
                },
              ],
            },
          ],
        },
      },
    };
    expect(stateSecretCells(shown).map((c) => c.route.join("."))).toEqual([
      "values.root_module.child_modules.0.resources.0.values.result",
    ]);
    expect(JSON.stringify(scanned(shown).value)).not.toContain(GENERATED);
  });

  it.each([
    ["a random pet's name", resource("random_pet", { id: "eager-lemur", length: 2, separator: "-" })],
    ["a random id's hex", resource("random_id", { id: "a1b2c3", hex: "6b2f9e0d", byte_length: 4 })],
    [
      "a bucket's result-like fields",
      resource("aws_s3_bucket", { bucket: "logs-prod", arn: "arn:aws:s3:::logs-prod" }),
    ],
    ["a random password's settings", resource("random_password", { id: "none", length: 20, special: true })],
  ])("%s stays as it is", (_, res) => {
    const whole = state(res);
    expect(stateSecretCells(whole)).toEqual([]);
    const { findings, value } = scanned(whole);
    expect(findings).toEqual([]);
    expect(value).toEqual(whole);
  });

  it("a result outside a state is not read so", () => {
    expect(stateSecretCells({ type: "random_password", result: GENERATED })).toEqual([]);
    expect(stateSecretCells({ resources: "none" })).toEqual([]);
  });
});
