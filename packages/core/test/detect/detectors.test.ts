import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { Scanner } from "../../src/detect/scanner.js";
import { samples } from "./samples.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
const typesIn = (text: string) => [...new Set(scanner.spans(text).map((s) => s.type))];
// As configured by default: IP addresses off (version strings and logs are full of them).
const defaults = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set(["ip_address"]) });

describe("detectors find each type in real formats", () => {
  it.each([
    ["email", "contact jane.doe+mcp@mail.example.co.uk today"],
    ["email", "padding".repeat(2000) + " bob@example.org"],
    ["phone", "call (415) 555-2671"],
    ["phone", "call 415-555-2671 or"],
    ["phone", "tel: +1 415 555 2671"],
    ["phone", "tel +14155552671"],
    ["phone", "London +44 20 7946 0958"],
    ["phone", "Berlin +49 30 901820"],
    ["ssn", "SSN 123-45-6789"],
    ["ssn", "ssn 123 45 6789"],
    ["credit_card", "visa 4111 1111 1111 1111"],
    ["credit_card", "mc 5555-5555-5555-4444"],
    ["credit_card", "amex 378282246310005"],
    ["credit_card", "amex 3782 822463 10005"],
    ["credit_card", "discover 6011111111111117"],
    ["credit_card", "jcb 3530111333300000"],
    ["credit_card", "diners 30569309025904"],
    ["iban", "IBAN GB82 WEST 1234 5698 7654 32"],
    ["iban", "DE89370400440532013000"],
    ["ip_address", "from 203.0.113.42 at"],
    ["aws_access_key_id", `key ${samples.aws_access_key_id()}`],
    ["aws_secret_access_key", `AWS_SECRET_ACCESS_KEY=${samples.aws_secret_access_key()}`],
    ["aws_secret_access_key", `"SecretAccessKey": "${samples.aws_secret_access_key()}"`],
    ["github_token", samples.github_classic()],
    ["github_token", `token ${samples.github_fine_grained()}`],
    ["gitlab_token", samples.gitlab()],
    ["slack_token", samples.slack()],
    ["stripe_key", samples.stripe()],
    ["openai_key", samples.openai()],
    ["anthropic_key", samples.anthropic()],
    ["google_api_key", samples.google()],
    ["npm_token", `//registry.npmjs.org/:_authToken=${samples.npm()}`],
    ["private_key", `-----BEGIN RSA PRIVATE KEY-----\n${samples.pemBody()}\n-----END RSA PRIVATE KEY-----`],
    [
      "private_key",
      `-----BEGIN OPENSSH PRIVATE KEY-----\n${samples.pemBody()}\n-----END OPENSSH PRIVATE KEY-----`,
    ],
    ["jwt", `Authorization: Bearer ${samples.jwt()}`],
    ["connection_string", "DATABASE_URL=postgres://app:S3cr3t-pw@db.internal:5432/prod"],
    ["secret_assignment", "password=hunter2!x"],
    ["secret_assignment", 'api_key: "zq81-pp02-kk7"'],
  ])("%s in %j", (type, text) => {
    expect(typesIn(text)).toContain(type);
  });
});

describe("detectors leave look-alikes alone", () => {
  it.each([
    "created 1795236039035 ms after the epoch",
    "order 4155552671 shipped",
    "id 1234567890123456",
    "uuid 123e4567-e89b-12d3-a456-426614174000",
    "sha256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
    "version 1.2.3.4 and 2024-01-15T10:00:00Z",
    "AWS docs: AKIAIOSFODNN7EXAMPLE and wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    "function login(password: string, secret: Secret) {}",
    "password = os.environ['DB_PASSWORD']",
    "const apiKey = process.env.API_KEY;",
    "price 1,234.56 USD, qty 1000",
    "ticket 555-1234",
    "git sha 3f1c2e9 and build 20241115.3",
    "a@b",
    "postgres://localhost:5432/db",
  ])("%j", (text) => {
    expect(defaults.spans(text)).toEqual([]);
  });
});

describe("scanning stays linear on adversarial input", () => {
  const MB = 1024 * 1024;
  it.each([
    ["a run of local-part characters", "a".repeat(MB)],
    ["@ signs", "a@".repeat(MB / 2)],
    ["digits", "4".repeat(MB)],
    ["digit groups", "4111 ".repeat(MB / 5)],
    ["JWT starts", "eyJ".repeat(MB / 3)],
    ["key headers", "-----BEGIN PRIVATE KEY-----".repeat(MB / 27)],
    ["secret prefixes", "ghp_".repeat(MB / 4)],
    ["assignments", "password=".repeat(MB / 9)],
    ["URLs", "a://b:".repeat(MB / 6)],
    // One digit chain a megabyte long, in the shapes that make each chain pattern fail at every position.
    ["a chain of dotted digits", "1.".repeat(MB / 2)],
    ["a chain of spaced digits", "1  ".repeat(MB / 3)],
    ["a chain of bracketed digits", "(1)".repeat(MB / 3)],
    ["phone extensions in a chain", "1234567x123456".repeat(MB / 14)],
    ["plus signs before digits", "+1".repeat(MB / 2)],
  ])("%s", (_, text) => {
    const started = performance.now();
    scanner.spans(text);
    // Not a performance assertion (the benchmark measures speed): a super-linear scan takes minutes here.
    expect(performance.now() - started).toBeLessThan(60_000);
  });
});
