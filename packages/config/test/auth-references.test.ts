import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { formatIssue } from "../src/issues.js";
import { parseConfigText } from "../src/load.js";

const KEY = "mcpg_unit_test_key_0123456789abcdef0123456";
const DIGEST = createHash("sha256").update(KEY).digest("hex");

const config = (auth: string[]) =>
  ["servers:", "  s:", "    command: node", "auth:", ...auth.map((l) => `  ${l}`)].join("\n");

function problems(auth: string[]): string[] {
  const r = parseConfigText(config(auth), "/cfg/mcp-guard.yaml", {});
  return r.ok ? [] : r.issues.map(formatIssue);
}

const ROLES = ["roles:", "  readonly: {}", "  admin: {}"];

describe("role names auth.roles does not define", () => {
  it("are refused in an API key, with the closest defined name", () => {
    const found = problems([
      "mode: api_key",
      "api_keys:",
      `  ${KEY}: { name: ci, roles: [read-only] }`,
      ...ROLES,
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('the key "ci" names the role "read-only"');
    expect(found[0]).toContain('did you mean "readonly"');
    expect(found[0]).not.toContain(KEY);
  });

  it("are refused in the claims-to-roles mapping", () => {
    const found = problems([
      "mode: oauth",
      "oauth:",
      "  issuer: https://login.example",
      "  client_id: guard",
      "  claims_to_roles: { mapping: { admins: [admn, readonly] } }",
      ...ROLES,
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('the claim value "admins" names the role "admn"');
  });

  it("refuse a key with no role at all, as a token that maps to none is refused", () => {
    const found = problems(["mode: api_key", "api_keys:", `  ${KEY}: { name: ci, roles: [] }`, ...ROLES]);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('the key "ci" has no role');
    expect(found[0]).not.toContain(KEY);
  });

  it("do not include default, which every identity without another has", () => {
    expect(problems(["mode: api_key", "api_keys:", `  ${KEY}: { name: ci }`])).toEqual([]);
    expect(problems(["mode: api_key", "api_keys:", `  ${KEY}: { name: ci, roles: [default] }`])).toEqual([]);
    expect(
      problems(["mode: api_key", "api_keys:", `  ${KEY}: { roles: [readonly, admin] }`, ...ROLES]),
    ).toEqual([]);
  });

  it("do not include a name Object's prototype holds", () => {
    const found = problems(["mode: api_key", "api_keys:", `  ${KEY}: { roles: [constructor] }`, ...ROLES]);
    expect(found.join("\n")).toContain('names the role "constructor"');
  });
});

describe("one API key in two entries", () => {
  it.each([
    ["its digest in two letter cases", `"sha256:${DIGEST.toUpperCase()}"`, `"sha256:${DIGEST}"`],
    ["the key beside its digest", KEY, `"sha256:${DIGEST}"`],
  ])("is refused, naming both entries: %s", (_, first, second) => {
    const found = problems([
      "mode: api_key",
      "api_keys:",
      `  ${first}: { name: admin, roles: [admin] }`,
      `  ${second}: { roles: [readonly] }`,
      ...ROLES,
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(`the entries "admin" and "key-${DIGEST.slice(0, 8)}" hold the same key`);
    expect(found[0]).not.toContain(KEY);
  });

  it("is not confused with two keys", () => {
    const other = createHash("sha256").update(`${KEY}x`).digest("hex");
    expect(
      problems(["mode: api_key", "api_keys:", `  "sha256:${DIGEST}": {}`, `  "sha256:${other}": {}`]),
    ).toEqual([]);
  });
});

describe("a digest in another spelling", () => {
  it.each([
    ["an upper-case prefix", `"SHA256:${DIGEST}"`],
    ["a dashed prefix", `"sha-256:${DIGEST}"`],
    ["sha256sum's output pasted whole", `"sha256:${DIGEST}  -"`],
    ["a short digest", `"sha256:${DIGEST.slice(0, 40)}"`],
  ])("is refused, not served as the key itself: %s", (_, written) => {
    const found = problems(["mode: api_key", "api_keys:", `  ${written}: { name: team }`]);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(
      'the entry "team" looks like a SHA-256 digest but is not written "sha256:<64 hex>"',
    );
    expect(found[0]).not.toContain(DIGEST.slice(0, 40));
  });

  it("leaves keys that only start with the letters alone", () => {
    expect(problems(["mode: api_key", "api_keys:", `  sha256abcdef0123456789: {}`])).toEqual([]);
    expect(problems(["mode: api_key", "api_keys:", `  "sha256:${DIGEST}": {}`])).toEqual([]);
  });
});
