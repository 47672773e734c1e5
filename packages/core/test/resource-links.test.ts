// A file: URI is judged by where it leads through the links on this machine as well as as written
// (resource-links.ts; attack-denied-resource-links.test.ts shows the attack through the real bridge).
import { describe, expect, it } from "vitest";
import { permissions } from "../src/interceptors/permissions.js";
import { linkedResourceVerdict } from "../src/interceptors/resource-links.js";
import { classify, type Message, type RequestMessage } from "../src/jsonrpc.js";
import type { MessageContext } from "../src/pipeline.js";
import type { ServerPlaces } from "../src/integrity/sensitive.js";
import { effectivePolicy, type PermissionRules } from "../src/policy/policy.js";

/**
 * /data/public/latest -> ../private, as a deploy script keeps it; /data/public/here -> /proc/self/cwd; two
 * links whose names hold a real "%": x%41 -> ../private, y%41 -> archive.
 */
const followLinks = (path: string): string | undefined => {
  if (path.startsWith("/data/public/here")) return undefined;
  return path
    .replace(/^\/data\/public\/(?:latest|x%41)(?=\/|$)/, "/data/private")
    .replace(/^\/data\/public\/y%41(?=\/|$)/, "/data/public/archive");
};
const local: ServerPlaces = { directories: ["/data"], followLinks };

function policyOf(permissions: Partial<PermissionRules>, places: ServerPlaces | undefined = local) {
  return effectivePolicy(
    {
      permissions: { denied_tools: [], denied_resources: [], denied_prompts: [], ...permissions },
      rate_limit: { tool_limits: {}, method_limits: {} },
      sampling: { enabled: false },
      elicitation: { enabled: false },
    },
    ["default"],
    {},
    places,
  );
}

const DENY_PRIVATE = { denied_resources: ["file:///data/private/**"] };

/** The verdict on where a URI leads, for a URI whose canonical form is itself (as written here). */
const linkedVerdict = (policy: ReturnType<typeof policyOf>, uri: string) =>
  linkedResourceVerdict(policy, uri, uri);

function context(
  raw: Record<string, unknown>,
  policy: ReturnType<typeof policyOf>,
  request?: Record<string, unknown>,
): MessageContext {
  return {
    direction: request ? "to_client" : "to_server",
    sessionId: "s",
    server: "files",
    identity: { method: "os", user: "me", uid: 1000, roles: ["default"] },
    auth: { ok: true },
    policy,
    state: new Map(),
    message: classify({ jsonrpc: "2.0", ...raw }) as Message,
    request: request ? (classify({ jsonrpc: "2.0", ...request }) as RequestMessage) : undefined,
  };
}

describe("a file: URI through a link that was there before the session", () => {
  it("is refused when it leads into a denied folder, naming where it leads", () => {
    expect(linkedVerdict(policyOf(DENY_PRIVATE), "file:///data/public/latest/report.txt")).toEqual({
      action: "block",
      reason: "resource_denied",
      data: {
        uri: "file:///data/public/latest/report.txt",
        leads_to: "file:///data/private/report.txt",
        rule: "deny_list",
      },
    });
  });

  it("is refused by resources/read, subscribe and a completion that fills it in", () => {
    const guard = permissions();
    const policy = policyOf(DENY_PRIVATE);
    for (const method of ["resources/read", "resources/subscribe"])
      expect(
        guard.inspect(
          context({ id: 1, method, params: { uri: "file:///data/public/latest/report.txt" } }, policy),
        ),
      ).toMatchObject({ action: "block", reason: "resource_denied" });
    const completion = {
      id: 2,
      method: "completion/complete",
      params: {
        ref: { type: "ref/resource", uri: "file:///data/public/{+path}" },
        argument: { name: "path", value: "latest/rep" },
      },
    };
    expect(guard.inspect(context(completion, policy))).toMatchObject({ reason: "resource_denied" });
  });

  it("is followed under a link's own name when that name holds a real % (the server decodes once)", () => {
    const read = (uri: string) =>
      permissions().inspect(
        context({ id: 1, method: "resources/read", params: { uri } }, policyOf(DENY_PRIVATE)),
      );
    expect(read("file:///data/public/x%2541/report.txt")).toMatchObject({
      action: "block",
      reason: "resource_denied",
      data: { leads_to: "file:///data/private/report.txt", rule: "deny_list" },
    });
    // Honest neighbour: the same spelling through a link into a public folder.
    expect(read("file:///data/public/y%2541/report.txt")).toEqual({ action: "pass" });
  });

  it("must be on an allow list where it leads too", () => {
    const policy = policyOf({ allowed_resources: ["file:///data/public/**"] });
    expect(linkedVerdict(policy, "file:///data/public/latest/report.txt")).toMatchObject({
      reason: "resource_denied",
      data: { rule: "allow_list" },
    });
    expect(linkedVerdict(policy, "file:///data/public/notes.txt").action).toBe("pass");
  });

  it("is refused when where it leads cannot be known (a link into /proc/self)", () => {
    expect(linkedVerdict(policyOf(DENY_PRIVATE), "file:///data/public/here/x")).toMatchObject({
      reason: "resource_denied",
    });
  });

  it("has its contents withheld when a tool's result embeds them", async () => {
    const result = {
      id: 1,
      result: {
        content: [
          { type: "resource", resource: { uri: "file:///data/public/latest/report.txt", text: "figures" } },
          { type: "text", text: "done" },
        ],
      },
    };
    const verdict = await permissions().inspect(
      context(result, policyOf(DENY_PRIVATE), { id: 1, method: "tools/call", params: { name: "t" } }),
    );
    expect(verdict.action).toBe("modify");
    expect(JSON.stringify(verdict)).not.toContain("figures");
  });

  it("negative: a public file, and any file without a resource rule, pass without a look at the disk", () => {
    expect(linkedVerdict(policyOf(DENY_PRIVATE), "file:///data/public/notes.txt").action).toBe("pass");
    const asked: string[] = [];
    const spied = policyOf({}, { directories: [], followLinks: (p) => (asked.push(p), p) });
    expect(linkedVerdict(spied, "file:///data/public/latest/report.txt").action).toBe("pass");
    expect(asked).toEqual([]);
  });

  it("negative: a remote server's URIs are not followed on this machine", () => {
    const remote = policyOf(DENY_PRIVATE, { directories: [] });
    expect(linkedVerdict(remote, "file:///data/public/latest/report.txt").action).toBe("pass");
    expect(linkedVerdict(policyOf(DENY_PRIVATE), "https://example.com/latest").action).toBe("pass");
  });
});
