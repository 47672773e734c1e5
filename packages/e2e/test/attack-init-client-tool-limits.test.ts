// First day, several editors: the person has limited what a server may do in the client itself. Gemini CLI's
// `excludeTools` / `includeTools` keep tools from the model; Windsurf's `"disabled": true` keeps a server from
// starting at all. `init --apply` rewrites each entry from scratch, dropping those keys, and writes no rule of
// its own in their place: after it, the excluded tool is offered and the disabled server starts. Onboarding to
// a security proxy widens what the agent can do.
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURE, runCli, type CliResult } from "../src/index.js";

let root: string;
let home: string;
let project: string;
let gemini: string;
let windsurf: string;
let applied: CliResult;
const env = () => ({ PATH: process.env.PATH ?? "", HOME: home });

type Entry = {
  command: string;
  args: string[];
  excludeTools?: string[];
  includeTools?: string[];
  disabled?: boolean;
};

function put(path: string, value: unknown): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
}

const entryIn = (path: string, name: string): Entry =>
  (JSON.parse(readFileSync(path, "utf8")) as { mcpServers: Record<string, Entry> }).mcpServers[name]!;

/** The tools the model is offered through this entry, as the client launches it and filters what it lists. */
async function offered(entry: Entry): Promise<string[]> {
  const client = new Client({ name: "gemini-cli", version: "1" });
  await client.connect(
    new StdioClientTransport({ command: entry.command, args: entry.args, env: env(), stderr: "pipe" }),
  );
  try {
    const names = (await client.listTools()).tools.map((t) => t.name);
    return names.filter(
      (n) =>
        !(entry.excludeTools ?? []).includes(n) && (!entry.includeTools || entry.includeTools.includes(n)),
    );
  } finally {
    await client.close();
  }
}

beforeAll(async () => {
  root = realpathSync(mkdtempSync(join(tmpdir(), "mcpg-limits-")));
  home = join(root, "home");
  project = join(root, "project");
  mkdirSync(project, { recursive: true });
  gemini = join(home, ".gemini/settings.json");
  windsurf = join(home, ".codeium/windsurf/mcp_config.json");
  put(gemini, {
    mcpServers: {
      tools: { command: process.execPath, args: [FIXTURE], excludeTools: ["crash"] },
      picked: { command: process.execPath, args: [FIXTURE, "picked"], includeTools: ["echo"] },
    },
  });
  put(windsurf, {
    mcpServers: { off: { command: process.execPath, args: [FIXTURE, "off"], disabled: true } },
  });
  applied = await runCli(["init", "--apply"], env(), { cwd: project });
}, 60_000);

afterAll(async () => {
  await runCli(["stop", "-c", join(home, ".config/mcp-guard/mcp-guard.yaml")], env());
  rmSync(root, { recursive: true, force: true });
}, 60_000);

describe("init --apply and what the person limited in the client", () => {
  it("still keeps Gemini's excluded tools from the model", async () => {
    expect(applied.code, applied.stderr).toBe(0);
    const tools = await offered(entryIn(gemini, "tools"));
    expect(tools).toContain("echo");
    expect(tools).not.toContain("crash");
  }, 60_000);

  it("still offers only the tools Gemini's includeTools names", async () => {
    expect(await offered(entryIn(gemini, "picked"))).toEqual(["echo"]);
  }, 60_000);

  it("leaves the server Windsurf has disabled disabled", () => {
    expect(entryIn(windsurf, "off").disabled).toBe(true);
  });
});
