// Round 36: a value named by its sibling field ({ name, value } of Kubernetes env lists, HAR headers, settings
// APIs) is read as the assignment the pair writes (attack-name-value-objects.test.ts).
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { Scanner } from "../../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
const scanned = (value: unknown) => scanner.scan(value, "params", () => true);

describe("a value named by a sibling field", () => {
  it("is read as the assignment the pair writes", () => {
    for (const pair of [
      { name: "DB_PASSWORD", value: "Tr0ub4dor&3x" },
      { Key: "password", Value: "Km2@wQp8Ls" },
      { name: "X-Api-Key", value: "f3a9c1d27b8e4a6f9c0d1e2f3a4b5c6d" },
      { key: "customer_ssn", value: "078051120" },
    ]) {
      const { findings, value } = scanned({ env: [pair] });
      expect(findings.length).toBeGreaterThan(0);
      const secret = Object.values(pair)[1] as string;
      expect(JSON.stringify(value)).not.toContain(secret);
    }
  });

  it("in the other shapes a pair is written in: [name, value], ParameterKey/ParameterValue, k/v (round 37)", () => {
    for (const value of [
      {
        headers: [
          ["Accept", "application/json"],
          ["X-Db-Password", "Tr0ub4dor&3x"],
        ],
      },
      { Parameters: [{ ParameterKey: "DbPassword", ParameterValue: "Tr0ub4dor&3x" }] },
      { settings: [{ k: "DB_PASSWORD", v: "Tr0ub4dor&3x" }] },
      { env: [{ NAME: "DB_PASSWORD", VALUE: "Tr0ub4dor&3x", type: "secret" }] },
      { fill: [{ label: "Password", value: "Tr0ub4dor&3x" }] },
    ]) {
      const scannedValue = scanned(value);
      expect(scannedValue.findings.length).toBeGreaterThan(0);
      expect(JSON.stringify(scannedValue.value)).not.toContain("Tr0ub4dor&3x");
    }
  });

  it("named by a member ending in name, or by a type that says it is a secret (round 38)", () => {
    const key = "q8Zr3mX0vP2LkT9sYwB4nE7uH1cJ5dF6gA8iK0oM2pQ4rS6tU8vW0xY2zA4bC6dE8fG0hI2jK4lM6nO8pQ0rS==";
    for (const value of [
      { keys: [{ creationTime: "2024-05-20", keyName: "key1", permissions: "FULL", value: key }] },
      {
        Parameters: [
          { Name: "/prod/billing/upstream", Type: "SecureString", Value: key, Version: 3, DataType: "text" },
        ],
      },
      { fields: [{ id: "f1", type: "CONCEALED", label: "upstream", value: key }] },
    ]) {
      const scannedValue = scanned(value);
      expect(scannedValue.findings.length).toBeGreaterThan(0);
      expect(JSON.stringify(scannedValue.value)).not.toContain(key);
    }
    // A plain parameter and a member naming its object by an ordinary name stay.
    expect(
      scanned({
        Parameters: [{ Name: "/prod/billing/region", Type: "String", Value: "us-east-1", Version: 1 }],
        items: [{ displayName: "Build", kind: "run", value: "f3a9c1d27b8e4a6f9c0d1e2f3a4b5c6d", id: 4 }],
      }).findings,
    ).toEqual([]);
  });

  it("hard negative: a pair whose name names nothing sensitive, or a value with no name beside it", () => {
    for (const pair of [
      { name: "Accept", value: "application/json" },
      { name: "BUILD_ID", value: "f3a9c1d27b8e4a6f9c0d1e2f3a4b5c6d" },
      { name: "password_policy", value: "min 12 characters" },
      { id: "password", label: "Km2@wQp8Ls" },
      { key: "interval", val: "Km2@wQp8Ls" },
      { name: "password", type: "string", description: "The user's password" },
    ])
      expect(scanned({ env: [pair] }).findings).toEqual([]);
    expect(
      scanned({
        rows: [
          ["password", "required"],
          ["Accept", "Km2@wQp8Ls"],
          ["a", "b", "c"],
        ],
      }).findings,
    ).toEqual([]);
  });
});
