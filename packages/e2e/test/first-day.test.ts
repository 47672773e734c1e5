// A person's first day, end to end: a home with all six supported clients configured (tokens in env, VS Code
// variables, inputs, envFile and comments, per-project Claude Code entries, a remote OAuth entry), then
// `scan` -> `init --apply` -> each client's migrated entry launched exactly as that client launches a server
// completes a guarded session with its own environment -> `scan` is clean -> `init --revert` restores
// every file byte for byte.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EVERYTHING, FILESYSTEM, FIXTURE, MEMORY, runCli } from "../src/index.js";

let root: string;
let home: string;
let project: string;
const files: Record<string, string> = {};
const node = process.execPath;

type ClientName = "claude-desktop" | "cursor" | "vscode" | "claude-code" | "windsurf" | "gemini";
/** Where each client keeps the entry of the server this test launches through it. */
const entries: Record<string, { client: ClientName; file: () => string; path: () => string[] }> = {
  "desktop github": {
    client: "claude-desktop",
    file: () => join(home, ".config/Claude/claude_desktop_config.json"),
    path: () => ["mcpServers", "github"],
  },
  "desktop everything": {
    client: "claude-desktop",
    file: () => join(home, ".config/Claude/claude_desktop_config.json"),
    path: () => ["mcpServers", "everything"],
  },
  "cursor github": {
    client: "cursor",
    file: () => join(home, ".cursor/mcp.json"),
    path: () => ["mcpServers", "github"],
  },
  "vscode workspace": {
    client: "vscode",
    file: () => join(project, ".vscode/mcp.json"),
    path: () => ["servers", "workspace"],
  },
  "code memory": {
    client: "claude-code",
    file: () => join(home, ".claude.json"),
    path: () => ["projects", project, "mcpServers", "memory"],
  },
  "windsurf files": {
    client: "windsurf",
    file: () => join(home, ".codeium/windsurf/mcp_config.json"),
    path: () => ["mcpServers", "files"],
  },
  "gemini service": {
    client: "gemini",
    file: () => join(home, ".gemini/settings.json"),
    path: () => ["mcpServers", "service"],
  },
};

function put(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  files[path] = text;
}

beforeAll(() => {
  root = realpathSync(mkdtempSync(join(tmpdir(), "mcpg-day1-")));
  home = join(root, "home");
  project = join(root, "project");
  mkdirSync(join(root, "files"), { recursive: true });
  writeFileSync(join(root, "files/notes.txt"), "first day notes\n");
  put(
    join(home, ".config/Claude/claude_desktop_config.json"),
    JSON.stringify(
      {
        mcpServers: {
          github: {
            command: node,
            args: [FIXTURE],
            env: { GITHUB_PERSONAL_ACCESS_TOKEN: "desktop-token-1" },
          },
          everything: { command: node, args: [EVERYTHING, "stdio"] },
        },
      },
      null,
      2,
    ),
  );
  put(
    join(home, ".cursor/mcp.json"),
    JSON.stringify({
      mcpServers: {
        github: { command: node, args: [FIXTURE], env: { GITHUB_PERSONAL_ACCESS_TOKEN: "cursor-token-2" } },
      },
    }),
  );
  put(join(project, ".env"), "FROM_ENV_FILE=loaded\n");
  put(
    join(project, ".vscode/mcp.json"),
    [
      "{",
      "  // the workspace's own server; the token is asked for once and kept by VS Code",
      '  "inputs": [{ "type": "promptString", "id": "api-token", "description": "API token", "password": true }],',
      '  "servers": {',
      '    "workspace": {',
      '      "type": "stdio",',
      `      "command": ${JSON.stringify(node)},`,
      `      "args": [${JSON.stringify(FIXTURE)}],`,
      '      "env": { "WORKDIR": "${workspaceFolder}", "API_TOKEN": "${input:api-token}" },',
      '      "envFile": "${workspaceFolder}/.env",',
      "    },",
      "  },",
      "}",
      "",
    ].join("\n"),
  );
  put(
    join(home, ".claude.json"),
    JSON.stringify({
      numStartups: 7,
      projects: {
        [project]: {
          mcpServers: {
            memory: {
              type: "stdio",
              command: node,
              args: [MEMORY],
              env: { MEMORY_FILE_PATH: join(root, "memory.jsonl") },
            },
            linear: { type: "http", url: "https://mcp.linear.example/mcp" },
          },
        },
      },
    }),
  );
  put(
    join(home, ".codeium/windsurf/mcp_config.json"),
    JSON.stringify({ mcpServers: { files: { command: node, args: [FILESYSTEM, join(root, "files")] } } }),
  );
  put(
    join(home, ".gemini/settings.json"),
    JSON.stringify({
      theme: "Default",
      mcpServers: { service: { command: node, args: [FIXTURE], env: { SERVICE_KEY: "${SERVICE_KEY}" } } },
    }),
  );
});

