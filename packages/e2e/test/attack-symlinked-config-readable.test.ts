// Attack (round 33, atk33a): once the config holding a plaintext `auth.api_keys` key becomes readable by
// other users after the daemon started, the daemon withholds the key "when a reload (the watcher sees a chmod
// as it sees an edit, or mcp-guard reload) finds" it exposed. The watcher watches the directory of the path
// the daemon was given; when that path is a symbolic link (a dotfiles repository linked into the home by
// stow or a dotfile manager, whose `git checkout` rewrites the file under umask 022), a chmod or an edit of
// the file it leads to happens in another directory and is never seen: the key stays served to any local
// account that reads it, and an edit that revokes a key is never applied.
// A user expects the same from a linked config as from a plain one: within a few seconds of the chmod the key
// opens no session, and a key removed from the file stops opening sessions.
// Through the real `mcp-guard serve` front door; the control is the same config not linked.
import { chmodSync, mkdirSync, readFileSync, renameSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  freePort,
  makeGuardedHome,
  openWithKey,
  serveHttp,
  type GuardedHome,
  type Served,
} from "../src/index.js";

const KEY = "mcpg-ci-key-7b2e90d4c1a35f68";
const OTHER = "mcpg-ci-key-0c4d8e2f6a1b9375";
const running: { home: GuardedHome; served: Served }[] = [];
afterAll(async () => {
  for (const { home, served } of running) {
    await served.stop();
    await home.cleanup();
  }
});

/** A home whose config holds two plaintext keys, owner-only; `linked`: the config path is a symlink. */
async function start(linked: boolean) {
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
      `    ${OTHER}: { name: old-laptop, roles: [default] }`,
    ].join("\n"),
  );
  let file = home.configPath;
  if (linked) {
    const dotfiles = join(home.dir, "dotfiles");
    mkdirSync(dotfiles, { mode: 0o700 });
    file = join(dotfiles, "mcp-guard.yaml");
    renameSync(home.configPath, file);
    symlinkSync(file, home.configPath);
  }
  chmodSync(file, 0o600);
  const served = await serveHttp(home);
  running.push({ home, served });
  return { home, served, file };
}

const answer = (served: Served, key: string) => openWithKey(served, "fixture", key);
const opens = async (served: Served, key: string) => (await answer(served, key)).status === 200;

/** The answer to `key` once it stops opening sessions, or the last 200 after the watcher had 8 s. */
async function answerAfterChange(served: Served, key: string) {
  let last = await answer(served, key);
  for (let i = 0; i < 16 && last.status === 200; i++) {
    await new Promise((r) => setTimeout(r, 500));
    last = await answer(served, key);
  }
  return { status: last.status, refusal: last.status === 200 ? "" : last.body.slice(0, 400) };
}

describe("a config holding a plaintext API key, made readable after start", () => {
  it("control: a plain config path; the watcher sees the chmod and the key is withheld", async () => {
    const { served, file } = await start(false);
    expect(await opens(served, KEY)).toBe(true);
    chmodSync(file, 0o644);
    const after = await answerAfterChange(served, KEY);
    expect(after.status).toBe(401);
    expect(after.refusal).toMatch(/chmod 600 \S*mcp-guard\.yaml/);
  });

  it("a config path that is a symlink: the chmod of the file it leads to withholds the key too", async () => {
    const { served, file } = await start(true);
    expect(await opens(served, KEY)).toBe(true);
    chmodSync(file, 0o644);
    const after = await answerAfterChange(served, KEY);
    expect(after.status).toBe(401);
    expect(after.refusal).toMatch(/chmod 600 \S*mcp-guard\.yaml/);
  });

  it("a config path that is a symlink: a key removed from the file stops opening sessions", async () => {
    const { served, file } = await start(true);
    expect(await opens(served, OTHER)).toBe(true);
    // The owner revokes the old laptop's key (the file stays owner-only).
    writeFileSync(file, readFileSync(file, "utf8").replace(/^.*old-laptop.*$\n?/m, ""));
    expect(readFileSync(file, "utf8")).not.toContain(OTHER);
    const after = await answerAfterChange(served, OTHER);
    expect(after.status).toBe(401);
    expect(after.refusal).toMatch(/not recognised/);
    expect(await opens(served, KEY)).toBe(true);
  });
});
