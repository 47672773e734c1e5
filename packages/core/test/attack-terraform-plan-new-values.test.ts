// Attack (round 44, found from outside; a miss): `terraform plan` shows a changed attribute as
// `~ name = "old" -> "new"`. For an attribute the provider does not mark sensitive (an RDS master_password
// set from a plain variable, a container's environment map, a Kubernetes secret's data under older
// providers), both values are printed. The scanner redacts the old value, which follows the name, and leaves
// the new one after the arrow, the credential that is about to be live, so an agent that runs a plan through
// a shell or CI server hands it to the client. A correct guard treats the value after `->` on such a line as
// standing under the same name as the one before it.
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../src/detect/detectors.js";
import { Scanner } from "../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
const shown = (text: string) => {
  const out = scanner.scan({ content: [{ type: "text", text }] }, "result", () => true);
  return (out.value as { content: { text: string }[] }).content[0]!.text;
};

const OLD = "Zq7mW2xKp9vR4tL8";
const NEW = "Hn4bV8cX2zLq9wE5";
const OLD_KEY = "kT9vQ2xZmL7pR4wBn8Yc3Fd6Hs1Jg5Ka";
const NEW_KEY = "Wq8zP3mKv9rT2xLn5Bc7Df1Gh4Js6Ka";

const PLAN = `Terraform will perform the following actions:

  # aws_db_instance.main will be updated in-place
  ~ resource "aws_db_instance" "main" {
        id                = "app-db"
      ~ master_password   = "${OLD}" -> "${NEW}"
        # (41 unchanged attributes hidden)
    }

  # aws_ecs_task_definition.api must be replaced
-/+ resource "aws_ecs_task_definition" "api" {
      ~ environment = {
          ~ "STRIPE_SECRET" = "${OLD_KEY}" -> "${NEW_KEY}"
        }
    }

Plan: 1 to add, 1 to change, 1 to destroy.
`;

describe("a terraform plan's changed credential", () => {
  it("the control: the value before the arrow is redacted", () => {
    const out = shown(PLAN);
    expect(out).not.toContain(OLD);
    expect(out).not.toContain(OLD_KEY);
  });

  it("the new password after the arrow is redacted", () => {
    expect(shown(PLAN)).not.toContain(NEW);
  });

  it("the new key after the arrow is redacted", () => {
    expect(shown(PLAN)).not.toContain(NEW_KEY);
  });
});

describe("a plan's other changed attributes", () => {
  it("pass unredacted", () => {
    const text =
      '      ~ instance_class    = "db.t3.micro" -> "db.r6g.xlarge"\n      ~ engine_version    = "15.4" -> "16.1"\n';
    expect(shown(text)).toBe(text);
  });
});
