// Hot reload through a running daemon: an edit applies to the next message of open sessions, an invalid
// edit keeps the previous config and says why, editors that save by renaming are seen, a removed server's
// sessions close and new ones are refused, and a changed command applies to new sessions.
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  FIXTURE,
  guardedTransport,
  makeGuardedHome,
  RawBridge,
  type GuardedHome,
  failure,
} from "../src/index.js";

let home: GuardedHome;
let original: string;
const fixtureArgs = `args: [${JSON.stringify(FIXTURE)}]`;

beforeAll(() => {
  home = makeGuardedHome();
  original = readFileSync(home.configPath, "utf8");
});
afterAll(() => home.cleanup());

async function status(): Promise<{
  config_loaded_at: string;
  config_error: string | null;
  servers: Record<string, unknown>;
}> {
  const reply = await home.status();
  if (!reply.running) throw new Error("the daemon is not running");
  return reply;
}

/** Writes the config and waits until the daemon has applied it (or reported why not). */
async function edit(text: string, how: "write" | "rename" = "write"): Promise<void> {
  const before = await status();
  if (how === "rename") {
    writeFileSync(`${home.configPath}.tmp`, text);
    renameSync(`${home.configPath}.tmp`, home.configPath);
  } else {
    writeFileSync(home.configPath, text);
  }
  for (let i = 0; i < 100; i++) {
    await new Promise((r) => setTimeout(r, 100));
    const now = await status();
    if (now.config_loaded_at !== before.config_loaded_at || now.config_error !== before.config_error) return;
  }
  throw new Error("the daemon did not react to the edit");
}

const withFixturePolicy = (lines: string[]) =>
  original.replace(fixtureArgs, [fixtureArgs, "    policy:", ...lines.map((l) => `      ${l}`)].join("\n"));

describe("hot reload", () => {
  let client: Client;
  beforeAll(async () => {
    client = new Client({ name: "reload-test", version: "1" });
    await client.connect(guardedTransport(home, "fixture"));
  });
  afterAll(() => client.close());

  it("applies an edit to the next message of an open session", async () => {
    expect((await client.callTool({ name: "echo", arguments: { message: "a" } })).content).toEqual([
      { type: "text", text: "a" },
    ]);
    await edit(withFixturePolicy(["permissions:", '  denied_tools: ["echo"]']));
    expect(await failure(client.callTool({ name: "echo", arguments: { message: "b" } }))).toMatchObject({
      data: { reason: "tool_denied" },
    });
  });

  it("keeps the previous config when an edit is invalid, and says why", async () => {
    await edit(withFixturePolicy(["permissions:", '  denied_tools: ["echo"]', "  denyed_prompts: []"]));
    const s = await status();
    expect(s.config_error).toMatch(/unknown key "denyed_prompts" \(did you mean "denied_prompts"\?\)/);
    expect((await home.cli(["status"])).stdout).toContain("the last edit was NOT applied");
    expect(await failure(client.callTool({ name: "echo", arguments: { message: "c" } }))).toMatchObject({
      data: { reason: "tool_denied" },
    });
  });

  it("sees editors that save by renaming a new file over the old one", async () => {
    await edit(original, "rename");
    expect((await status()).config_error).toBeNull();
    expect((await client.callTool({ name: "echo", arguments: { message: "d" } })).content).toEqual([
      { type: "text", text: "d" },
    ]);
  });

  it("closes a removed server's sessions and refuses new ones", async () => {
    const memory = new RawBridge(home, "memory");
    await memory.initialize();
    await edit(original.replace(/ {2}memory:\n(?: {4}.*\n)+/, ""));
    const { code, stderr } = await memory.exited;
    expect(code).toBe(1);
    expect(stderr).toContain('server "memory" was removed from the config');
    const again = new RawBridge(home, "memory");
    expect((await again.exited).stderr).toMatch(/unknown server "memory"/);
    expect(Object.keys((await status()).servers)).not.toContain("memory");
  });

  it("applies a changed server command to new sessions only", async () => {
    await edit(original.replace(fixtureArgs, `${fixtureArgs}\n    env: { RELOADED: "yes" }`));
    const env = async (c: Client) =>
      JSON.parse(
        ((await c.callTool({ name: "env", arguments: {} })).content as { text: string }[])[0]!.text,
      ) as Record<string, string>;
    expect((await env(client)).RELOADED).toBeUndefined();
    const fresh = new Client({ name: "reload-test-2", version: "1" });
    await fresh.connect(guardedTransport(home, "fixture"));
    expect((await env(fresh)).RELOADED).toBe("yes");
    await fresh.close();
  });
});
