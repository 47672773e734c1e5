// Round 46: a denied web page under the other spellings its site reads as it (web-spellings.ts), in the
// resource permissions and in the sensitive-resource check alike, and the ordinary look-alikes that must pass.
import { describe, expect, it } from "vitest";
import { SensitiveResources } from "../../src/integrity/sensitive.js";
import { normalizeUri } from "../../src/policy/normalize.js";
import { decide, effectivePolicy, type PermissionRules } from "../../src/policy/policy.js";

const RULE = "https://intranet.example.com/admin/**";
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

const DENIED_SPELLINGS = [
  "http://intranet.example.com/admin/users",
  "http://intranet.example.com:443/admin/users",
  "wss://intranet.example.com/admin/socket",
  "https://intranet/admin/users",
  "https://INTRANET:443/admin",
  "https://intranet.example.com/admin./users",
  "https://intranet.example.com/admin%20/users",
  "https://intranet.example.com/admin::$INDEX_ALLOCATION/users",
  "https://intranet.example.com/.;/admin/users",
  "https://intranet.example.com/admin;x./users",
  // Climbs Windows may read as `..` once its trailing blanks and dots go (review of round 46).
  "https://intranet.example.com/public/..%20/admin/users",
  "https://intranet.example.com/public/.../admin/users",
];
const LOOK_ALIKES = [
  "https://intranet.example.com/admin.html",
  "https://intranet.example.com/administrators/",
  "https://intranet.example.com/public/admin",
  "https://intranet/handbook.html",
  "https://intranet.example/admin/users", // a dotted name is no short name
  "https://extranet/admin/users",
  "https://intranet.example.com/wiki/Special:Admin",
  "ftp://intranet.example.com/admin/users", // another service than the site's
];

describe("a denied web folder's other spellings", () => {
  it("are denied by a resource rule; look-alikes pass", () => {
    const p = policy({ denied_resources: [RULE] });
    for (const uri of DENIED_SPELLINGS) expect(judged(p, uri), uri).toBe("denied");
    for (const uri of LOOK_ALIKES) expect(judged(p, uri), uri).toBe("allowed");
  });

  it("are refused by the sensitive-resource check in a tool's arguments; look-alikes pass", () => {
    const sensitive = new SensitiveResources([RULE]);
    const climbs = [
      "https://intranet.example.com/public/../admin/users",
      "https://intranet.example.com/public/%2e%2e/admin/users",
      "https://intranet.example.com/public/..;/admin/users",
    ];
    for (const url of [...DENIED_SPELLINGS, ...climbs]) expect(sensitive.inArguments({ url }), url).toBe(url);
    for (const url of LOOK_ALIKES) expect(sensitive.inArguments({ url }), url).toBeUndefined();
    // And inside a command line.
    expect(sensitive.inArguments({ command: "curl -s https://intranet/admin/users" })).toBeDefined();
  });

  it("widen no allow list", () => {
    const p = policy({ allowed_resources: ["https://intranet.example.com/public/**"] });
    expect(judged(p, "https://intranet.example.com/public/a")).toBe("allowed");
    for (const uri of [
      "http://intranet.example.com/public/a",
      "https://intranet/public/a",
      "https://intranet.example.com/public./a",
      "https://intranet.example.com/public/..;/admin/users",
      "https://intranet.example.com/public/%2e%2e;x/admin/users",
    ])
      expect(judged(p, uri), uri).not.toBe("allowed");
  });

  it("reads a rule written for http under https too, and leaves a regex rule as written", () => {
    const p = policy({ denied_resources: ["http://intranet.example.com/admin/**", "^https://x\\.test/a$"] });
    expect(judged(p, "https://intranet.example.com/admin/users")).toBe("denied");
    expect(judged(p, "http://x.test/a")).toBe("allowed");
  });
});

describe("normalizeUri", () => {
  it("refuses a `..` segment carrying parameters; resolves climbs only when asked", () => {
    expect(normalizeUri("https://h/a/..;x/b")).toMatchObject({ ok: false, reason: "path_traversal" });
    expect(normalizeUri("db://h/a/..;/b")).toMatchObject({ ok: false, reason: "path_traversal" });
    expect(normalizeUri("https://h/a/..x;/b")).toEqual({ ok: true, value: "https://h/a/..x;/b" });
    expect(normalizeUri("https://h/a/../../b?q", "resolve")).toEqual({ ok: true, value: "https://h/b?q" });
    expect(normalizeUri("urn:a/../b", "resolve")).toEqual({ ok: true, value: "urn:b" });
    expect(normalizeUri("file:///a/../b", "resolve")).toMatchObject({ ok: false, reason: "path_traversal" });
  });
});
