// The watcher sees a change of the config wherever it happens: in its directory (an editor's rename), and in
// the file reached through symbolic links (a dotfiles repository linked in by stow, a linked directory, a link
// pointed elsewhere). attack-symlinked-config-readable.test.ts shows what a missed chmod costs, end to end.
import { chmodSync, mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pino from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { ConfigWatcher } from "../src/config-reload.js";

const silent = pino({ level: "silent" });
const open: { watcher: ConfigWatcher; dir: string }[] = [];
afterEach(() => {
  for (const { watcher, dir } of open.splice(0)) {
    watcher.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

/** A watcher of `path` (as `lay` lays out the directory) counting its reloads. */
function watching(lay: (dir: string) => string) {
  const dir = mkdtempSync(join(tmpdir(), "mcpg-watch-"));
  const path = lay(dir);
  const seen = { reloads: 0 };
  const watcher = new ConfigWatcher(path, async () => void seen.reloads++, silent);
  open.push({ watcher, dir });
  return { dir, seen };
}
const file = (path: string) => (writeFileSync(path, "servers: {}\n", { mode: 0o600 }), path);

/** Waits until `seen` has counted more reloads than `before`, or 5 s (more than a poll and the debounce). */
async function reloadAfter(seen: { reloads: number }, before: number): Promise<number> {
  for (let i = 0; i < 50 && seen.reloads === before; i++) await new Promise((r) => setTimeout(r, 100));
  return seen.reloads - before;
}
const settle = () => new Promise((r) => setTimeout(r, 1600));

describe("ConfigWatcher", () => {
  it("a plain path: an edit reloads once, not again when the poll sees the state the reload read", async () => {
    const { dir, seen } = watching((d) => file(join(d, "mcp-guard.yaml")));
    chmodSync(join(dir, "mcp-guard.yaml"), 0o644);
    expect(await reloadAfter(seen, 0)).toBe(1);
    await settle();
    expect(seen.reloads).toBe(1);
  });

  it("a path that is a link: a chmod or edit of the file it leads to, and the link pointed elsewhere", async () => {
    const { dir, seen } = watching((d) => {
      mkdirSync(join(d, "dotfiles"));
      symlinkSync(file(join(d, "dotfiles", "mcp-guard.yaml")), join(d, "mcp-guard.yaml"));
      return join(d, "mcp-guard.yaml");
    });
    chmodSync(join(dir, "dotfiles", "mcp-guard.yaml"), 0o644);
    expect(await reloadAfter(seen, 0)).toBeGreaterThan(0);
    await settle();
    let before = seen.reloads;
    writeFileSync(join(dir, "dotfiles", "mcp-guard.yaml"), "servers: { a: { command: x } }\n");
    expect(await reloadAfter(seen, before)).toBeGreaterThan(0);
    await settle();
    before = seen.reloads;
    // Pointed elsewhere as `ln -sfn` does: a new link renamed over the old one.
    symlinkSync(file(join(dir, "dotfiles", "other.yaml")), join(dir, "next-link"));
    renameSync(join(dir, "next-link"), join(dir, "mcp-guard.yaml"));
    expect(await reloadAfter(seen, before)).toBeGreaterThan(0);
    await settle();
    before = seen.reloads;
    chmodSync(join(dir, "dotfiles", "other.yaml"), 0o644);
    expect(await reloadAfter(seen, before)).toBeGreaterThan(0);
  }, 30_000);

  it("a linked directory on the way: a chmod in it, and the directory link pointed elsewhere", async () => {
    const { dir, seen } = watching((d) => {
      for (const name of ["one", "two"]) {
        mkdirSync(join(d, name));
        file(join(d, name, "mcp-guard.yaml"));
      }
      symlinkSync(join(d, "one"), join(d, "config"));
      return join(d, "config", "mcp-guard.yaml");
    });
    chmodSync(join(dir, "one", "mcp-guard.yaml"), 0o644);
    expect(await reloadAfter(seen, 0)).toBeGreaterThan(0);
    await settle();
    const before = seen.reloads;
    symlinkSync(join(dir, "two"), join(dir, "next-link"));
    renameSync(join(dir, "next-link"), join(dir, "config"));
    expect(await reloadAfter(seen, before)).toBeGreaterThan(0);
  }, 30_000);

  it("negative: nothing changed, no reload", async () => {
    const { seen } = watching((d) => file(join(d, "mcp-guard.yaml")));
    await settle();
    expect(seen.reloads).toBe(0);
  });
});
