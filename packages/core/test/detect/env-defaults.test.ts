// A credential's environment variable read with a literal fallback (issue 12): the fallback is what the program
// runs with wherever the variable is unset, so it is the credential written into the source. Random values made
// here, in the shapes code writes; and the look-alikes the same shapes take in ordinary code.
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { Scanner } from "../../src/detect/scanner.js";
import { envNameStrength } from "../../src/detect/secrets/env-defaults.js";
import { chars } from "./samples.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
const secretsIn = (text: string) => scanner.spans(text).filter((s) => s.category === "secret");

const AN = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const HEX = "0123456789abcdef";
/** Mixed case and digits up front, so that a short random body cannot come out of one class by chance. */
const random = (n: number) => `Qx7${chars(AN, n - 3)}`;

describe("an environment variable's literal fallback is the credential", () => {
  it.each([
    ["JavaScript ||", (v: string) => `const key = process.env.STORAGE_ACCOUNT_KEY || "${v}";`],
    ["JavaScript ??, bracketed", (v: string) => `apiKey: process.env["STRIPE_SECRET_KEY"] ?? '${v}',`],
    ["Vite's env", (v: string) => `const token = import.meta.env.VITE_API_TOKEN || \`${v}\`;`],
    ["Python or", (v: string) => `PASSWORD = os.environ.get("DB_PASSWORD") or "${v}"`],
    ["Python getenv or", (v: string) => `secret = os.getenv('CLIENT_SECRET') or '${v}'`],
    ["PHP ?:", (v: string) => `$pass = getenv('MAIL_PASSWORD') ?: '${v}';`],
    ["PHP $_ENV ??", (v: string) => `$token = $_ENV['AUTH_TOKEN'] ?? '${v}';`],
    ["Ruby block", (v: string) => `token = ENV.fetch("GITHUB_TOKEN") { "${v}" }`],
    ["Ruby ||", (v: string) => `secret = ENV["SESSION_SECRET"] || "${v}"`],
    ["Kotlin ?:", (v: string) => `val pw = System.getenv("SMTP_PASSWORD") ?: "${v}"`],
    ["C# ??", (v: string) => `var k = Environment.GetEnvironmentVariable("ApiKey") ?? "${v}";`],
  ])("%s", (_shape, text) => {
    const value = random(24);
    const line = text(value);
    const found = secretsIn(line);
    expect(found.map((s) => s.type)).toContain("secret_assignment");
    expect(found.some((s) => line.slice(s.start, s.end).includes(value))).toBe(true);
  });

  it("takes a password a person chose, as an assignment to the name would", () => {
    expect(secretsIn(`const pw = process.env.DB_PASSWORD || "Tr0ub4dor&3";`)).toHaveLength(1);
    expect(secretsIn(`key = os.getenv("SIGNING_KEY") or "${chars(HEX, 40)}"`)).toHaveLength(1);
  });
});

describe("ordinary fallbacks stay clean", () => {
  it.each([
    [`const port = process.env.PORT || "8080";`],
    [`const mode = process.env.NODE_ENV || "development";`],
    [`const off = process.env.CACHE_BYPASS || "${random(20)}";`],
    [`const pem = process.env.PUBLIC_KEY || "${random(40)}";`],
    [`const next = process.env.NEXT_PAGE_TOKEN || "${random(24)}";`],
    [`const header = process.env.TOKEN_HEADER || "x-access-token";`],
    [`const pw = process.env.DB_PASSWORD || process.env.PGPASSWORD;`],
    [`const pw = process.env.DB_PASSWORD || "not-set";`],
    [`const t = process.env.API_TOKEN || "your-api-token-here";`],
    [`home = os.getenv("HOME", "/root")`],
    [`const s = process.env.SESSION_SECRET || "keyboard cat";`],
    ["const url = `${base}/${path}/${token}`;"],
    [`image: "\${REGISTRY:-docker.io}/library/postgres:16"`],
  ])("%s", (text) => {
    expect(secretsIn(text)).toEqual([]);
  });

  it("reads a name as a credential's only where the credential's word starts a word of it", () => {
    expect(envNameStrength("DB_PASSWORD")).toBe("password");
    expect(envNameStrength("apiToken")).toBe("secret");
    expect(envNameStrength("STRIPE_SECRET_KEY")).toBe("secret");
    expect(envNameStrength("ACCOUNT_KEY")).toBe("weak");
    expect(envNameStrength("CACHE_BYPASS")).toBeUndefined();
    expect(envNameStrength("MONKEY")).toBeUndefined();
    expect(envNameStrength("CACHE_KEY")).toBeUndefined();
    expect(envNameStrength("PASSWORD_MIN_LENGTH")).toBeUndefined();
  });
});
