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

/** Documents with credentials' names and no credential: stand-ins, references, labels, types, settings. */
const BENIGN: Record<string, unknown> = {
  manifest: {
    name: "auth-service",
    version: "2.4.1",
    scripts: { build: "tsc -b", test: "vitest run" },
    dependencies: { "passport-jwt": "^4.0.1", jsonwebtoken: "^9.0.2", bcrypt: "^5.1.1" },
  },
  appSettings: {
    ConnectionStrings: { Default: "Server=localhost;Database=app;Trusted_Connection=True;" },
    Jwt: { Issuer: "https://localhost:5001", Audience: "api", Key: "", ExpiryMinutes: 60 },
    Smtp: { Host: "smtp.example.com", Password: "", UseSsl: true },
  },
  schema: {
    type: "object",
    properties: {
      password: { type: "string", format: "password", description: "The user's password", minLength: 8 },
      token: { type: "string", description: "An access token" },
    },
    required: ["password"],
  },
  standIns: {
    database: { user: "app", password: "${DB_PASSWORD}" },
    api: { token: "<your token>", apiKey: "YOUR_API_KEY", clientSecret: "change-me-in-production" },
    masked: { password: "********", secret: "[hidden]", key: "xxxx-xxxx-xxxx" },
    templated: { password: "{{ .Values.db.password }}", token: "${{ secrets.GITHUB_TOKEN }}" },
  },
  references: {
    apiKey: "vault:secret/data/payments#key",
    token: "file:/run/secrets/deploy_token",
    clientSecret: "op://Engineering/Stripe/credential",
    signingSecret: "projects/my-project/secrets/signing-key/versions/latest",
    authToken: "/run/secrets/auth_token",
  },
  codeNames: { tokenService: "MyApp.Auth.TokenService", token: "application/x-www-form-urlencoded" },
  envList: [
    { name: "JWT_SECRET", value: "change-me-in-production" },
    { name: "API_KEY", valueFrom: { secretKeyRef: { name: "api", key: "key" } } },
    { name: "GITHUB_TOKEN", value: "${GITHUB_TOKEN}" },
  ],
  settings: { passwordless: true, requirePassword: false, tokenTtl: 3600, passwordMinLength: 12 },
  labels: {
    password: "Password",
    confirmPassword: "Confirm password",
    forgotPassword: "Forgot your password?",
    token: "Access token",
  },
};

describe("a JSON document that holds no secret", () => {
  for (const [name, value] of Object.entries(BENIGN))
    for (const indent of [2, "\t", undefined])
      it(`is forwarded as written: ${name}, indent ${JSON.stringify(indent)}`, () => {
        const text = JSON.stringify(value, null, indent);
        expect(forwarded(text)).toEqual({ types: [], text });
        // Structured, as structuredContent: the same judgement.
        expect(scanner.scan(value, "result", () => true).findings).toEqual([]);
      });
});

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

  it("still finds a random value under a secret's name the text rules take for one", () => {
    const value = "q8Vd2kR7xLp4Tz9Wm3Ns6Hb1";
    for (const doc of [{ signature: value }, { clientSecret: value }, [{ name: "JWT_SECRET", value }]]) {
      expect(forwarded(JSON.stringify(doc, null, 2)).text).not.toContain(value);
      expect(JSON.stringify(scanner.scan(doc, "result", () => true).value)).not.toContain(value);
    }
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
