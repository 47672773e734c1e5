// Attack (round 32, found from outside): a config holding a plaintext `auth.api_keys` key is refused at start
// and on reload while other users can read it (readable-keys.ts), but a refused reload kept the previous config
// in force, and the previous config held the very same key: once the owner's config became readable after the
// daemon started (an editor saving under umask 022, a `chmod 644`, a `git checkout`), the reload was refused,
// the daemon went on serving the key it now exposed, and another local account that read it opened HTTP
// sessions as that identity. The start-time refusal was sidestepped by starting first.
// A user expects: once the daemon has looked at the file again (`mcp-guard reload`, or the watcher) and found
// the key readable by others, the key opens no session (the refusal and the status say why, the attempt is
// audited) until the file is owner-only again; a session already opened with it is ended.
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

const KEY = "mcpg-ci-key-3f19a7c0d2e84b65";
let home: GuardedHome | undefined;
let served: Served | undefined;
afterAll(async () => {
  await served?.stop();
  await home?.cleanup();
});

const asRoot = typeof process.getuid === "function" && process.getuid() === 0;

describe("a config holding a plaintext API key made readable after the daemon started", () => {
  it.runIf(asRoot)("does not go on serving the key another account can now read", async () => {
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
    chmodSync(dirname(home.configPath), 0o755);
    chmodSync(home.configPath, 0o600);
    served = await serveHttp(home);
    // Control: owner-only, the key opens a session.
    const before = await rawRequest(`${served.url}/everything`, {
      method: "POST",
      headers: { ...MCP_HEADERS, "x-api-key": KEY },
      body: INITIALIZE,
    });
    expect(before.status).toBe(200);
    const open = async () => {
      const now = await home!.status();
      return now.running ? now.sessions.filter((x) => x.identity === "api_key:ci-job").length : -1;
    };
    expect(await open()).toBe(1);

    // The config becomes readable by others, and the daemon reads it again.
    chmodSync(home.configPath, 0o644);
    const reload = await home.cli(["reload"]);
    // The reload is refused for the readable key (the previous config stays in force).
    expect(`${reload.stdout}${reload.stderr}`).toMatch(/auth\.api_keys/);

    const read = execFileSync("runuser", ["-u", "nobody", "--", "cat", home.configPath], {
      encoding: "utf8",
    });
    const taken = /^\s+(\S+): \{ name: ci-job/m.exec(read)?.[1];
    expect(taken).toBe(KEY);
    const answer = await rawRequest(`${served.url}/everything`, {
      method: "POST",
      headers: { ...MCP_HEADERS, "x-api-key": taken! },
      body: INITIALIZE,
    });
    expect(answer.status, answer.body.slice(0, 300)).not.toBe(200);

    // Loud: the refusal, the reload, status and the audit say which key is refused and how to fix it.
    expect(answer.body).toContain(`chmod 600 ${home.configPath}`);
    expect(`${reload.stdout}${reload.stderr}`).toMatch(/API key\(s\) of ci-job are refused/);
    const status = await home.status();
    expect(status.running && status.api_keys_withheld).toMatch(/ci-job.*chmod 600/);
    const { stdout: rows } = await home.cli(["logs", "--json", "--limit", "100"]);
    expect(rows).toContain('"reason":"api_key_withheld"');
    expect(rows).not.toContain(KEY);
    // The session the key opened before is ended and refused (any session it opened may be another account's).
    for (let i = 0; i < 100 && (await open()) !== 0; i++) await new Promise((r) => setTimeout(r, 100));
    expect(await open()).toBe(0);
    const sessionId = before.headers["mcp-session-id"] as string;
    const inSession = await rawRequest(`${served.url}/everything`, {
      method: "POST",
      headers: { ...MCP_HEADERS, "x-api-key": KEY, "mcp-session-id": sessionId },
      body: JSON.stringify({ jsonrpc: "2.0", id: 2, method: "tools/list" }),
    });
    expect(inSession.status).not.toBe(200);

    // Negative: owner-only again and reloaded, the key is accepted and status says nothing is withheld.
    chmodSync(home.configPath, 0o600);
    expect((await home.cli(["reload"])).code).toBe(0);
    const after = await rawRequest(`${served.url}/everything`, {
      method: "POST",
      headers: { ...MCP_HEADERS, "x-api-key": KEY },
      body: INITIALIZE,
    });
    expect(after.status).toBe(200);
    const fixed = await home.status();
    expect(fixed.running && fixed.api_keys_withheld).toBeNull();
  });
});
