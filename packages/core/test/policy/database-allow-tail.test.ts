// rev52 review, find 6: an allow list of a database scheme is matched against the table the server reads (the
// path's last two segments), not only the whole path, which the server does not read.
import { describe, expect, it } from "vitest";
import { normalizeUri } from "../../src/policy/normalize.js";
import { decide, effectivePolicy, type PermissionRules } from "../../src/policy/policy.js";

const resources = (p: Partial<PermissionRules>) =>
  effectivePolicy(
    {
      permissions: { denied_tools: [], denied_resources: [], denied_prompts: [], ...p },
      rate_limit: { tool_limits: {}, method_limits: {} },
      sampling: { enabled: false },
      elicitation: { enabled: false },
    },
    [],
    {},
  ).resources;
const judged = (rules: Partial<PermissionRules>, uri: string) => {
  const normalized = normalizeUri(uri);
  return normalized.ok ? decide(resources(rules), normalized.value) : "refused";
};

describe("an allowed database resource", () => {
  const orders = { allowed_resources: ["postgres://reporting@db.internal/orders/**"] };
  it("is not widened to the table a longer path's tail names (server-postgres reads payroll)", () => {
    expect(judged(orders, "postgres://reporting@db.internal/orders/payroll/schema")).toBe("not_allowed");
    expect(judged({ allowed_resources: ["mysql://h/shop/**"] }, "mysql://h/shop/x/hr/salaries")).toBe(
      "not_allowed",
    );
  });
  it("negative: the allowed table as the server lists it, and a non-database URI, stay allowed", () => {
    expect(judged(orders, "postgres://reporting@db.internal/orders/schema")).toBe("allowed");
    expect(judged({ allowed_resources: ["mysql://shop/**"] }, "mysql://shop/payroll")).toBe("allowed");
    expect(
      judged({ allowed_resources: ["https://docs.example.com/**"] }, "https://docs.example.com/a/b/c"),
    ).toBe("allowed");
  });
});
