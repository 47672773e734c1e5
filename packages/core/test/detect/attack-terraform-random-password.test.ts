// Attack (round 41, found from outside): the password Terraform generated for a database passes the scan,
// in the state file (`terraform.tfstate`, `terraform state pull`) and in `terraform show -json`, where a
// `random_password` resource keeps it under `result` (its provider marks it sensitive; the state holds it in
// clear). Its `bcrypt_hash` beside it is found as a password hash, so the hash of the password is redacted
// while the password itself passes. An agent with a filesystem or shell server reads tfstate files routinely.
// README: secrets are blocked towards a server and redacted towards the client. A correct guard knows the
// state's generated-secret attributes (random_password's result, as it knows a Kubernetes Secret's data) and
// redacts them, in text and in structured results alike.
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { Scanner } from "../../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
/** Every type set to redact: the findings and what would be forwarded, as JSON text. */
const scan = (value: unknown) => {
  const out = scanner.scan(value, "result", () => true);
  return { types: out.findings.map((f) => f.type), text: JSON.stringify(out.value) };
};

// random_password with special = true and override_special = "!#%&*-_=+?" writes such a value.
const PASSWORD = "h7Q#kV2m_Xr9=pLw4tZ8bN?c";
const BCRYPT = "$2a$10$Kf1lCDOS1Z.OsQhIKJuBv0x5lSooRmbBlU5goC6NBHpcIWwEs/BU9";

const attributes = {
  bcrypt_hash: BCRYPT,
  id: "none",
  keepers: null,
  length: 24,
  lower: true,
  min_lower: 0,
  min_numeric: 0,
  min_special: 0,
  min_upper: 0,
  number: true,
  numeric: true,
  override_special: "!#%&*-_=+?",
  result: PASSWORD,
  special: true,
  upper: true,
};

const state = {
  version: 4,
  terraform_version: "1.9.8",
  serial: 12,
  lineage: "5e0b7a52-8f0e-4c1b-a3d5-7f9e2c4b6a10",
  outputs: {},
  resources: [
    {
      mode: "managed",
      type: "random_password",
      name: "db",
      provider: 'provider["registry.terraform.io/hashicorp/random"]',
      instances: [{ schema_version: 3, attributes, sensitive_attributes: [] }],
    },
  ],
  check_results: null,
};

describe("a random_password's result in Terraform state", () => {
  it("terraform.tfstate read as text: the password is redacted", () => {
    const out = scan({ content: [{ type: "text", text: JSON.stringify(state, null, 2) }] });
    // its bcrypt hash beside it is found
    expect(out.types).toContain("password_hash");
    expect(out.text.includes(PASSWORD), "random_password.db's result passed unredacted").toBe(false);
  });

  it("terraform show -json as structuredContent: the password is redacted", () => {
    const shown = {
      format_version: "1.0",
      terraform_version: "1.9.8",
      values: {
        root_module: {
          resources: [
            {
              address: "random_password.db",
              mode: "managed",
              type: "random_password",
              name: "db",
              provider_name: "registry.terraform.io/hashicorp/random",
              schema_version: 3,
              values: attributes,
              sensitive_values: {},
            },
          ],
        },
      },
    };
    const out = scan({ structuredContent: shown });
    expect(out.types).toContain("password_hash");
    expect(out.text.includes(PASSWORD), "random_password.db's result passed unredacted").toBe(false);
  });
});
