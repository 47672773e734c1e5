// Attack (round 29, found from outside): `init` moved a client entry's secrets into the owner-only secrets
// file only where they sat in `env` under a plain variable name (and a remote's Authorization header); a
// secret anywhere else in the entry was copied into mcp-guard.yaml as written, though init's own detectors
// (secretsInText) find each one. What a user expects, from the README: "Secret values (found by the
// detectors, or under a secret-looking name such as *_TOKEN, *_KEY or *_PAT) go into <home>/secrets.env
// (0600), which the config names as daemon.secrets_file; the YAML holds ${VARIABLE}s only." The three that
// got through:
//  - a connection string in `args`, as server-postgres is configured in its own README
//    (`postgresql://user:password@host/db`);
//  - an API key in a remote server's URL query (`https://…/mcp?api_key=…`), which Cursor's `url` holds;
//  - a token under an env name that is not an identifier (`GITHUB-TOKEN`: env names with a dash are valid
//    for execve and the client passes them), filed as an ordinary value because no ${…} can name it.
// mcp-guard.yaml is the file users share, commit and `extends` from; `scan` reports exactly these places
// (plaintext secrets in env, headers and args). Secure behaviour: none of the values reaches mcp-guard.yaml
// (each is in secrets.env, referenced as ${VAR}); each server still gets the same value at run time
// (packages/cli/test/plan-secrets.test.ts fills the planned entries as a session does).
// Proved with the real CLI on a scratch HOME holding Claude Desktop's and Cursor's configs.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../src/index.js";

// Made at run time, so that no scanner reading this file meets them.
const PASSWORD = ["S3cr3t", "pw", "9921"].join("-");
const QUERY_KEY = ["sk", "live", "51HxQ2eK8fLmN3pR7tV9wY1zA4bC6dE8"].join("_");
const DASHED_TOKEN = ["ghp", "A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8"].join("_");

let root: string;
let home: string;
const env = () => ({ PATH: process.env.PATH ?? "", HOME: home });

function put(path: string, value: unknown): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(value, null, 2));
}

beforeAll(() => {
  root = realpathSync(mkdtempSync(join(tmpdir(), "mcpg-init-secrets-")));
  home = join(root, "home");
  put(join(home, ".config/Claude/claude_desktop_config.json"), {
    mcpServers: {
      postgres: {
        command: "npx",
        args: [
          "-y",
          "@modelcontextprotocol/server-postgres",
          `postgresql://app:${PASSWORD}@db.internal:5432/prod`,
        ],
      },
      github: {
        command: "npx",
        args: ["-y", "@modelcontextprotocol/server-github"],
        env: { "GITHUB-TOKEN": DASHED_TOKEN },
      },
    },
  });
  put(join(home, ".cursor/mcp.json"), {
    mcpServers: {
      payments: {
        url: `https://mcp.payments.example/mcp?api_key=${QUERY_KEY}`,
        headers: { Authorization: "Bearer ${env:PAYMENTS_SESSION}" },
      },
    },
  });
});
afterAll(async () => {
  await runCli(["stop"], env());
  rmSync(root, { recursive: true, force: true });
});

describe("secrets init finds in a client's entry outside a plain env name", () => {
  it("never reach mcp-guard.yaml", async () => {
    const applied = await runCli(["init", "--apply"], env(), { cwd: root, timeoutMs: 60_000 });
    expect(applied.code, applied.stderr + applied.stdout).toBe(0);
    const configPath = join(home, ".config/mcp-guard/mcp-guard.yaml");
    expect(existsSync(configPath)).toBe(true);
    const config = readFileSync(configPath, "utf8");
    // The entries were migrated (the config names them).
    expect(config).toMatch(/postgres/);
    expect(config).toMatch(/payments/);
    const inConfig = Object.entries({ PASSWORD, QUERY_KEY, DASHED_TOKEN })
      .filter(([, value]) => config.includes(value))
      .map(([name]) => name);
    expect(inConfig).toEqual([]);
    // Each is in the owner-only secrets file instead, and the server still reads GITHUB-TOKEN by its name.
    const secrets = readFileSync(join(home, ".config/mcp-guard/secrets.env"), "utf8");
    const notFiled = Object.entries({ PASSWORD, QUERY_KEY, DASHED_TOKEN })
      .filter(([, value]) => !secrets.includes(`=${value}\n`))
      .map(([name]) => name);
    expect(notFiled).toEqual([]);
    expect(config).toMatch(/GITHUB-TOKEN: \$\{[A-Z][A-Z0-9_]*\}\n/);
    expect(config).toMatch(/postgresql:\/\/app:\$\{[A-Z][A-Z0-9_]*\}@db\.internal:5432\/prod/);
    // The rewritten client entries launch mcp-guard and hold none of them either.
    for (const file of [".config/Claude/claude_desktop_config.json", ".cursor/mcp.json"]) {
      const text = readFileSync(join(home, file), "utf8");
      expect(
        [PASSWORD, QUERY_KEY, DASHED_TOKEN].filter((v) => text.includes(v)),
        file,
      ).toEqual([]);
    }
  });
});
