// `mcp-guard scan` reports the secrets `init` would move out of a client's entry: besides env, headers and
// what the detectors find in args, the value after a flag named as a credential (`--api-key <key>`) and a
// remote's own URL (a password or a token as its userinfo, `?api_key=`), whatever they look like.
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../src/index.js";

// Made at run time, so that no scanner reading this file meets it; no detector matches it.
const VALUE = ["harbor", "5521", "pine"].join("");
let root: string;

beforeAll(() => {
  root = realpathSync(mkdtempSync(join(tmpdir(), "mcpg-scan-")));
  mkdirSync(join(root, ".cursor"), { recursive: true });
  writeFileSync(
    join(root, ".cursor", "mcp.json"),
    JSON.stringify({
      mcpServers: {
        flagged: { command: "mysql-mcp", args: ["--host", "db", "--pwd", VALUE] },
        "query-key": { url: `https://mcp.svc.example/mcp?api_key=${VALUE}` },
        "userinfo-token": { url: `https://${VALUE}@mcp.svc.example/mcp` },
        plain: { command: "mysql-mcp", args: ["--host", "db", "--verbose"] },
      },
    }),
  );
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("scan", () => {
  it("reports a credential flag's value and a secret in a remote's URL, and nothing in plain args", async () => {
    const r = await runCli(
      ["scan", "--json"],
      { PATH: process.env.PATH ?? "", HOME: root, MCP_GUARD_HOME: join(root, ".config/mcp-guard") },
      // Not the home: the home's .cursor/mcp.json would be read again as the project's.
      { cwd: tmpdir() },
    );
    expect(r.code, r.stderr).toBe(1);
    const { findings } = JSON.parse(r.stdout) as { findings: { server: string; problem: string }[] };
    const secrets = findings.filter((f) => f.problem.startsWith("plaintext secret"));
    expect(secrets.map((f) => `${f.server}: ${f.problem}`).sort()).toEqual([
      "flagged: plaintext secret in args (after --pwd)",
      "query-key: plaintext secret in url (secret_assignment)",
      "userinfo-token: plaintext secret in url (url_credential)",
    ]);
    expect(r.stdout).not.toContain(VALUE);
  });
});
