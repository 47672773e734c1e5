// First week with mcp-guard: a person runs `init --apply` (Cursor's `memory` now launches
// `mcp-guard connect -s memory`), later adds a server to Cursor and runs `init --apply` again. The second run
// refuses unless --force, and with --force writes a config holding only the new server: Cursor's `memory`
// entry still launches `connect -s memory`, which that config no longer defines, so a working server is broken.
// And `init --revert` afterwards puts back the backup taken before the first run: the server the person added
// in between vanishes from Cursor's config.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { clientMachine } from "../src/index.js";

const machine = clientMachine("initagain");
const { home, cli } = machine;
const cursor = join(home, ".cursor/mcp.json");
const MEMORY = { command: "npx", args: ["-y", "@modelcontextprotocol/server-memory"] };
const TIME = { command: "uvx", args: ["mcp-server-time"] };

beforeAll(async () => {
  machine.put(cursor, { mcpServers: { memory: MEMORY } });
  const first = await cli("init", "--apply");
  if (first.code !== 0) throw new Error(`the first init --apply failed: ${first.stderr}`);
  // A day later the person adds a server to Cursor, and runs init --apply again to guard it too.
  const migrated = JSON.parse(readFileSync(cursor, "utf8")) as { mcpServers: Record<string, unknown> };
  migrated.mcpServers.time = TIME;
  machine.put(cursor, migrated);
  let again = await cli("init", "--apply");
  // Told to pass --force to replace the config init itself wrote (nobody edited it), the person does.
  if (again.code !== 0 && again.stderr.includes("--force")) again = await cli("init", "--apply", "--force");
  if (again.code !== 0) throw new Error(`the second init --apply failed: ${again.stderr}`);
});

afterAll(() => machine.cleanup());

describe("init --apply run again after a server was added", () => {
  it("keeps every server a client entry launches through mcp-guard defined in the config", () => {
    const entries = (
      JSON.parse(readFileSync(cursor, "utf8")) as { mcpServers: Record<string, { args: string[] }> }
    ).mcpServers;
    const config = join(home, ".config/mcp-guard/mcp-guard.yaml");
    const defined = Object.keys((parse(readFileSync(config, "utf8")) as { servers: object }).servers);
    const launched = Object.values(entries).map((e) => e.args[e.args.indexOf("-s") + 1]);
    expect(launched.sort()).toEqual(["memory", "time"]);
    expect(defined.sort()).toEqual(expect.arrayContaining(launched));
  });

  it("init --revert gives Cursor back both servers as the person had them, the later one included", async () => {
    const back = await cli("init", "--revert");
    expect(back.code, back.stderr).toBe(0);
    const servers = (JSON.parse(readFileSync(cursor, "utf8")) as { mcpServers: Record<string, unknown> })
      .mcpServers;
    expect(servers).toEqual({ memory: MEMORY, time: TIME });
  });
});
