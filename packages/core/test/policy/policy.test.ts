import { describe, expect, it } from "vitest";
import {
  decide,
  effectivePolicy,
  type PermissionRules,
  type RateLimitRules,
  type ServerPolicy,
} from "../../src/policy/policy.js";

const permissions = (p: Partial<PermissionRules> = {}): PermissionRules => ({
  denied_tools: [],
  denied_resources: [],
  denied_prompts: [],
  ...p,
});
const limits = (l: Partial<RateLimitRules> = {}): RateLimitRules => ({
  tool_limits: {},
  method_limits: {},
  ...l,
});
const server = (p: Partial<PermissionRules> = {}, l: Partial<RateLimitRules> = {}): ServerPolicy => ({
  permissions: permissions(p),
  rate_limit: limits(l),
  sampling: { enabled: false },
  elicitation: { enabled: false },
});

describe("effective policy", () => {
  // Round 16 review: a role named like one of Object's members (an OS user called `constructor`, a key's role
  // `toString`) found that member as its definition, and reading its permissions threw for every call.
  it("adds nothing for a role that is only a name Object's prototype holds, and keeps a defined role's rules", () => {
    const own = { admin: { permissions: permissions({ denied_tools: ["drop_*"] }), rate_limit: limits() } };
    for (const role of ["constructor", "toString", "__proto__", "hasOwnProperty"]) {
      const p = effectivePolicy(server({ denied_tools: ["rm"] }), [role, "admin"], own);
      expect(decide(p.tools, "rm"), role).toBe("denied");
      expect(decide(p.tools, "drop_table"), role).toBe("denied");
      expect(decide(p.tools, "echo"), role).toBe("allowed");
    }
  });

  // Round 14: a resource denied by its exact URI was read with a query, a fragment or a trailing slash.
  it("denies a denied resource with a query, a fragment or a trailing slash added, and nothing beside it", () => {
    const p = effectivePolicy(
      server({ denied_resources: ["https://i.example.com/payroll", "test://items/7"] }),
      [],
      {},
    );
    for (const uri of [
      "https://i.example.com/payroll",
      "https://i.example.com/payroll/",
      "https://i.example.com/payroll?page=2",
      "https://i.example.com/payroll/#top",
      "test://items/7?",
    ])
      expect(decide(p.resources, uri), uri).toBe("denied");
    // Hard negatives: neighbours, and what lies below the denied page (deny it with "/**").
    for (const uri of [
      "https://i.example.com/payroll-faq",
      "https://i.example.com/payrolls?x",
      "https://i.example.com/?q=payroll",
      "test://items/70",
      "https://i.example.com/payroll/2024",
    ])
      expect(decide(p.resources, uri), uri).toBe("allowed");
    // An allow list still matches exactly.
    const only = effectivePolicy(server({ allowed_resources: ["https://i.example.com/public"] }), [], {});
    expect(decide(only.resources, "https://i.example.com/public?x=1")).toBe("not_allowed");
  });

  // Round 17: the names Windows and macOS open a denied file by (attack-resource-os-spellings.test.ts).
  it("denies a denied file under the names its operating system opens it by, and nothing beside it", () => {
    const p = effectivePolicy(
      server({ denied_resources: ["file:///C:/Users/me/secret/**", "file:///data/caf\u00e9/**"] }),
      [],
      {},
    );
    for (const uri of [
      "file:///C:/Users/me/secret./a",
      "file:///c:/users/me/SECRET . ./a",
      "file:///C:/Users/me/secret:$I30:$INDEX_ALLOCATION/a",
      "file:///C:/Users/me/secret",
      "file:///data/cafe\u0301/menu",
    ])
      expect(decide(p.resources, uri), uri).toBe("denied");
    // Hard negatives: neighbours on a drive, and a POSIX name with a trailing dot (another file there).
    for (const uri of [
      "file:///C:/Users/me/secrets/a",
      "file:///C:/Users/me/secret.txt",
      "file:///C:/Users/me/secret-old/a",
      "file:///data/secret./a",
      "file:///data/cafe/menu",
    ])
      expect(decide(p.resources, uri), uri).toBe("allowed");
    // An allow list still matches exactly.
    const only = effectivePolicy(server({ allowed_resources: ["file:///C:/public/**"] }), [], {});
    expect(decide(only.resources, "file:///C:/public./a")).toBe("not_allowed");
  });

  // Round 18: Windows' short (8.3) names and a web path's ";" parameters (attack-resource-short-names.test.ts).
  it("denies a denied folder under its Windows short name or admin share, and a web page with ';' parameters", () => {
    const p = effectivePolicy(
      server({
        denied_resources: [
          "file:///C:/Program Files/Vault/**",
          "file:///C:/Users/me/Documents/**",
          "file:///C:/Users/me/secret.keys",
          "https://i.example.com/admin/**",
          "https://i.example.com/payroll",
        ],
      }),
      [],
      {},
    );
    for (const uri of [
      "file:///C:/PROGRA~1/Vault/a",
      "file:///c:/progra~2/vault/a",
      "file:///C:/PROGRA~1/Vault./a",
      "file:///C:/Users/me/DOCUME~1/a.txt",
      "file:///C:/Users/me/DOCUME~1",
      "file:///C:/Users/me/SECRET~1.KEY",
      "https://i.example.com/admin;x=1/users",
      "https://i.example.com/ADMIN;",
      "https://i.example.com/payroll;jsessionid=7",
      "https://i.example.com/payroll;a/",
      // A drive's administrative share, on whatever host (the guard cannot tell it is this machine).
      "file:///localhost/C$/Users/me/Documents/a",
      "file:///pc-01/c$/PROGRA~1/Vault./a",
    ])
      expect(decide(p.resources, uri), uri).toBe("denied");
    // Hard negatives: other short names, neighbours, and ";" in a file name (part of the name there).
    for (const uri of [
      "file:///C:/PROGRA~1/Public/a",
      "file:///C:/Users/me/DOWNLO~1/a.txt",
      "file:///C:/Users/me/SECRET~1.TXT",
      "file:///C:/Users/me/PUBLIC~1/a",
      "file:///data/DOCUME~1/a",
      "https://i.example.com/administrator;x/users",
      "https://i.example.com/public;admin/x",
      "https://i.example.com/payroll-faq;x",
      "file:///localhost/D$/Users/me/Documents/a",
      "file:///localhost/share/Users/me/Documents/a",
    ])
      expect(decide(p.resources, uri), uri).toBe("allowed");
    // An allow list still matches exactly.
    const only = effectivePolicy(server({ allowed_resources: ["file:///C:/Program Files/**"] }), [], {});
    expect(decide(only.resources, "file:///C:/PROGRA~1/a")).toBe("not_allowed");
  });

  it("lets deny win over allow", () => {
    const p = effectivePolicy(server({ allowed_tools: ["*"], denied_tools: ["delete_*"] }), [], {});
    expect(decide(p.tools, "read_file")).toBe("allowed");
    expect(decide(p.tools, "delete_file")).toBe("denied");
  });

  it("allows everything without an allow list, and only the listed with one", () => {
    expect(decide(effectivePolicy(server(), [], {}).tools, "anything")).toBe("allowed");
    const p = effectivePolicy(server({ allowed_tools: ["read_*"] }), [], {});
    expect(decide(p.tools, "write_file")).toBe("not_allowed");
  });

  it("lets roles only restrict: their denies add, their allow lists must also be met", () => {
    const roles = {
      reader: { permissions: permissions({ allowed_tools: ["read_*", "list_*"] }), rate_limit: limits() },
      careful: { permissions: permissions({ denied_tools: ["read_secret"] }), rate_limit: limits() },
      generous: { permissions: permissions({ allowed_tools: ["**"] }), rate_limit: limits() },
    };
    const p = effectivePolicy(
      server({ allowed_tools: ["read_*", "write_*"] }),
      ["reader", "careful", "generous", "undefined-role"],
      roles,
    );
    expect(decide(p.tools, "read_file")).toBe("allowed");
    expect(decide(p.tools, "write_file")).toBe("not_allowed"); // the server allows it, the role does not
    expect(decide(p.tools, "list_dir")).toBe("not_allowed"); // the role allows it, the server does not
    expect(decide(p.tools, "read_secret")).toBe("denied");
  });

  it("takes the lowest limit, and a role may add one the server lacks", () => {
    const roles = {
      slow: {
        permissions: permissions(),
        rate_limit: limits({ requests_per_minute: 10, tool_limits: { echo: { requests_per_hour: 5 } } }),
      },
      fast: {
        permissions: permissions(),
        rate_limit: limits({ requests_per_minute: 1000, requests_per_hour: 100 }),
      },
    };
    const p = effectivePolicy(
      server({}, { requests_per_minute: 60, tool_limits: { echo: { requests_per_minute: 3 } } }),
      ["slow", "fast"],
      roles,
    );
    expect(p.limits.server).toEqual({ requests_per_minute: 10, requests_per_hour: 100 });
    expect(p.limits.tools.get("echo")).toEqual({ requests_per_minute: 3, requests_per_hour: 5 });
  });
});
