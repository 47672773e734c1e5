// mcp-guard init and scan against client config files in each client's real format (Claude Desktop,
// Claude Code user/project, Cursor global/project, VS Code with comments, Windsurf, Gemini CLI).
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  realpathSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../src/index.js";

let root: string;
let home: string;
let project: string;
const files: Record<string, string> = {};
const GITHUB = "ghp_Zt8q2Lm9Vx7Np4Hc6Ks1Dy5Bf3Gh0Qe8Ur7W1";

function put(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  files[path] = text;
}

beforeAll(() => {
  root = realpathSync(mkdtempSync(join(tmpdir(), "mcpg-init-")));
  home = join(root, "home");
  project = join(root, "project");
  mkdirSync(project, { recursive: true });
  put(
    join(home, ".config/Claude/claude_desktop_config.json"),
    JSON.stringify(
      {
        globalShortcut: "Ctrl+Space",
        mcpServers: {
          filesystem: {
            command: "npx",
            args: ["-y", "@modelcontextprotocol/server-filesystem", "/home/u/docs"],
          },
          github: {
            command: "npx",
            args: ["-y", "@modelcontextprotocol/server-github"],
            env: { GITHUB_PERSONAL_ACCESS_TOKEN: GITHUB },
          },
        },
      },
      null,
      2,
    ),
  );
  put(
    join(home, ".claude.json"),
    JSON.stringify({
      numStartups: 3,
      mcpServers: {
        memory: {
          type: "stdio",
          command: "npx",
          args: ["-y", "@modelcontextprotocol/server-memory"],
          env: {},
        },
      },
      projects: {
        [project]: {
          allowedTools: [],
          mcpServers: { linear: { type: "sse", url: "https://mcp.linear.example/sse" } },
        },
      },
    }),
  );
  put(
    join(project, ".mcp.json"),
    JSON.stringify({
      mcpServers: {
        db: { command: "node", args: ["db.js"], env: { DATABASE_URL: "postgres://app:pw-81lq9x@db/prod" } },
      },
    }),
  );
  put(
    join(home, ".cursor/mcp.json"),
    JSON.stringify({
      mcpServers: {
        filesystem: {
          command: "npx",
          args: ["-y", "@modelcontextprotocol/server-filesystem", "/home/u/code"],
        },
      },
    }),
  );
  put(
    join(project, ".cursor/mcp.json"),
    JSON.stringify({
      mcpServers: {
        "remote-api": {
          url: "https://api.example.com/mcp",
          headers: { Authorization: "Bearer t0k3n-value-9" },
        },
      },
    }),
  );
  put(
    join(project, ".vscode/mcp.json"),
    '{\n  // VS Code allows comments\n  "inputs": [],\n  "servers": {\n    "playwright": { "type": "stdio", "command": "npx", "args": ["@playwright/mcp@latest"] },\n  },\n}\n',
  );
  put(
    join(home, ".codeium/windsurf/mcp_config.json"),
    JSON.stringify({
      mcpServers: {
        brave: {
          command: "npx",
          args: ["-y", "brave-search"],
          env: { BRAVE_API_KEY: "BSAq8Zr2mVt9LxW4pNc7Hs" },
        },
      },
    }),
  );
  put(
    join(home, ".gemini/settings.json"),
    JSON.stringify({
      theme: "Default",
      mcpServers: { weather: { httpUrl: "http://weather.example.com/mcp" } },
    }),
  );
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Enough of JSONC for these files: line comments and trailing commas. */
const parseJsonc = (text: string): unknown =>
  JSON.parse(text.replace(/^\s*\/\/.*$/gm, "").replace(/,(\s*[}\]])/g, "$1"));

const cli = (...args: string[]) =>
  runCli(
    args,
    { PATH: process.env.PATH ?? "", HOME: home, MCP_GUARD_HOME: join(home, ".config/mcp-guard") },
    { cwd: project },
  );

