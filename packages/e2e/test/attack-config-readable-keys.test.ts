// Attack (round 31, found from outside): a config that other local users could read (0644 in a 0755 home, as
// an editor saves it under umask 022) could hold a plaintext `auth.api_keys` key, and the daemon served it;
// another account read the key and opened HTTP front-door sessions as that identity on the owner's servers.
// A user expects such a config to be refused, as a readable secrets file is, with the fix named (chmod 600,
// or the key stored as sha256:<hex>), so a key another account read opens no session.
//
// As the tester reported it:
// the README keeps credentials from other local users in two
// ways: the daemon refuses any uid but its own on its socket, and a `secrets_file` that others could read is
// refused ("a secrets file must be owner-only"). The config itself has no such rule: `auth.api_keys` may hold a
// key as written (the README offers `sha256:` digests only as the better option), and a config saved by an
// editor under the usual umask 022 is 0644 in a home directory others may enter (0755 is still the default on
// many systems). Such a key is the whole credential of the HTTP front door, which listens on loopback TCP
// where the peer-uid check cannot apply: any local account reads the key from the config and opens sessions
// as that key's identity, on the owner's servers (a filesystem server running as the owner, say), which the
// same account could never do through the bridge. The daemon started and served it without a word.
// Secure: a config that holds a plaintext API key is refused (or not served) while others can read it, as a
// secrets file is; a key that another account read from the config opens no session.
// Proved as root with the account `nobody` reading the config, and the real `mcp-guard serve` front door.
import { execFileSync } from "node:child_process";
import { chmodSync } from "node:fs";
import { dirname } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  INITIALIZE,
  MCP_HEADERS,
  freePort,
  makeGuardedHome,
  rawRequest,
  serveHttp,
  type GuardedHome,
  type Served,
} from "../src/index.js";

const KEY = "mcpg-ci-key-7d41c9e2b85f4a06";
let home: GuardedHome | undefined;
let served: Served | undefined;
afterAll(async () => {
  await served?.stop();
  await home?.cleanup();
});

const asRoot = typeof process.getuid === "function" && process.getuid() === 0;

describe("a config holding a plaintext API key that other users can read", () => {
  it.runIf(asRoot)("does not let another local account open a session with the key it read", async () => {
    const port = await freePort();
    home = makeGuardedHome(
      "",
      [
        "  http:",
        `    port: ${port}`,
        "auth:",
        "  mode: api_key",
        "  api_keys:",
        `    ${KEY}: { name: ci-job, roles: [default] }`,
      ].join("\n"),
    );
    // As an editor leaves it under umask 022, in a directory others may enter (a 0755 home).
    chmodSync(dirname(home.configPath), 0o755);
    chmodSync(home.configPath, 0o644);

    let read = "";
    try {
      read = execFileSync("runuser", ["-u", "nobody", "--", "cat", home.configPath], { encoding: "utf8" });
    } catch {
      // Not readable by another account: nothing to take.
    }
    const taken = /^\s+(\S+): \{ name: ci-job/m.exec(read)?.[1];
    if (taken === undefined) return;
    expect(taken).toBe(KEY);

    try {
      served = await serveHttp(home);
    } catch (err) {
      // The daemon refused the config: the key serves nobody, and the refusal names both fixes.
      expect(String(err)).toMatch(/auth\.api_keys/);
      expect(String(err)).toContain(`chmod 600 ${home.configPath}`);
      expect(String(err)).toContain("sha256:");
      return;
    }
    const answer = await rawRequest(`${served.url}/everything`, {
      method: "POST",
      headers: { ...MCP_HEADERS, "x-api-key": taken },
      body: INITIALIZE,
    });
    expect(answer.status, answer.body.slice(0, 300)).not.toBe(200);
  });
});
