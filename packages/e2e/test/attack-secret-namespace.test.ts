// Attack (round 28, found in review): one namespace for the secrets init files. Claude Desktop's `service`
// entry had its key written in (SERVICE_KEY: "…"), which init moved to secrets.env as SERVICE_KEY; Gemini
// CLI's `service` entry read SERVICE_KEY from the user's shell (${SERVICE_KEY}). A session looks a variable
// up in the secrets file when its client does not set it, so Gemini's server, launched where the user had
// not exported SERVICE_KEY, received Claude Desktop's key: before the fix the recording server answered
// "match". What a user expects: a key written into one client's entry reaches that entry's server only; the
// other entry gets the value its own client supplies or, with none, is refused with the variable's name.
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURE, failure, runCli } from "../src/index.js";

const DESKTOP_KEY = "desktop-service-key-Q7x9Lm2Vp4";
let root: string;
let home: string;
const desktopFile = () => join(home, ".config/Claude/claude_desktop_config.json");
const geminiFile = () => join(home, ".gemini/settings.json");
const baseEnv = () => ({ PATH: process.env.PATH ?? "", HOME: home });
const clients: Client[] = [];

function put(path: string, value: unknown): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(value, null, 2));
}

beforeAll(() => {
  root = realpathSync(mkdtempSync(join(tmpdir(), "mcpg-secret-names-")));
  home = join(root, "home");
  put(desktopFile(), {
    mcpServers: {
      service: { command: process.execPath, args: [FIXTURE], env: { SERVICE_KEY: DESKTOP_KEY } },
    },
  });
  put(geminiFile(), {
    mcpServers: {
      service: { command: process.execPath, args: [FIXTURE], env: { SERVICE_KEY: "${SERVICE_KEY}" } },
    },
  });
});

afterAll(async () => {
  for (const c of clients) await c.close();
  await runCli(["stop"], baseEnv());
  rmSync(root, { recursive: true, force: true });
});

/** The migrated entry launched as its client launches it (Gemini CLI fills ${VAR}s from its environment). */
async function session(file: string, clientEnv: Record<string, string>): Promise<Client> {
  const entry = (
    JSON.parse(readFileSync(file, "utf8")) as { mcpServers: Record<string, Record<string, unknown>> }
  ).mcpServers.service!;
  const env: Record<string, string> = { ...clientEnv };
  for (const [k, v] of Object.entries((entry.env ?? {}) as Record<string, string>))
    env[k] = v.replace(/\$\{([A-Za-z_]\w*)\}/g, (_m, name: string) => clientEnv[name] ?? "");
  const client = new Client({ name: "secret-names", version: "1" });
  await client.connect(
    new StdioClientTransport({
      command: String(entry.command),
      args: (entry.args ?? []) as string[],
      env,
      cwd: root,
      stderr: "pipe",
    }),
  );
  clients.push(client);
  return client;
}

const serverHas = async (client: Client, equals: string) =>
  (
    (await client.callTool({ name: "env", arguments: { name: "SERVICE_KEY", equals } })).content as {
      text: string;
    }[]
  )[0]?.text;

describe("a key init moved out of one client's entry", () => {
  it("reaches that entry's server and no other entry's", async () => {
    const applied = await runCli(["init", "--apply"], baseEnv(), { cwd: root, timeoutMs: 60_000 });
    expect(applied.code, applied.stderr).toBe(0);
    expect(readFileSync(desktopFile(), "utf8")).not.toContain(DESKTOP_KEY);

    const desktop = await session(desktopFile(), baseEnv());
    expect(await serverHas(desktop, DESKTOP_KEY)).toBe("match");

    // The Gemini user has not exported SERVICE_KEY: the server must not get Claude Desktop's. The session's
    // first request (initialize) is refused with the variable's name.
    const refused = await failure(session(geminiFile(), baseEnv()));
    expect(refused, "Gemini's server started, with Claude Desktop's key in reach").toBeDefined();
    expect(refused?.message).toContain("environment variable SERVICE_KEY is not set");

    // With it exported, Gemini's server gets the user's own value.
    const exported = await session(geminiFile(), { ...baseEnv(), SERVICE_KEY: "exported-by-the-user" });
    expect(await serverHas(exported, "exported-by-the-user")).toBe("match");
  });
});
