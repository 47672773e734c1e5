// Attack (round 32, found from outside): round 31 refuses a config that holds a plaintext `auth.api_keys` key
// while other local users can read it, since such a key is the whole credential of the HTTP front door, which no
// peer uid protects; a readable secrets file is refused too. But the key lives in one more place the README
// itself recommends: the file named by MCP_GUARD_API_KEY_FILE in the client's config. The config could hold
// only the key's sha256 digest and pass, while the key file, written by `echo`/an editor under umask 022, was
// 0644 in a 0755 directory: the bridge read it and presented it without a word, and another local account read
// the same file and opened HTTP front-door sessions as that identity on the owner's servers.
// A user expects: the bridge refuses a key file that group or others can read or write (as a secrets file is
// refused), exits non-zero naming the fix (chmod 600), and never presents the key from it.
// Proved as root with the account `nobody` reading the key file, through the real bridge and the real
// `mcp-guard serve` front door.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { chmodSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  INITIALIZE,
  MCP_HEADERS,
  freePort,
  makeGuardedHome,
  RawBridge,
  rawRequest,
  serveHttp,
  type GuardedHome,
  type Served,
} from "../src/index.js";

const KEY = "mcpg-agent-key-5e0c2b9a71d84f36";
const digest = createHash("sha256").update(KEY).digest("hex");
let home: GuardedHome | undefined;
let served: Served | undefined;
afterAll(async () => {
  await served?.stop();
  await home?.cleanup();
});

const asRoot = typeof process.getuid === "function" && process.getuid() === 0;

describe("an API key file that other users can read", () => {
  it.runIf(asRoot)("is refused by the bridge rather than presented", async () => {
    const port = await freePort();
    home = makeGuardedHome(
      "",
      [
        "  http:",
        `    port: ${port}`,
        "auth:",
        "  mode: api_key",
        "  api_keys:",
        `    "sha256:${digest}": { name: agent, roles: [default] }`,
      ].join("\n"),
    );
    // The config holds only the digest: it may stay readable, and the daemon serves it.
    chmodSync(home.configPath, 0o644);
    const keys = join(home.dir, "keys");
    mkdirSync(keys, { mode: 0o755 });
    chmodSync(home.dir, 0o755);
    const keyFile = join(keys, "agent.key");
    writeFileSync(keyFile, `${KEY}\n`, { mode: 0o644 });
    served = await serveHttp(home);

    // What another local account can do with it: read the file, open a session at the front door.
    const read = execFileSync("runuser", ["-u", "nobody", "--", "cat", keyFile], {
      encoding: "utf8",
    }).trim();
    expect(read).toBe(KEY);
    const theirs = await rawRequest(`${served.url}/everything`, {
      method: "POST",
      headers: { ...MCP_HEADERS, "x-api-key": read },
      body: INITIALIZE,
    });
    expect(theirs.status).toBe(200);

    // The owner's bridge, pointed at that file as the README shows.
    home.env.MCP_GUARD_API_KEY_FILE = keyFile;
    const bridge = new RawBridge(home, "everything");
    bridge.send({
      jsonrpc: "2.0",
      id: 1,
      method: "initialize",
      params: {
        protocolVersion: "2025-06-18",
        capabilities: {},
        clientInfo: { name: "raw", version: "1" },
      },
    });
    let answer: Record<string, unknown> | undefined;
    try {
      answer = await bridge.next(20_000);
    } catch {
      // The bridge exited without a line.
    }
    bridge.close();
    const { code, stderr } = await bridge.exited;
    const accepted = answer?.result !== undefined;
    expect({ accepted, refusedWithFix: code !== 0 && /chmod 600/.test(stderr) }).toEqual({
      accepted: false,
      refusedWithFix: true,
    });
  });
});
