// Rules are compared in the form of the values they judge (normalize.ts): a rule written as the server lists a
// name or a URI, in a form normalisation changes, must still match it (round 35, attack-rules-as-listed).
import { describe, expect, it } from "vitest";
import { normalizeName, normalizeUri } from "../../src/policy/normalize.js";
import { decide, effectivePolicy, type PermissionRules, type ServerPolicy } from "../../src/policy/policy.js";
import type { SpendRules } from "../../src/spend/spend.js";

const DELETE_SERVER = "ｻｰﾊﾞｰ削除"; // half-width katakana, as the server lists it
const DELETE_FILE = "delete_\uFB01le"; // with the ligature "ﬁ"

const server = (p: Partial<PermissionRules> = {}, extra: Partial<ServerPolicy> = {}): ServerPolicy => ({
  permissions: { denied_tools: [], denied_resources: [], denied_prompts: [], ...p },
  rate_limit: { tool_limits: {}, method_limits: {} },
  sampling: { enabled: false },
  elicitation: { enabled: false },
  ...extra,
});

const name = (value: string) => {
  const n = normalizeName(value);
  if (!n.ok) throw new Error(n.detail);
  return n.value;
};
const uri = (value: string) => {
  const n = normalizeUri(value);
  if (!n.ok) throw new Error(n.detail);
  return n.value;
};

describe("rules compared as the values they judge", () => {
  it("a tool rule written as listed matches the name the permissions check compares", () => {
    const p = effectivePolicy(
      server({ denied_tools: [DELETE_SERVER, DELETE_FILE], denied_prompts: ["ｻｰﾊﾞｰ*"] }),
      [],
      {},
    );
    expect(decide(p.tools, name(DELETE_SERVER))).toBe("denied");
    expect(decide(p.tools, name(DELETE_FILE))).toBe("denied");
    expect(decide(p.prompts, name("ｻｰﾊﾞｰ一覧"))).toBe("denied");
    expect(decide(p.tools, name("echo"))).toBe("allowed");
    const allowed = effectivePolicy(server({ allowed_tools: [DELETE_FILE] }), [], {});
    expect(decide(allowed.tools, name(DELETE_FILE))).toBe("allowed");
  });

  it("a resource rule written percent-encoded matches the decoded URI, in a deny and an allow list", () => {
    const secret = uri("file:///home/me/My%20Files/secret.txt");
    const denied = effectivePolicy(server({ denied_resources: ["file:///home/me/My%20Files/**"] }), [], {});
    expect(decide(denied.resources, secret)).toBe("denied");
    const allowed = effectivePolicy(server({ allowed_resources: ["file:///home/me/My%20Files/*"] }), [], {});
    expect(decide(allowed.resources, secret)).toBe("allowed");
    expect(decide(allowed.resources, uri("file:///home/me/other.txt"))).toBe("not_allowed");
  });

  it("a character that normalises to a wildcard widens a deny rule and never an allow rule", () => {
    const written = "file:///a/%2A";
    const denied = effectivePolicy(server({ denied_resources: [written] }), [], {});
    expect(decide(denied.resources, uri("file:///a/b"))).toBe("denied");
    const allowed = effectivePolicy(server({ allowed_resources: [written] }), [], {});
    expect(decide(allowed.resources, uri("file:///a/b"))).toBe("not_allowed");
    const tools = effectivePolicy(server({ allowed_tools: ["run\uFF0A"] }), [], {});
    expect(decide(tools.tools, name("run_all"))).toBe("not_allowed");
    const deniedTools = effectivePolicy(server({ denied_tools: ["run\uFF0A"] }), [], {});
    expect(decide(deniedTools.tools, name("run_all"))).toBe("denied");
  });

  it("a regex is kept as written", () => {
    const p = effectivePolicy(server({ denied_tools: ["^delete_.*$"] }), [], {});
    expect(decide(p.tools, name(DELETE_FILE))).toBe("denied");
  });

  it("tool_limits are keyed as names are looked up, two entries for one tool giving the lowest limit", () => {
    const p = effectivePolicy(
      {
        ...server(),
        rate_limit: {
          tool_limits: { [DELETE_SERVER]: { requests_per_hour: 5 }, サーバー削除: { requests_per_hour: 2 } },
          method_limits: {},
        },
      },
      [],
      {},
    );
    expect([...p.limits.tools.keys()]).toEqual([name(DELETE_SERVER)]);
    expect(p.limits.tools.get(name(DELETE_SERVER))).toEqual({
      requests_per_hour: 2,
      requests_per_minute: undefined,
    });
  });

  it("spend rules are keyed as the permissions compare names", () => {
    const spend: SpendRules = {
      currency: "USD",
      tools: { [DELETE_FILE]: { cost: 3 } },
      caps: {},
      require_approval: [DELETE_SERVER],
      approval_ttl_seconds: 60,
      wait_for_approval_seconds: 0,
    };
    const p = effectivePolicy(server({}, { spend }), [], {});
    expect(Object.keys(p.spend?.tools ?? {})).toEqual([name(DELETE_FILE)]);
    expect(p.spend?.require_approval).toEqual([name(DELETE_SERVER)]);
  });
});
