import { describe, expect, it } from "vitest";
import { formatIssue } from "../src/issues.js";
import { parseConfigText } from "../src/load.js";

const parse = (text: string, env: NodeJS.ProcessEnv = {}) =>
  parseConfigText(text, "/cfg/mcp-guard.yaml", env);
const issues = (text: string, env: NodeJS.ProcessEnv = {}) => {
  const r = parse(text, env);
  if (r.ok) throw new Error("expected errors");
  return r.issues.map(formatIssue);
};

describe("config loading", () => {
  it("fills defaults for a minimal m0lz.03-style config", () => {
    const r = parse(
      'servers:\n  fs:\n    transport: stdio\n    command: npx\n    args: ["-y", "pkg", "/tmp"]\n',
    );
    expect(r.ok && r.config).toMatchObject({
      servers: { fs: { transport: "stdio", command: "npx", args: ["-y", "pkg", "/tmp"], env: {} } },
      daemon: { shutdown_timeout: 30, log_level: "info", dashboard_port: 9777 },
      audit: { retention_days: 90 },
    });
  });

  it("names the file, line and key path of an unknown key with a suggestion", () => {
    expect(issues("servers:\n  fs:\n    command: x\n    agrs: []\n")).toEqual([
      '/cfg/mcp-guard.yaml:4: servers.fs.agrs: unknown key "agrs" (did you mean "args"?)',
    ]);
    expect(issues("servers: {}\ndeamon:\n  home: /x\n")).toEqual([
      '/cfg/mcp-guard.yaml:2: deamon: unknown key "deamon" (did you mean "daemon"?)',
    ]);
    expect(issues("servers: {}\npolicies: {}\n")[0]).toMatch(
      /:2: policies: unknown key "policies" \(expected one of: extends, servers, daemon, auth, interceptors, pii, audit, approvals, personal_servers\)/,
    );
  });

  it("reports wrong types and missing fields where they are", () => {
    expect(issues("servers:\n  a:\n    command: x\n    args: nope\n")[0]).toMatch(
      /^\/cfg\/mcp-guard\.yaml:4: servers\.a\.args: .*array/,
    );
    expect(issues("servers:\n  a:\n    transport: sse\n")).toEqual([
      "/cfg/mcp-guard.yaml:3: servers.a.url: a sse server needs a url",
    ]);
    expect(issues("servers:\n  a:\n    args: []\n")).toEqual([
      "/cfg/mcp-guard.yaml:3: servers.a.command: a stdio server needs a command",
    ]);
    expect(issues("servers:\n  a:\n    command: x\ndaemon:\n  shutdown_timeout: -1\n")[0]).toMatch(
      /:5: daemon\.shutdown_timeout: /,
    );
    expect(issues("daemon: {}\n")[0]).toMatch(/^\/cfg\/mcp-guard\.yaml:1: servers: /);
  });

  it("reports malformed YAML with its line", () => {
    expect(issues("servers:\n  a: [unclosed\n")[0]).toMatch(/^\/cfg\/mcp-guard\.yaml:\d+: invalid YAML/);
    expect(issues("servers: {}\nservers: {}\n")[0]).toMatch(/invalid YAML: Map keys must be unique/);
  });

  it("interpolates ${VAR} and ${VAR:-default} in values only, never in comments", () => {
    const r = parse(
      [
        "# ${NOT_SET_ANYWHERE} in a comment is left alone",
        "servers:",
        "  a:",
        "    command: ${CMD}",
        "    env:",
        "      TOKEN: ${TOKEN:-fallback}",
        "      LITERAL: $${KEEP}",
      ].join("\n"),
      { CMD: "/bin/server" },
    );
    expect(r.ok && r.config.servers.a).toMatchObject({
      command: "/bin/server",
      env: { TOKEN: "fallback", LITERAL: "${KEEP}" },
    });
  });

  it("cannot inject YAML structure through a variable", () => {
    const r = parse("servers:\n  a:\n    command: ${EVIL}\n", { EVIL: "x\n    args: [--pwn]\nextra: 1" });
    expect(r.ok && r.config.servers.a).toMatchObject({ command: "x\n    args: [--pwn]\nextra: 1", args: [] });
  });

  it("reports an unset variable outside the servers with its key path", () => {
    expect(issues("servers: {}\ndaemon:\n  home: ${GUARD_HOME}\n")).toEqual([
      "/cfg/mcp-guard.yaml:3: daemon.home: environment variable GUARD_HOME is not set (use ${GUARD_HOME:-default} for a default)",
    ]);
  });

  it("an unset variable in a server leaves the config valid and names the server's missing variables", () => {
    const r = parse(
      "servers:\n  a:\n    command: x\n    env:\n      KEY: ${API_KEY}\n  b:\n    command: y\n",
    );
    expect(r.ok && r.variables.missing).toEqual({ a: ["API_KEY"] });
    expect(r.ok && Object.keys(r.variables.raw)).toEqual(["a"]);
  });

  it("refuses a custom detection type that reuses a built-in name, and an invalid custom regex", () => {
    expect(
      issues('servers: {}\npii:\n  custom_types:\n    ssn:\n      patterns: [{ regex: "x" }]\n'),
    ).toEqual([
      '/cfg/mcp-guard.yaml:4: pii.custom_types.ssn: "ssn" is a built-in type; a custom type needs its own name',
    ]);
    expect(
      issues('servers: {}\npii:\n  custom_types:\n    badge:\n      patterns: [{ regex: "([" }]\n')[0],
    ).toMatch(/:5: pii\.custom_types\.badge\.patterns\.0\.regex: invalid regular expression/);
  });

  it("refuses an API key named anonymous, the audit's name for a connection without a valid key", () => {
    const config = (name: string) =>
      `servers: {}\nauth:\n  mode: api_key\n  api_keys:\n    "\${CI_KEY}": { name: ${name} }\n`;
    expect(issues(config("anonymous"), { CI_KEY: "k".repeat(32) })).toEqual([
      '/cfg/mcp-guard.yaml:5: auth.api_keys.${CI_KEY}.name: the name "anonymous" is reserved: the audit names connections without a valid key so',
    ]);
    expect(parse(config("ci"), { CI_KEY: "k".repeat(32) }).ok).toBe(true);
  });
});

// Round 31, from outside: a file of aliases that expand without bound was refused by the YAML library with
// an exception the loader did not catch, so `validate` printed "unexpected error" and a stack trace.
describe("hostile YAML", () => {
  it("refuses aliases that expand without bound as a config problem, with no stack trace", () => {
    const lines = ['a0: &a0 ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 10; i++)
      lines.push(
        `a${i}: &a${i} [${Array(10)
          .fill(`*a${i - 1}`)
          .join(",")}]`,
      );
    const r = parseConfigText(`${lines.join("\n")}\nservers: {}\n`, "/cfg/mcp-guard.yaml");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toHaveLength(1);
    expect(formatIssue(r.issues[0]!)).toMatch(/invalid YAML: .*alias/i);
  });
});

// Round 31, from outside: `__proto__:` was read as the object's prototype, so the keys under it passed the
// schema as inherited second spellings (here daemon.home), unseen by the duplicate-key check.
describe("a __proto__ key", () => {
  it("is an unknown key, not a second spelling of the keys beneath it", () => {
    const r = parseConfigText(
      "daemon:\n  __proto__:\n    home: /tmp/elsewhere\nservers: {}\n",
      "/cfg/mcp-guard.yaml",
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => formatIssue(i)).join("\n")).toContain("__proto__");
  });
});