afterAll(async () => {
  await cli("stop");
  rmSync(root, { recursive: true, force: true });
});

/** What every client inherits from the desktop session; Gemini's user also exported SERVICE_KEY. */
const desktopEnv = () => ({ PATH: process.env.PATH ?? "", HOME: home });
const cli = (...args: string[]) => runCli(args, desktopEnv(), { cwd: project, timeoutMs: 60_000 });

const parseJsonc = (text: string): unknown =>
  JSON.parse(text.replace(/^\s*\/\/.*$/gm, "").replace(/,(\s*[}\]])/g, "$1"));

function entryOf(key: string): Record<string, unknown> {
  const { file, path } = entries[key]!;
  let value = parseJsonc(readFileSync(file(), "utf8"));
  for (const k of path()) value = (value as Record<string, unknown>)[k];
  return value as Record<string, unknown>;
}

/**
 * Launches an entry the way its client does: VS Code resolves its variables and inputs and loads envFile;
 * Claude Code and Gemini CLI expand ${VAR} from their own environment; the child inherits the client's
 * environment with the entry's env on top, in the project directory.
 */
function launchAsClient(key: string, clientEnv: Record<string, string>): StdioClientTransport {
  const { client } = entries[key]!;
  const entry = entryOf(key);
  const resolve = (v: string) =>
    client === "vscode"
      ? v.replace(/\$\{workspaceFolder\}/g, project).replace(/\$\{input:api-token\}/g, "typed-into-vscode")
      : client === "claude-code" || client === "gemini"
        ? v.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_m, name: string) => clientEnv[name] ?? "")
        : v;
  const env: Record<string, string> = { ...clientEnv };
  if (client === "vscode" && typeof entry.envFile === "string")
    for (const line of readFileSync(resolve(entry.envFile), "utf8").split("\n")) {
      const m = /^([A-Za-z_]\w*)=(.*)$/.exec(line);
      if (m) env[m[1]!] = m[2]!;
    }
  for (const [k, v] of Object.entries((entry.env ?? {}) as Record<string, string>)) env[k] = resolve(v);
  return new StdioClientTransport({
    command: resolve(String(entry.command)),
    args: ((entry.args ?? []) as string[]).map(resolve),
    env,
    cwd: project,
    stderr: "pipe",
  });
}

/** What each bridge printed, shown when a session fails: "Connection closed" alone does not say why. */
const bridgeStderr: string[] = [];

async function session(key: string, clientEnv: Record<string, string> = desktopEnv()): Promise<Client> {
  const client = new Client({ name: `first-day ${key}`, version: "1" });
  const transport = launchAsClient(key, clientEnv);
  transport.stderr?.on("data", (chunk: Buffer) => bridgeStderr.push(`[${key}] ${chunk.toString()}`));
  client.onclose = () => bridgeStderr.push(`[${key}] closed`);
  await client.connect(transport);
  return client;
}

async function serverEnv(client: Client): Promise<Record<string, string>> {
  const result = await client.callTool({ name: "env", arguments: {} });
  return JSON.parse((result.content as { text: string }[])[0]!.text) as Record<string, string>;
}

/** Whether the server's variable has this value (the value itself would come back redacted). */
async function serverHas(client: Client, name: string, equals: string): Promise<string> {
  const result = await client.callTool({ name: "env", arguments: { name, equals } });
  return (result.content as { text: string }[])[0]?.text ?? "";
}

const text = (result: Record<string, unknown>) =>
  (result.content as { text: string }[]).map((c) => c.text).join("\n");