describe("scan", () => {
  it("reports unguarded servers and plaintext secrets in env and headers, with exit 1; OAuth remotes are noted", async () => {
    const r = await cli("scan");
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /claude-desktop github: plaintext secret in env GITHUB_PERSONAL_ACCESS_TOKEN \(github_token\)/,
    );
    expect(r.stdout).toMatch(/claude-code db: plaintext secret in env DATABASE_URL \(connection_string\)/);
    expect(r.stdout).toMatch(/windsurf brave: plaintext secret in env BRAVE_API_KEY/);
    expect(r.stdout).toContain(
      "note   claude-code linear: https://mcp.linear.example/sse authenticates in the client (OAuth); not proxied",
    );
    expect(r.stdout).toMatch(/cursor remote-api: plaintext secret in headers Authorization/);
    expect(r.stdout).toMatch(/gemini weather: remote server over plain http/);
    expect(r.stdout).not.toMatch(/without authentication/);
    expect(r.stdout).toContain("10 server(s) in client configs");
    expect((r.stdout.match(/launched without mcp-guard/g) ?? []).length).toBe(8);
  });
});

describe("init", () => {
  it("shows what it would write, with placeholders instead of secrets and distinct names", async () => {
    const r = await cli("init", "--dry-run", "--apply");
    expect(r.code, r.stderr).toBe(0);
    for (const name of [
      "filesystem",
      "filesystem-cursor",
      "github",
      "memory",
      "db",
      "remote-api",
      "playwright",
      "brave",
    ]) {
      expect(r.stdout).toMatch(new RegExp(`^  ${name}:`, "m"));
    }
    expect(r.stdout).toMatch(
      /left as is: claude-code linear: a remote server that authenticates in the client/,
    );
    expect(r.stdout).toContain("GITHUB_PERSONAL_ACCESS_TOKEN: ${GITHUB_PERSONAL_ACCESS_TOKEN}");
    expect(r.stdout).toContain("upstream_auth_token: ${REMOTE_API_TOKEN}");
    expect(r.stdout).toMatch(/secrets_file: .*secrets\.env/);
    for (const secret of [GITHUB, "pw-81lq9x", "t0k3n-value-9", "BSAq8Zr2mVt9LxW4pNc7Hs"])
      expect(r.stdout).not.toContain(secret);
    expect(r.stdout).toContain("--apply would rewrite");
    for (const [path, text] of Object.entries(files)) expect(readFileSync(path, "utf8")).toBe(text); // nothing written
  });

  it("writes a config that validates", async () => {
    const r = await cli("init");
    expect(r.code, r.stderr).toBe(0);
    const config = join(home, ".config/mcp-guard/mcp-guard.yaml");
    expect(readFileSync(config, "utf8")).not.toContain(GITHUB);
    const secrets = join(home, ".config/mcp-guard/secrets.env");
    expect(statSync(secrets).mode & 0o777).toBe(0o600);
    expect(readFileSync(secrets, "utf8")).toContain(`GITHUB_PERSONAL_ACCESS_TOKEN=${GITHUB}`);
    const v = await runCli(["validate", "-c", config], { PATH: process.env.PATH ?? "", HOME: home });
    expect(v.stdout).not.toContain("unless a client's entry sets it");
    expect(v.code).toBe(0);
    const again = await cli("init");
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain(`kept ${config}: it is what init writes for these servers`);
  });

  it("init --apply after init applies the config init wrote, and keeps a person's edits to it", async () => {
    const config = join(home, ".config/mcp-guard/mcp-guard.yaml");
    const written = readFileSync(config, "utf8");
    const cursor = join(home, ".cursor/mcp.json");
    const cursorBefore = readFileSync(cursor, "utf8");
    try {
      // The first run's advice, followed: before, it refused ("exists; pass --force").
      const applied = await cli("init", "--apply");
      expect(applied.code, applied.stderr).toBe(0);
      expect(applied.stdout).toContain(`rewrote ${cursor}`);
      expect((await cli("init", "--revert")).code).toBe(0);
      expect(readFileSync(cursor, "utf8")).toBe(cursorBefore);

      const edited = `${written}audit:\n  retention_days: 7\n`;
      writeFileSync(config, edited);
      const keptEdits = await cli("init", "--apply");
      expect(keptEdits.code, keptEdits.stderr).toBe(0);
      expect(keptEdits.stdout).toContain("still defines every server found");
      expect(readFileSync(config, "utf8")).toBe(edited);
      expect((await cli("init", "--revert")).code).toBe(0);

      // An edited file that lost a server found in a client is not applied: the client would lose it.
      writeFileSync(config, written.replace(/^ {2}memory:\n(?: {4}.*\n)+/m, ""));
      const refused = await cli("init", "--apply");
      expect(refused.code).not.toBe(0);
      expect(refused.stderr).toContain("does not define memory");
      expect(readFileSync(cursor, "utf8")).toBe(cursorBefore);
      expect((await cli("init")).stderr).toContain("exists; pass --force");
    } finally {
      writeFileSync(config, written);
    }
  });

  it("points every client at mcp-guard after a backup, keeping the rest of each file, and reverts exactly", async () => {
    const r = await cli("init", "--apply", "--force");
    expect(r.code, r.stderr).toBe(0);
    const desktop = JSON.parse(readFileSync(join(home, ".config/Claude/claude_desktop_config.json"), "utf8"));
    expect(desktop.globalShortcut).toBe("Ctrl+Space");
    expect(desktop.mcpServers.github.args.slice(1, 4)).toEqual(["connect", "-s", "github"]);
    expect(desktop.mcpServers.github.env).toBeUndefined(); // the token is in the secrets file now
    const code = JSON.parse(readFileSync(join(home, ".claude.json"), "utf8"));
    expect(code.numStartups).toBe(3);
    expect(code.projects[project].mcpServers.linear).toEqual({
      type: "sse",
      url: "https://mcp.linear.example/sse",
    });
    const vscodeText = readFileSync(join(project, ".vscode/mcp.json"), "utf8");
    expect(vscodeText).toContain("// VS Code allows comments");
    expect(vscodeText).toMatch(/\},\n\s*\},\n\}\n$/); // its trailing commas too
    const vscode = parseJsonc(vscodeText) as { servers: Record<string, unknown> };
    expect(vscode.servers.playwright).toMatchObject({
      type: "stdio",
      args: [expect.any(String), "connect", "-s", "playwright", "-c", expect.any(String)],
    });
    expect(
      JSON.parse(readFileSync(join(home, ".cursor/mcp.json"), "utf8")).mcpServers.filesystem.args[3],
    ).toBe("filesystem-cursor");
    // Backups are kept in mcp-guard's own home, owner-only, one per file; none beside the files.
    const backupDir = join(home, ".config/mcp-guard/init-backups");
    const backups = readdirSync(backupDir);
    expect(backups.length).toBeGreaterThan(0);
    for (const name of backups) expect(statSync(join(backupDir, name)).mode & 0o777).toBe(0o600);
    expect(statSync(backupDir).mode & 0o777).toBe(0o700);
    expect((await cli("init", "--apply", "--force")).code).toBe(0);
    expect(readdirSync(backupDir)).toEqual(backups);
    expect(readdirSync(join(home, ".cursor")).filter((f) => f.includes("backup"))).toEqual([]);

    const after = await cli("scan");
    expect(after.stdout).not.toContain("launched without mcp-guard");
    expect(after.stdout).not.toContain("plaintext secret");

    const back = await cli("init", "--revert");
    expect(back.code, back.stderr).toBe(0);
    for (const [path, text] of Object.entries(files)) expect(readFileSync(path, "utf8"), path).toBe(text);
    expect(existsSync(join(home, ".config/mcp-guard/init-backups.json"))).toBe(true);
    expect((await cli("init", "--revert")).stderr).toContain("nothing to revert");
    expect(readdirSync(backupDir)).toEqual([]);
  });

  it("refuses to revert over edits made after --apply, naming the file; --force keeps them", async () => {
    expect((await cli("init", "--apply", "--force")).code).toBe(0);
    const cursor = join(home, ".cursor/mcp.json");
    const edited = JSON.parse(readFileSync(cursor, "utf8"));
    edited.mcpServers.added = { command: "node", args: ["added.js"] };
    writeFileSync(cursor, JSON.stringify(edited, null, 2));
    const refused = await cli("init", "--revert");
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`changed since mcp-guard init --apply: ${cursor}`);
    expect(readFileSync(join(home, ".claude.json"), "utf8")).toContain("connect"); // nothing reverted

    expect((await cli("init", "--revert", "--force")).code).toBe(0);
    const merged = JSON.parse(readFileSync(cursor, "utf8"));
    expect(merged.mcpServers.added).toEqual({ command: "node", args: ["added.js"] });
    expect(merged.mcpServers.filesystem).toEqual(JSON.parse(files[cursor]!).mcpServers.filesystem);
    for (const [path, text] of Object.entries(files))
      if (path !== cursor) expect(readFileSync(path, "utf8")).toBe(text);
  });
});
