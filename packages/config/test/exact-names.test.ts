import { describe, expect, it } from "vitest";
import { formatIssue } from "../src/issues.js";
import { parseConfigText } from "../src/load.js";

const config = (policy: string, roles = "") =>
  [
    "servers:",
    "  pay:",
    "    command: node",
    "    policy:",
    ...policy.split("\n").map((l) => `      ${l}`),
    ...(roles ? ["auth:", "  roles:", ...roles.split("\n").map((l) => `    ${l}`)] : []),
  ].join("\n");

function problems(text: string): string[] {
  const r = parseConfigText(text, "/cfg/mcp-guard.yaml", {});
  return r.ok ? [] : r.issues.map(formatIssue);
}

describe("rules looked up by exact name refuse patterns", () => {
  it.each([
    ["require_approval", "spend: { require_approval: [delete_*] }", "delete_*"],
    ["require_approval (regex)", 'spend: { require_approval: ["^delete_"] }', "^delete_"],
    ["spend.tools", "spend: { tools: { pay_*: { cost: 1 } } }", "pay_*"],
    ["tool_limits", "rate_limit: { tool_limits: { send_*: { requests_per_hour: 1 } } }", "send_*"],
    ["method_limits", 'rate_limit: { method_limits: { "tools/*": { requests_per_hour: 1 } } }', "tools/*"],
  ])("%s", (what, policy, name) => {
    const found = problems(config(policy));
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(JSON.stringify(name));
    expect(found[0]).toContain(`${what.replace(" (regex)", "")} takes exact names`);
  });

  it("in a role's limits too", () => {
    const found = problems(
      config("{}", "agent:\n  rate_limit: { tool_limits: { ^send: { requests_per_hour: 1 } } }"),
    );
    expect(found.join("\n")).toContain("tool_limits takes exact names");
  });

  it("negative: exact names with dots, dashes, slashes, digits and a caret inside are accepted", () => {
    expect(
      problems(
        config(
          [
            "rate_limit:",
            "  tool_limits: { files.read-all: { requests_per_hour: 1 }, github/create_issue: { requests_per_minute: 2 } }",
            '  method_limits: { "resources/read": { requests_per_hour: 5 } }',
            "spend:",
            '  tools: { "pay.v2": { cost: 1 }, "x^2": { cost: 2 } }',
            "  require_approval: [delete_account, wipe-all, admin/reset]",
          ].join("\n"),
        ),
      ),
    ).toEqual([]);
  });
});

describe("method_limits entries that name no client request", () => {
  it.each([
    ["resource/read", 'did you mean "resources/read"'],
    ["Resources/Read", 'did you mean "resources/read"'],
    ["sampling/createMessage", "sampling.rate_limit"],
    ["notifications/progress", "no request a client sends"],
  ])("%s is refused (%s)", (method, says) => {
    const found = problems(
      config(`rate_limit: { method_limits: { ${JSON.stringify(method)}: { requests_per_hour: 1 } } }`),
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(JSON.stringify(method));
    expect(found[0]).toContain(says);
  });

  it("in a role's limits too", () => {
    const found = problems(
      config("{}", 'agent:\n  rate_limit: { method_limits: { "tool/call": { requests_per_hour: 1 } } }'),
    );
    expect(found.join("\n")).toContain('did you mean "tools/call"');
  });
});

describe("spend.tools entries that name one tool", () => {
  it("are refused: names are compared after NFKC, so the tool would have two rules", () => {
    const found = problems(
      config('spend: { tools: { "ｻｰﾊﾞｰ削除": { cost: 1 }, "サーバー削除": { cost: 5 } } }'),
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('"ｻｰﾊﾞｰ削除" and "サーバー削除" name one tool');
  });
});
