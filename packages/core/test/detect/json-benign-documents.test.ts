// Round 38: JSON documents read as the value they spell (json-text.ts) are judged as their text is. A document
// that holds no secret (a manifest, a schema, settings with stand-ins, an i18n file) is forwarded as written,
// and one whose secret is redacted keeps every other line as written.
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { Scanner } from "../../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
const forwarded = (text: string) => {
  const { findings, value } = scanner.scan({ text }, "result", () => true);
  return { types: findings.map((f) => f.type), text: (value as { text: string }).text };
};

describe("a JSON document with a secret in it", () => {
  const document = {
    db: { host: "db.internal", port: 5432, user: "billing", password: "Zx7!qLm4vR2k" },
    features: { audit: true, retries: 3 },
  };

  it("keeps every other line as written when the text's rules found the secret", () => {
    for (const indent of [2, 4, "\t"]) {
      const text = JSON.stringify(document, null, indent);
      const out = forwarded(text).text;
      expect(out).not.toContain("Zx7!qLm4vR2k");
      const kept = text.split("\n").filter((line) => !line.includes("Zx7!"));
      expect(out.split("\n").filter((line) => !line.includes("REDACTED"))).toEqual(kept);
    }
  });

  it("keeps its indentation when only the shape's rules found it (a password in a list)", () => {
    const text = JSON.stringify({ users: [{ name: "bob", password: ["Zx7!qLm4vR"] }], total: 1 }, null, 2);
    const out = forwarded(text).text;
    expect(out).not.toContain("Zx7!qLm4vR");
    expect(out).toBe(text.replace("Zx7!qLm4vR", "[REDACTED:secret_assignment]"));
  });
});

describe("a password's name that is a value in JSON written without blanks", () => {
  it("does not take the next member's key for a password", () => {
    for (const text of [
      '{"format":"password","description":"The user\'s password","minLength":8}',
      '{"type":"password","name":"confirm","autocomplete":"new-password"}',
    ])
      expect(forwarded(text)).toEqual({ types: [], text });
    // A call's argument after a comma is still read as the password it sets.
    expect(forwarded('set("password", "Zx7!qLm4vR")').text).not.toContain("Zx7!qLm4vR");
    expect(forwarded('{"password":"Zx7!qLm4vR","user":"bob"}').text).not.toContain("Zx7!qLm4vR");
  });
});
