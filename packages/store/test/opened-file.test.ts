// How OpenedFile looks at the database's paths each turn: one stat of their directory while it has not changed
// since the names were found in place (and that change is old enough that the coarse clock cannot hide another),
// the three names otherwise. What it must still see is audit-database-moved.test.ts's (in the daemon); here, that
// the shortcut is taken only when it cannot miss a change.
import { lstatSync, mkdirSync, mkdtempSync, rmSync, statSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { OpenedFile, openDatabase, SETTLED_MS, type Db, type FileLooks } from "../src/index.js";

const opened: Db[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

/** The real file system, counted, and a clock `ahead` milliseconds ahead of the real one. */
function countedLooks(ahead: number) {
  const count = { lstat: 0, stat: 0 };
  const looks: FileLooks = {
    lstat: (path) => (count.lstat++, lstatSync(path, { throwIfNoEntry: false })),
    stat: (path) => (count.stat++, statSync(path, { throwIfNoEntry: false })),
    now: () => Date.now() + ahead,
  };
  return { looks, count };
}

function database(dir: string, name = "mcp-guard.db") {
  const path = join(dir, name);
  const db = openDatabase(path);
  opened.push(db);
  db.prepare("SELECT count(*) FROM audit_log").get();
  return { path, db };
}

describe("OpenedFile's look at its paths", () => {
  it("stats only the directory while it has not changed since the names were found in place", () => {
    const { path, db } = database(mkdtempSync(join(tmpdir(), "mcpg-opened-")));
    // Seen from a clock well past the directory's last change: its ctime can vouch for it.
    const { looks, count } = countedLooks(SETTLED_MS + 1000);
    const file = new OpenedFile(path, db, undefined, looks);
    expect(file.moved()).toBeUndefined();
    count.lstat = count.stat = 0;
    for (let i = 0; i < 10; i++) expect(file.moved()).toBeUndefined();
    expect(count).toEqual({ lstat: 0, stat: 10 });
  });

  it("looks at the names again once the directory changed, and sees the file gone", () => {
    const { path, db } = database(mkdtempSync(join(tmpdir(), "mcpg-opened-")));
    const { looks, count } = countedLooks(SETTLED_MS + 1000);
    const file = new OpenedFile(path, db, undefined, looks);
    expect(file.moved()).toBeUndefined();
    rmSync(path);
    count.lstat = 0;
    expect(file.moved()).toContain("was deleted while the daemon ran");
    expect(count.lstat).toBeGreaterThan(0);
  });

  it("does not trust a directory changed too recently: a change in the same clock tick keeps its ctime", () => {
    const { path, db } = database(mkdtempSync(join(tmpdir(), "mcpg-opened-")));
    // The directory stat reports the same state every time, as when a deletion fell in the same tick.
    const dirState = statSync(join(path, ".."));
    let gone = false;
    const looks: FileLooks = {
      lstat: (p) => (gone && p === path ? undefined : lstatSync(p, { throwIfNoEntry: false })),
      stat: (p) => (p === join(path, "..") ? dirState : statSync(p, { throwIfNoEntry: false })),
      now: () => dirState.ctimeMs + 10,
    };
    const file = new OpenedFile(path, db, undefined, looks);
    expect(file.moved()).toBeUndefined();
    gone = true;
    expect(file.moved()).toContain("was deleted while the daemon ran");
  });

  it("looks at every name each time when a link leads to the file", () => {
    const dir = mkdtempSync(join(tmpdir(), "mcpg-opened-"));
    mkdirSync(join(dir, "real"));
    symlinkSync(join(dir, "real"), join(dir, "via"));
    const { db } = database(join(dir, "real"));
    const { looks, count } = countedLooks(SETTLED_MS + 1000);
    const file = new OpenedFile(join(dir, "via", "mcp-guard.db"), db, undefined, looks);
    expect(file.moved()).toBeUndefined();
    count.lstat = 0;
    expect(file.moved()).toBeUndefined();
    expect(count.lstat).toBe(3);
  });
});