describe("a first day with six clients", () => {
  it("scan finds the unguarded servers and the plaintext tokens", async () => {
    const r = await cli("scan");
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/claude-desktop github: plaintext secret in env GITHUB_PERSONAL_ACCESS_TOKEN/);
    expect(r.stdout).toMatch(/cursor github: plaintext secret in env GITHUB_PERSONAL_ACCESS_TOKEN/);
    expect((r.stdout.match(/launched without mcp-guard/g) ?? []).length).toBe(7);
  });

  it("init --apply migrates every client; scan then recognises the guarded setup", async () => {
    const applied = await cli("init", "--apply");
    expect(applied.code, applied.stderr).toBe(0);
    expect(applied.stdout).toContain("left as is: claude-code linear");
    for (const [path] of Object.entries(files).filter(([p]) => !p.endsWith(".env")))
      expect(readFileSync(path, "utf8"), path).not.toMatch(/desktop-token-1|cursor-token-2/);
    expect(readFileSync(join(project, ".vscode/mcp.json"), "utf8")).toContain(
      "// the workspace's own server",
    );
    const after = await cli("scan");
    expect(after.stdout, after.stdout).toContain("0 finding(s)");
    expect(after.code).toBe(0);
  });

  it("each client's migrated entry, launched as that client launches it, gets a guarded session with its own environment", async () => {
    try {
      await eachClientsSession();
    } catch (err) {
      const log = join(home, ".config/mcp-guard/daemon.log");
      const tail = existsSync(log) ? readFileSync(log, "utf8").split("\n").slice(-20).join("\n") : "(no log)";
      throw new Error(`${String(err)}\nbridges:\n${bridgeStderr.join("")}\ndaemon log:\n${tail}`, {
        cause: err,
      });
    }
  });

  async function eachClientsSession(): Promise<void> {
    const desktop = await session("desktop github"); // the first one starts the daemon
    const cursor = await session("cursor github");
    expect(await serverHas(desktop, "GITHUB_PERSONAL_ACCESS_TOKEN", "desktop-token-1")).toBe("match");
    expect(await serverHas(cursor, "GITHUB_PERSONAL_ACCESS_TOKEN", "cursor-token-2")).toBe("match");

    const vscode = await session("vscode workspace");
    expect(await serverEnv(vscode)).toMatchObject({ WORKDIR: project, FROM_ENV_FILE: "loaded" });
    expect(await serverHas(vscode, "API_TOKEN", "typed-into-vscode")).toBe("match");

    const gemini = await session("gemini service", { ...desktopEnv(), SERVICE_KEY: "exported-for-gemini" });
    expect(await serverHas(gemini, "SERVICE_KEY", "exported-for-gemini")).toBe("match");

    const everything = await session("desktop everything");
    expect(text(await everything.callTool({ name: "echo", arguments: { message: "hello" } }))).toContain(
      "hello",
    );

    const memory = await session("code memory");
    await memory.callTool({
      name: "create_entities",
      arguments: { entities: [{ name: "first-day", entityType: "note", observations: ["guarded"] }] },
    });
    expect(readFileSync(join(root, "memory.jsonl"), "utf8")).toContain("first-day");

    const windsurf = await session("windsurf files");
    expect(
      text(
        await windsurf.callTool({
          name: "read_text_file",
          arguments: { path: join(root, "files/notes.txt") },
        }),
      ),
    ).toContain("first day notes");

    const status = JSON.parse((await cli("status", "--json")).stdout) as { sessions: { server: string }[] };
    expect(status.sessions.map((s) => s.server).sort()).toEqual(
      ["everything", "files", "github", "github-cursor", "memory", "service", "workspace"].sort(),
    );
    for (const c of [desktop, cursor, vscode, gemini, everything, memory, windsurf]) await c.close();
  }

  it("init --revert restores every file byte for byte and leaves no backup behind", async () => {
    expect((await cli("stop")).code).toBe(0);
    const r = await cli("init", "--revert");
    expect(r.code, r.stderr).toBe(0);
    for (const [path, original] of Object.entries(files))
      expect(readFileSync(path, "utf8"), path).toBe(original);
    for (const dir of [join(home, ".cursor"), join(project, ".vscode"), home])
      expect(readdirSync(dir).filter((f) => f.includes("backup"))).toEqual([]);
    expect(readdirSync(join(home, ".config/mcp-guard/init-backups"))).toEqual([]);
  });
});
