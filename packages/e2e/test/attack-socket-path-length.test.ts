// Attack (round 34): a `daemon.socket_path` longer than a Unix socket address holds (108 bytes on Linux).
// `validate` accepts it, and Node cuts the path to its first 108 bytes when it binds and when it connects, so
// the guard's checks look at one file and the socket is another. The bridge's owner check (round 13,
// attack-socket-squat.test.ts) lstat()s the full path, finds nothing, and connects to the cut one: another user
// who listens there in a shared directory (/tmp) gets the hello with the daemon key, the API key and the
// client's environment. And the daemon binds the cut path, fails its chmod of the full one, and never closes
// what it bound: `start -d` reports "daemon started", the process stays alive with its lock released, every
// bridge is told "the daemon is shutting down" and `status` fails with "The database connection is not
// open". What a user expects: a socket path that cannot be used is refused with its reason (or used whole);
// never a socket at another path. A home of 108 bytes or more does the same with the default socket: it is
// bound in the home's parent directory, outside the owner-only home. The squatter half runs as root only
// (the only way a test can be another user), as attack-socket-squat.test.ts does.
import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { connect } from "node:net";
import { join } from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { afterAll, describe, expect, it } from "vitest";
import { FIXTURE, guardedTransport, makeGuardedHome, type GuardedHome } from "../src/index.js";

const KEY = "mcpg_test_pathlen_0123456789abcdef0123456789abcdef";
const OTHER_UID = 65534;
const asRoot = process.getuid?.() === 0;
/** sun_path's size on Linux: Node cuts a longer path to this many bytes. */
const SUN_PATH = 108;

const shared = mkdtempSync(join(tmpdir(), "mcpg-shared-"));
// A directory anyone can create files in, as /tmp.
chmodSync(shared, 0o1777);
/** A path of 150 bytes; its first 108 are another name in the same shared directory. */
const longPath = (tag: string) => {
  const path = join(shared, `${tag}-`.padEnd(150 - shared.length - 1 - ".sock".length, "x") + ".sock");
  return { path, cut: path.slice(0, SUN_PATH) };
};

const homes: GuardedHome[] = [];
let squatter: ChildProcess | undefined;
afterAll(async () => {
  squatter?.kill();
  await Promise.all(homes.map((home) => home.cleanup()));
  rmSync(shared, { recursive: true, force: true });
});

function keyedHome(tail = ""): GuardedHome {
  const home = makeGuardedHome(
    [
      "  keyed:",
      `    command: ${JSON.stringify(process.execPath)}`,
      `    args: [${JSON.stringify(FIXTURE)}]`,
    ].join("\n"),
    [tail, "auth:", "  mode: api_key", "  api_keys:", `    ${KEY}: { name: ci }`].filter(Boolean).join("\n"),
  );
  homes.push(home);
  return home;
}

/** Another user listening on `path`: it keeps every byte it is sent. */
async function squat(path: string, heard: string): Promise<void> {
  const script = [
    "const net = require('node:net'); const fs = require('node:fs');",
    `const server = net.createServer((s) => s.on('data', (d) => fs.appendFileSync(${JSON.stringify(heard)}, d)));`,
    `server.listen(${JSON.stringify(path)}, () => process.stdout.write('listening\\n'));`,
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

/**
 * Whether anything accepts a connection at `path`, by a plain connect: the guard's own probe refuses a path
 * this long, so it would find nothing there whatever listens.
 */
function answers(path: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(path);
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

async function session(home: GuardedHome): Promise<string> {
  const client = new Client({ name: "path-length-test", version: "1" });
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

describe("a daemon.socket_path longer than a socket address holds", () => {
  it("start -d says started only when a session can be opened, and leaves nothing at a cut path", async () => {
    const { path, cut } = longPath("start");
    const home = keyedHome(`  socket_path: ${JSON.stringify(path)}`);
    const started = await home.cli(["start", "-d"]);
    const outcome = await session(home);
    // A correct guard either serves on the path it was given, or refuses to start and says why.
    if (started.code === 0) expect(outcome, `start -d said: ${started.stdout.trim()}`).toBe("served");
    else expect(started.stdout + started.stderr).toMatch(/socket/i);
    if (started.code !== 0) {
      // The refusal says how long the path is, so the user knows how much to cut; and `validate` does not
      // call valid a config no daemon can start with.
      expect(started.stdout + started.stderr).toContain(String(Buffer.byteLength(path)));
      const checked = await home.cli(["validate"]);
      expect(checked.code).toBe(1);
      expect(checked.stdout + checked.stderr).toContain(`is ${Buffer.byteLength(path)} bytes long`);
      // Nothing of a failed start may stay: no process answering at the cut path with its lock released, and
      // no socket file left in the shared directory.
      expect(await answers(cut)).toBe(false);
      const left = readdirSync(shared).filter((name) => statSync(join(shared, name)).isSocket());
      expect(left, "sockets left in the shared directory").toEqual([]);
    }
  });

  it("a long home does not put its socket outside the home (no socket_path set)", async () => {
    const home = keyedHome();
    // A home of 120 bytes: <home>/daemon.sock cut to 108 bytes is a name in the home's parent directory.
    const longHome = join(home.dir, "h".repeat(120 - home.dir.length - 1));
    const config = readFileSync(home.configPath, "utf8");
    writeFileSync(home.configPath, config.replace(JSON.stringify(home.home), JSON.stringify(longHome)), {
      mode: 0o600,
    });
    home.env.MCP_GUARD_HOME = longHome;
    const started = await home.cli(["start", "-d"]);
    const outcome = await session(home);
    const outside = readdirSync(home.dir).filter((name) => statSync(join(home.dir, name)).isSocket());
    expect(outside, "sockets beside the home").toEqual([]);
    if (started.code === 0) expect(outcome, `start -d said: ${started.stdout.trim()}`).toBe("served");
    else expect(started.stdout + started.stderr).toMatch(/socket/i);
  });

  it.runIf(asRoot)(
    "the bridge does not send its hello to another user's socket at the path's first 108 bytes (root only)",
    async () => {
      const { path, cut } = longPath("squat");
      const heard = join(shared, "heard.bin");
      const home = keyedHome();
      // The daemon ran once on its default socket (its key is in the home) and stopped; then the user moved
      // the socket to the shared directory, and another user took the cut path first.
      expect(await session(home)).toBe("served");
      await home.cli(["stop"]);
      const config = readFileSync(home.configPath, "utf8");
      writeFileSync(
        home.configPath,
        config.replace("daemon:\n", `daemon:\n  socket_path: ${JSON.stringify(path)}\n`),
        { mode: 0o600 },
      );
      await squat(cut, heard);
      const outcome = await session(home);
      const daemonKey = readFileSync(join(home.home, "daemon.key"), "utf8").trim();
      const got = readFileSync(heard, "latin1");
      expect({ key: got.includes(KEY), daemonKey: got.includes(daemonKey), bytes: got.length }).toEqual({
        key: false,
        daemonKey: false,
        bytes: 0,
      });
      expect(outcome).toMatch(/^refused/);
    },
  );
});
