// Attack (round 29, found from outside in a second pass, on this round's own fixes) on init's entry-secrets.ts / url-secrets.ts: a secret anywhere
// in a client's entry should go to secrets.env with a ${VAR} left in mcp-guard.yaml. A value of a service's
// own shape (no detector matches it) is moved only when its place names it as a credential
// (isCredentialName) or it is a URL userinfo PASSWORD. Shapes still copied into mcp-guard.yaml as written:
//  - env MYSQL_PWD (MySQL's documented password variable) and flags --pwd / --pw: "pwd"/"pw" is no credential
//    name to SECRET_KEY_NAME (pass(word|wd|phrase)?$) or CREDENTIAL_VARIABLE (key|pat);
//  - a token as a URL's userinfo without a password (`https://<token>@mcp.svc.example/mcp`, and the same
//    with an empty password `https://<token>:@…`), the way mcp-remote / git URLs carry a bare token:
//    USERINFO_PASSWORD wants `user:password@`.
// Secure behaviour: none of these values reaches mcp-guard.yaml (the plan's config); each is filed in the
// plan's secrets. Proved on init's real plan (packages/cli/src/onboarding/plan.ts).
import { stringify } from "yaml";
import { describe, expect, it } from "vitest";
import type { Entry, Found } from "../../cli/src/onboarding/clients.js";
import { plan } from "../../cli/src/onboarding/plan.js";

// Made at run time, so that no scanner reading this file meets them; no detector matches them.
const V = ["orchid", "4471", "basalt"].join("");

const found = (name: string, entry: Entry): Found => ({
  file: { client: "claude-desktop", scope: "user", path: "/h/claude.json", keyPath: ["mcpServers"] },
  name,
  entry,
});

const ENTRIES: Record<string, Entry> = {
  "env MYSQL_PWD": { command: "npx", args: ["-y", "@benborla29/mcp-server-mysql"], env: { MYSQL_PWD: V } },
  "flag --pwd": { command: "mysql-mcp", args: ["--host", "db", "--user", "app", "--pwd", V] },
  "flag --pw": { command: "mysql-mcp", args: ["--pw", V] },
  "URL userinfo token": { command: "npx", args: ["-y", "mcp-remote", `https://${V}@mcp.svc.example/mcp`] },
  "URL userinfo token, empty password": {
    command: "npx",
    args: ["-y", "mcp-remote", `https://${V}:@mcp.svc.example/mcp`],
  },
};

describe("init's plan for a client entry holding a service-shaped secret", () => {
  for (const [shape, entry] of Object.entries(ENTRIES))
    it(`keeps it out of mcp-guard.yaml: ${shape}`, () => {
      const p = plan([found("svc", entry)], "/p");
      expect(p.servers.length).toBe(1);
      const server = p.servers[0]!;
      expect(stringify({ servers: { svc: server.config } })).not.toContain(V);
      expect(Object.values(server.secrets)).toContain(V);
    });
});
