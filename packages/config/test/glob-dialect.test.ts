import { describe, expect, it } from "vitest";
import { formatIssue } from "../src/issues.js";
import { parseConfigText } from "../src/load.js";

const config = (permissions: string) =>
  [
    "servers:",
    "  db:",
    "    command: node",
    "    policy:",
    "      permissions:",
    `        ${permissions}`,
  ].join("\n");

function problems(text: string): string[] {
  const r = parseConfigText(text, "/cfg/mcp-guard.yaml", {});
  return r.ok ? [] : r.issues.map(formatIssue);
}

describe("a rule holding another glob dialect's braces or classes", () => {
  it.each([
    ['denied_tools: ["{delete,drop}_*"]', "{delete,drop}_*", '"delete_*", "drop_*"'],
    ['denied_resources: ["file:///srv/app/**/*.{pem,key}"]', "file:///srv/app/**/*.{pem,key}", "*.pem"],
    ['denied_resources: ["file:///srv/app/backup-[0-9]*.sql"]', "file:///srv/app/backup-[0-9]*.sql", "[0-9]"],
    ['allowed_prompts: ["report_[!x]"]', "report_[!x]", "[!x]"],
    ['denied_resources: ["s3://logs/day-{1..9}/**"]', "s3://logs/day-{1..9}/**", "one rule per value"],
    ['denied_resources: ["postgres://[::1]/[ab]*/**"]', "postgres://[::1]/[ab]*/**", "[ab]"],
  ])("%s is refused, naming the rule", (permissions, rule, hint) => {
    const found = problems(config(permissions));
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(JSON.stringify(rule));
    expect(found[0]).toContain(hint);
  });

  it("negative: regexes, IPv6 hosts, a lone brace or bracket and template-like names are accepted", () => {
    const rules = [
      '"^(delete|drop)_[a-z]+$"',
      '"http://[::1]:8080/admin/**"',
      '"postgres://app@[fe80::1%25eth0]/payroll/**"',
      '"file:///srv/{draft}/**"',
      '"file:///srv/a[1/**"',
      '"notes://{id}"',
    ];
    expect(problems(config(`denied_resources: [${rules.join(", ")}]`))).toEqual([]);
  });
});
