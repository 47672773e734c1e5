// Round 47: a denied database resource under the other spellings of its URI's authority
// (authority-spellings.ts), and the ordinary neighbours that must stay as they were.
import { describe, expect, it } from "vitest";
import { SensitiveResources } from "../../src/integrity/sensitive.js";
import { normalizeUri } from "../../src/policy/normalize.js";
import { decide, effectivePolicy, type PermissionRules } from "../../src/policy/policy.js";

const policy = (p: Partial<PermissionRules>) =>
  effectivePolicy(
    {
      permissions: { denied_tools: [], denied_resources: [], denied_prompts: [], ...p },
      rate_limit: { tool_limits: {}, method_limits: {} },
      sampling: { enabled: false },
      elicitation: { enabled: false },
    },
    [],
    {},
  );
const judged = (p: ReturnType<typeof policy>, uri: string) => {
  const normalized = normalizeUri(uri);
  return normalized.ok ? decide(p.resources, normalized.value) : "refused";
};

const denied = policy({ denied_resources: ["postgres://reporting@db.internal/payroll/**"] });

describe("a denied database resource", () => {
  it.each([
    "postgres://reporting@db.internal/payroll/schema",
    "postgres://db.internal/payroll/schema",
    "postgres://admin@db.internal/payroll/schema",
    "postgres://admin:pw@db.internal/payroll/schema",
    "postgres://reporting@db.internal:5432/payroll/schema",
    "postgresql://reporting@db.internal/payroll/schema",
    "postgres://reporting@db.internal./payroll/schema",
    "POSTGRES://Reporting@DB.Internal/Payroll/schema",
    "postgres:///payroll/schema",
    "postgres://reporting@db.internal/payroll/schema?x=1",
    // The server reads the table from the path alone (review of round 47): another host or port is no cover.
    "postgres://reporting@db.internal:5433/payroll/schema",
    "postgres://reporting@other.internal/payroll/schema",
  ])("is denied as %s", (uri) => {
    expect(judged(denied, uri)).toBe("denied");
  });

  it("is denied when the rule itself writes the default port or the other scheme name", () => {
    const written = policy({ denied_resources: ["postgresql://db.internal.:5432/payroll/**"] });
    expect(judged(written, "postgres://reporting@db.internal/payroll/schema")).toBe("denied");
    const mysql = policy({ denied_resources: ["mysql://app@db/hr/**"] });
    expect(judged(mysql, "mariadb://db:3306/hr/salaries")).toBe("denied");
  });

  it.each([
    "postgres://reporting@db.internal/orders/schema",
    "mysql://reporting@db.internal/payroll/schema",
    "postgres://reporting@db.internal/payrolls/schema",
  ])("negative: %s stays allowed", (uri) => {
    expect(judged(denied, uri)).toBe("allowed");
  });

  it("negative: an allow list keeps matching the authority as written", () => {
    const allowed = policy({ allowed_resources: ["postgres://reporting@db.internal/orders/**"] });
    expect(judged(allowed, "postgres://reporting@db.internal/orders/schema")).toBe("allowed");
    expect(judged(allowed, "postgres://admin@db.internal/orders/schema")).toBe("not_allowed");
    expect(judged(allowed, "postgresql://reporting@db.internal/orders/schema")).toBe("not_allowed");
  });
});

// Round 49: the sensitive list reads a URI as the deny list does (denied-uri-readings.ts).
describe("a sensitive database resource", () => {
  const sensitive = new SensitiveResources(["postgres://reporting@db.internal/pay%72oll/**"]);

  it.each([
    "postgres://reporting@db.internal/payroll/schema",
    "postgres://db.internal/payroll/schema",
    "postgres://admin:pw@db.internal/payroll/schema",
    "postgres://reporting@db.internal:5432/payroll/schema",
    "postgresql://reporting@db.internal/payroll/schema",
    "postgres://reporting@db.internal./payroll/schema",
    "POSTGRES://Reporting@DB.Internal/Payroll/schema",
    "postgres://reporting@db.internal/pay%72oll/schema",
    "postgres://other.internal:5433/payroll/schema",
  ])("is sensitive as %s", (uri) => {
    expect(sensitive.matches(uri)).toBe(true);
  });

  it.each([
    "postgres://reporting@db.internal/orders/schema",
    "mysql://reporting@db.internal/payroll/schema",
    "postgres://reporting@db.internal/payrolls/schema",
  ])("negative: %s is not", (uri) => {
    expect(sensitive.matches(uri)).toBe(false);
  });

  it("is found in a tool's arguments under another user and port, and the orders table is not", () => {
    const uri = "postgresql://admin@db.internal:5432/payroll/schema";
    expect(sensitive.inArguments({ table: { uri } })).toBe(uri);
    expect(sensitive.inArguments({ uri: "postgres://reporting@db.internal/orders/schema" })).toBeUndefined();
  });
});

// Round 52: the reference database servers read only the path's tail (server-postgres the last two segments of
// `new URL(uri).pathname`, mcp-server-mysql the last two pieces of `uri.split("/")`), and a URI written
// without `//` gives them the same pathname.
describe("a denied database resource under another spelling of its path", () => {
  it.each([
    "postgres://reporting@db.internal/x/payroll/schema",
    "postgres://db.internal/public/payroll/schema",
    "postgres://a/b/c/d/e/f/g/h/i/j/payroll/schema",
    "postgres:payroll/schema",
    "postgres:/payroll/schema",
    "postgresql:payroll/schema",
    "POSTGRES:Payroll/schema",
  ])("is denied as %s", (uri) => {
    expect(new URL(uri).pathname.split("/").slice(-2)[0]?.toLowerCase()).toBe("payroll");
    expect(judged(denied, uri)).toBe("denied");
  });

  it("is denied as mcp-server-mysql reads it: the database and the table last", () => {
    const mysql = policy({ denied_resources: ["mysql://shop/payroll"] });
    expect(judged(mysql, "mysql://anything/shop/payroll")).toBe("denied");
    expect(judged(mysql, "mysql://shop/orders")).toBe("allowed");
  });

  it("is sensitive under those spellings too", () => {
    const sensitive = new SensitiveResources(["postgres://reporting@db.internal/payroll/**"]);
    expect(sensitive.matches("postgres://db.internal/x/payroll/schema")).toBe(true);
    expect(sensitive.matches("postgres:payroll/schema")).toBe(true);
    expect(sensitive.matches("postgres://db.internal/x/orders/schema")).toBe(false);
  });

  it.each([
    "postgres://reporting@db.internal/orders/schema",
    "postgres://reporting@db.internal/payroll_archive/schema",
    "postgres:orders/schema",
    "postgres://db.internal/payroll-x/orders/schema",
  ])("negative: %s stays allowed", (uri) => {
    expect(judged(denied, uri)).toBe("allowed");
  });

  it("negative: another scheme's path is compared as written, and an allow list is unchanged", () => {
    const notes = policy({ denied_resources: ["notes://private/secret/**"] });
    expect(judged(notes, "notes://private/x/secret/y")).toBe("allowed");
    expect(judged(notes, "notes:secret/y")).toBe("allowed");
    const allowed = policy({ allowed_resources: ["postgres://reporting@db.internal/orders/**"] });
    expect(judged(allowed, "postgres://reporting@db.internal/x/orders/schema")).toBe("not_allowed");
  });
});
