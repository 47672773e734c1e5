// Attack (round 13): a socket squatted by another local user. With `daemon.socket_path` in a directory others
// can write to (/tmp, say), another user can listen on that path while the daemon is not running. The bridge
// connected to whatever answered there and sent its hello: the daemon key from the home, the API key or
// token it presents, the client's whole environment, and (where descriptors can be passed) the client's
// stdio, so the squatter could answer the client as the server with no policy at all. The daemon checks its
// peer's uid; the bridge did not check the daemon's. What a user expects: the bridge talks only to a socket
// that belongs to them. Run as root (the only way a test can be another user): before the fix, 1 of 1 hellos
// with the API key and the daemon key reached the squatter. Negative: the same config with the daemon
// listening there itself still serves the session.
import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { afterAll, describe, expect, it } from "vitest";
import { FIXTURE, guardedTransport, makeGuardedHome, type GuardedHome } from "../src/index.js";

const KEY = "mcpg_test_squat_0123456789abcdef0123456789abcdef";
const OTHER_UID = 65534;
const asRoot = process.getuid?.() === 0;

const shared = mkdtempSync(join(tmpdir(), "mcpg-shared-"));
// A directory anyone can create files in, as /tmp.
chmodSync(shared, 0o1777);
const socketPath = join(shared, "guard.sock");
const heard = join(shared, "heard.bin");

const homes: GuardedHome[] = [];
let squatter: ChildProcess | undefined;
afterAll(async () => {
  squatter?.kill();
  await Promise.all(homes.map((home) => home.cleanup()));
  rmSync(shared, { recursive: true, force: true });
});

function keyedHome(): GuardedHome {
  const home = makeGuardedHome(
    [
      "  keyed:",
      `    command: ${JSON.stringify(process.execPath)}`,
      `    args: [${JSON.stringify(FIXTURE)}]`,
    ].join("\n"),
    [
      `  socket_path: ${JSON.stringify(socketPath)}`,
      "auth:",
      "  mode: api_key",
      "  api_keys:",
      `    ${KEY}: { name: ci }`,
    ].join("\n"),
  );
  homes.push(home);
  return home;
}

/** Another user listening on the socket path: it keeps every byte it is sent. */
async function squat(): Promise<void> {
  const script = [
    "const net = require('node:net'); const fs = require('node:fs');",
    `const server = net.createServer((s) => s.on('data', (d) => fs.appendFileSync(${JSON.stringify(heard)}, d)));`,
    `server.listen(${JSON.stringify(socketPath)}, () => process.stdout.write('listening\\n'));`,
  ].join("\n");
  writeFileSync(heard, "");
  chmodSync(heard, 0o666);
  squatter = spawn(process.execPath, ["-e", script], {
    uid: OTHER_UID,
    gid: OTHER_UID,
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((resolve, reject) => {
    squatter?.stdout?.once("data", () => resolve());
    squatter?.once("exit", (code) => reject(new Error(`the squatter exited (${code})`)));
  });
}

async function session(home: GuardedHome): Promise<string> {
  const client = new Client({ name: "squat-test", version: "1" });
  try {
    await client.connect(guardedTransport(home, "keyed", { MCP_GUARD_API_KEY: KEY }));
    const result = await client.callTool({ name: "echo", arguments: { text: "hi" } });
    return result.isError ? "error" : "served";
  } catch (err) {
    return `refused: ${(err as Error).message}`;
  } finally {
    await client.close().catch(() => undefined);
  }
}

describe.runIf(asRoot)("a daemon socket squatted by another user (runs as root only)", () => {
  it("negative: the daemon listening on the shared path serves the session", async () => {
    const home = keyedHome();
    expect(await session(home)).toBe("served");
    await home.cli(["stop"]);
    expect(existsSync(socketPath)).toBe(false);
  });

  it("the bridge does not talk to a socket another user listens on", async () => {
    const home = keyedHome();
    // The daemon ran once (its key is in the home), then stopped; another user took the path.
    expect(await session(home)).toBe("served");
    await home.cli(["stop"]);
    await squat();
    const outcome = await session(home);
    const daemonKey = readFileSync(join(home.dir, "home", "daemon.key"), "utf8").trim();
    const got = readFileSync(heard, "latin1");
    expect({ key: got.includes(KEY), daemonKey: got.includes(daemonKey), bytes: got.length }).toEqual({
      key: false,
      daemonKey: false,
      bytes: 0,
    });
    expect(outcome).toMatch(/^refused/);
  });
});
