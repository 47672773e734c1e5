// Attack (round 28, found from outside): a server whose directory argument is a session's variable
// (${PROJECT_DIR}, filled from the client's entry) had its paths checked where the unfilled entry pointed, so a
// relative path to the daemon key in the client's project passed. A user expects a path to be checked where the
// server actually resolves it. Paths in tool arguments are resolved where the server resolves them: its working
// directory, the directories in its arguments (server-filesystem's allowed directories), its $HOME
// (server-places.ts). Those places are read from the entry *as configured*, with its `${VAR}`s unfilled
// (session-factory.ts: `serverPlaces(serverConfig, …)`), while the server is launched with the entry filled for
// the session from the client's environment (docs/configuration.md, variables per session; `init` writes
// exactly this for VS Code's `${workspaceFolder}`, which only the client can resolve). `args: [...,
// "${PROJECT_DIR}"]` is no absolute path, so the guard knows no directory of the server's but the daemon's
// own working directory, and resolves a relative path there; the server resolves it in the client's project.
// With the guard's home inside the project (a home directory opened as the workspace holds
// ~/.config/mcp-guard), a relative path to the daemon key passes the check and the real filesystem server
// returns the key. The key by its absolute path is refused (control); so is the same relative path to a
// server whose directory is written out in the config. The daemon is started without the variable (as when
// the first bridge to start it belongs to another client or project): a daemon whose own environment holds it
// fills it at load, and the places are then right.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addServers,
  FILESYSTEM,
  nodeServerYaml,
  guardedTransport,
  makeGuardedHome,
  type GuardedHome,
} from "../src/index.js";

let home: GuardedHome;

beforeAll(async () => {
  home = makeGuardedHome();
  addServers(
    home,
    nodeServerYaml("project-fs", [FILESYSTEM, "${PROJECT_DIR}"]),
    nodeServerYaml("written-fs", [FILESYSTEM, home.dir]),
  );
  // The daemon is started first, without the variable (a bridge would start it with its own environment, and
  // the daemon's environment fills variables at load).
  const started = await home.cli(["start", "-d"], { timeoutMs: 60_000 });
  if (started.code !== 0) throw new Error(started.stderr);
});
afterAll(() => home.cleanup());

async function read(server: string, path: string): Promise<string> {
  const client = new Client({ name: "session-places", version: "1" });
  // The client's entry gives the project directory, as VS Code fills ${workspaceFolder}.
  await client.connect(guardedTransport(home, server, { PROJECT_DIR: home.dir }));
  try {
    return JSON.stringify(await client.callTool({ name: "read_text_file", arguments: { path } }));
  } catch (err) {
    return JSON.stringify({ error: String(err), data: (err as { data?: unknown }).data });
  } finally {
    await client.close();
  }
}

describe("a server whose directory is a session's variable", () => {
  it("the key by its absolute path is refused (control)", async () => {
    expect(await read("project-fs", join(home.home, "daemon.key"))).toContain("sensitive_resource");
  });

  it("a relative path to the key is refused when the directory is written out (control)", async () => {
    expect(await read("written-fs", "home/daemon.key")).toContain("sensitive_resource");
  });

  it("a relative path to the key is refused when the directory comes from the client", async () => {
    const key = readFileSync(join(home.home, "daemon.key"), "utf8").trim();
    const answer = await read("project-fs", "home/daemon.key");
    expect({
      refused: answer.includes("sensitive_resource"),
      keyRead: answer.includes(key.slice(0, 24)),
    }).toEqual({ refused: true, keyRead: false });
  });
});
