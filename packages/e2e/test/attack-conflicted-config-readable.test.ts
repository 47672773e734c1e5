// Attack (round 33, atk33a): once a config holding a plaintext `auth.api_keys` key is found readable by other
// users, the daemon withholds the keys it finds "in the YAML as written, whatever else is wrong with the file"
// (readable-keys.ts keysWrittenIn). The keys are looked up in the parsed document, and a file YAML cannot
// parse hides them: a config kept in git that a `git stash pop` or `git pull` leaves with conflict markers
// (written anew, 0644 under umask 022), or a half-typed quote, is refused on reload, the previous config with
// the same key stays in force, and since no key was "found" nothing is withheld: another local account reads
// the key in the conflicted file and opens HTTP front-door sessions as that identity.
// A user expects the same as for a readable file that parses: the key the file shows opens no session until
// the file is owner-only again (the refusal and status say why).
// Proved as root with the account `nobody` reading the config, and the real `mcp-guard serve` front door.
import { execFileSync } from "node:child_process";
import { chmodSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { controlRequest, readDaemonKey, readDaemonLocation, resolveDaemonPaths } from "@mcp-guard/wire";
import { afterAll, describe, expect, it } from "vitest";
import {
  freePort,
  makeGuardedHome,
  openWithKey,
  serveHttp,
  type GuardedHome,
  type Served,
} from "../src/index.js";

const KEY = "mcpg-ci-key-5d0a4c8e2b7f1936";
const running: { home: GuardedHome; served: Served }[] = [];
afterAll(async () => {
  for (const { home, served } of running) {
    await served.stop();
    await home.cleanup();
  }
});

const asRoot = typeof process.getuid === "function" && process.getuid() === 0;

const answer = (served: Served, key: string) => openWithKey(served, "fixture", key);

/** The config as `git` leaves it after a conflicted merge of an edit to daemon.shutdown_timeout. */
const conflicted = (text: string) =>
  text.replace(
    /^ {2}shutdown_timeout: 5$/m,
    "<<<<<<< Updated upstream\n  shutdown_timeout: 5\n=======\n  shutdown_timeout: 10\n>>>>>>> Stashed changes",
  );
/** The same file in the middle of an edit: a quote opened and not yet closed. */
const halfTyped = (text: string) => text.replace(/^ {2}shutdown_timeout: 5$/m, '  shutdown_timeout: "5');

describe("a config with a plaintext API key made readable and unparseable in one step", () => {
  for (const [how, edit] of [
    ["left with git conflict markers", conflicted],
    ["saved with a quote not yet closed", halfTyped],
  ] as const)
    it.runIf(asRoot)(`${how}: the key the file shows is withheld`, async () => {
      const port = await freePort();
      const home = makeGuardedHome(
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
      const served = await serveHttp(home);
      running.push({ home, served });
      expect((await answer(served, KEY)).status).toBe(200); // the control: owner-only, the key opens a session
      // The daemon's socket, found while the file is still YAML: `mcp-guard reload` and `status` find the
      // daemon from the config file, which they cannot read once it is not YAML.
      const paths = resolveDaemonPaths(readDaemonLocation(home.configPath), home.env);
      const status = () => controlRequest(paths.socket, readDaemonKey(paths.key), "status");
      expect((await status()).config_error).toBeNull();

      // Written anew as git writes a file it merged: a new file renamed over the old one, under umask 022.
      const text = (execFileSync("cat", [home.configPath]) as Buffer).toString("utf8");
      const next = join(dirname(home.configPath), ".mcp-guard.yaml.merge");
      writeFileSync(next, edit(text), { mode: 0o644 });
      chmodSync(next, 0o644);
      renameSync(next, home.configPath);
      const reload = await home.cli(["reload"]);
      expect(reload.code).not.toBe(0); // the file is refused: the previous config stays in force
      // The CLI cannot reach the daemon through a file that is not YAML: the daemon's own watcher loads it.
      // Once the daemon says it refused the edit, the key must be refused at once.
      for (let i = 0; i < 100 && (await status()).config_error === null; i++)
        await new Promise((r) => setTimeout(r, 100));

      const read = execFileSync("runuser", ["-u", "nobody", "--", "cat", home.configPath], {
        encoding: "utf8",
      });
      const taken = /^\s+(\S+): \{ name: ci-job/m.exec(read)?.[1];
      expect(taken).toBe(KEY);
      const refused = await answer(served, taken!);
      expect(refused.status, refused.body.slice(0, 300)).toBe(401);
      expect(refused.body).toContain(`chmod 600 ${home.configPath}`);
      expect((await status()).api_keys_withheld).toMatch(/ci-job/);
    });
});
