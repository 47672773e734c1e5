// Attack (round 28, found from outside): a directory above the guard's home (~/.config) could be moved away,
// and the home read under its new name. A user expects the guard's files to stay out of a server's reach
// whatever it does with the directories around them, while ~ and / are still read and listed as usual. The
// guard's own files were protected as prefixes (sensitive.ts: a value equal to one of the guard's paths or
// below it), so the check refused what names the home or something inside it — and nothing that names a
// directory *above* it. Moving a parent of the home (`~/.config` for the default home
// `~/.config/mcp-guard`) moves the home with it: afterwards the daemon key, the secrets file and the database
// sit under a name that is no longer the guard's, and an ordinary read returns them. (guard-home.test.ts moves
// `home` itself, which is refused.) Proved with the real filesystem server rooted at a directory that holds
// the home two levels down (as ~ holds ~/.config/mcp-guard): move the middle directory, then read the key.
import { existsSync, mkdirSync, readFileSync, renameSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { isProcessRunning } from "@mcp-guard/wire";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addServers,
  failure,
  FILESYSTEM,
  guardedTransport,
  nodeServerYaml,
  makeGuardedHome,
  type GuardedHome,
} from "../src/index.js";

let home: GuardedHome;
let root: string;
let daemonPid = 0;

beforeAll(() => {
  home = makeGuardedHome();
  root = join(home.dir, "user");
  mkdirSync(join(root, "dotconfig"), { recursive: true });
  // A link to that directory, there before the session (a cloned project's `up -> ..`).
  symlinkSync(join(root, "dotconfig"), join(root, "up"));
  // The guard's home at <root>/dotconfig/mcp-guard, as ~/.config/mcp-guard sits in ~.
  const guardHome = join(root, "dotconfig", "mcp-guard");
  const config = readFileSync(home.configPath, "utf8");
  writeFileSync(
    home.configPath,
    config.replace(`home: ${JSON.stringify(home.home)}`, `home: ${JSON.stringify(guardHome)}`),
  );
  addServers(home, nodeServerYaml("user-fs", [FILESYSTEM, root]));
  home = { ...home, home: guardHome };
});
afterAll(async () => {
  // Put the home back where the daemon's config names it, so that it can be stopped; a daemon that cannot be
  // reached there any more (it may have made a new home at the old place) is ended by its pid.
  const moved = join(root, "moved");
  if (existsSync(moved) && !existsSync(join(root, "dotconfig"))) renameSync(moved, join(root, "dotconfig"));
  await home.cleanup();
  if (daemonPid > 0 && isProcessRunning(daemonPid)) {
    process.kill(daemonPid, "SIGTERM");
    for (let i = 0; i < 200 && isProcessRunning(daemonPid); i++) await new Promise((r) => setTimeout(r, 50));
  }
});

describe("a directory above the guard's home", () => {
  it("cannot be moved away to read the home under another name", async () => {
    const client = new Client({ name: "parent-move", version: "1" });
    await client.connect(guardedTransport(home, "user-fs"));
    const status = await home.status();
    daemonPid = status.running ? status.pid : 0;
    const key = readFileSync(join(home.home, "daemon.key"), "utf8").trim();
    // Control: the key by its own name is refused.
    const direct = await failure(
      client.callTool({ name: "read_text_file", arguments: { path: join(home.home, "daemon.key") } }),
    );
    expect(direct?.data?.reason).toBe("sensitive_resource");

    const move = await failure(
      client.callTool({
        name: "move_file",
        arguments: { source: join(root, "dotconfig"), destination: join(root, "moved") },
      }),
    );
    // Round 28's review: the same directory named through a link, which server-filesystem follows (it moves
    // the real path its check resolved).
    const throughLink = await failure(
      client.callTool({
        name: "move_file",
        arguments: { source: join(root, "up"), destination: join(root, "moved") },
      }),
    );
    let read = "";
    if (move === undefined || throughLink === undefined) {
      try {
        read = JSON.stringify(
          await client.callTool({
            name: "read_text_file",
            arguments: { path: join(root, "moved", "mcp-guard", "daemon.key") },
          }),
        );
      } catch (err) {
        read = String(err);
      }
    }
    await client.close();
    expect({
      moveRefused: move?.data?.reason,
      throughLinkRefused: throughLink?.data?.reason,
      keyRead: read.includes(key.slice(0, 24)),
    }).toEqual({
      moveRefused: "sensitive_resource",
      throughLinkRefused: "sensitive_resource",
      keyRead: false,
    });
  });
});
