// First day, several editors: the person has limited what a server may do in the client itself. Gemini CLI's
// `excludeTools` / `includeTools` keep tools from the model; Windsurf's `"disabled": true` keeps a server from
// starting at all. `init --apply` rewrites each entry from scratch, dropping those keys, and writes no rule of
// its own in their place: after it, the excluded tool is offered and the disabled server starts. Onboarding to
// a security proxy widens what the agent can do.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientMachine, FIXTURE, type CliResult } from "../src/index.js";

const machine = clientMachine("limits");
const gemini = join(machine.home, ".gemini/settings.json");
const windsurf = join(machine.home, ".codeium/windsurf/mcp_config.json");
let applied: CliResult;

type Entry = {
  command: string;
  args: string[];
  excludeTools?: string[];
  includeTools?: string[];
  disabled?: boolean;
};

const entryIn = (path: string, name: string): Entry =>
  (JSON.parse(readFileSync(path, "utf8")) as { mcpServers: Record<string, Entry> }).mcpServers[name]!;

/** The tools the model is offered through this entry, as the client launches it and filters what it lists. */
async function offered(entry: Entry): Promise<string[]> {
  const client = new Client({ name: "gemini-cli", version: "1" });
  await client.connect(
    new StdioClientTransport({
      command: entry.command,
      args: entry.args,
      env: machine.env(),
      stderr: "pipe",
    }),
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
  machine.put(gemini, {
    mcpServers: {
      tools: { command: process.execPath, args: [FIXTURE], excludeTools: ["crash"] },
      picked: { command: process.execPath, args: [FIXTURE, "picked"], includeTools: ["echo"] },
    },
  });
  machine.put(windsurf, {
    mcpServers: { off: { command: process.execPath, args: [FIXTURE, "off"], disabled: true } },
  });
  applied = await machine.cli("init", "--apply");
});

afterAll(async () => {
  await machine.cli("stop", "-c", join(machine.home, ".config/mcp-guard/mcp-guard.yaml"));
  machine.cleanup();
});

describe("init --apply and what the person limited in the client", () => {
  it("still keeps Gemini's excluded tools from the model", async () => {
    expect(applied.code, applied.stderr).toBe(0);
    const tools = await offered(entryIn(gemini, "tools"));
    expect(tools).toContain("echo");
    expect(tools).not.toContain("crash");
  });

  it("still offers only the tools Gemini's includeTools names", async () => {
    expect(await offered(entryIn(gemini, "picked"))).toEqual(["echo"]);
  });

  it("leaves the server Windsurf has disabled disabled", () => {
    expect(entryIn(windsurf, "off").disabled).toBe(true);
  });
});
