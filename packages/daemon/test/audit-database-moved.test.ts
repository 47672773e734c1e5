// The database file deleted, or another put in its place, under a running daemon: the rows would go on into a
// file no one can open again. From the turn that sees it, nothing is forwarded; once the file is back at its
// path (moved away and back), traffic flows again and the rows kept meanwhile reach it. Its write-ahead log
// deleted or replaced, the rows committed to the log the daemon holds are copied into the file and a new log is
// made at its path, before anything more leaves.
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AuditRepository, DurableBatchRepository, OpenedFile, openDatabase } from "@mcp-guard/store";
import { describe, expect, it } from "vitest";
import { AuditJournal } from "../src/audit-journal.js";
import { AuditWriter } from "../src/audit-writer.js";
import { memorySession, silent } from "./memory-session.js";

const turn = () => new Promise((r) => setTimeout(r, 20));

function opened() {
  const dir = mkdtempSync(join(tmpdir(), "mcpg-moved-"));
  const path = join(dir, "mcp-guard.db");
  const db = openDatabase(path);
  const journal = new AuditJournal(join(dir, "audit.journal"));
  const audit = new AuditWriter(new DurableBatchRepository(db), journal, silent, {
    flushMs: 1_000_000,
    file: new OpenedFile(path, db),
  });
  const { client, upstream } = memorySession(audit);
  const ping = async (id: number) => {
    client.deliver({ jsonrpc: "2.0", id, method: "ping" });
    await turn();
    const reached = upstream.received.some((m) => (m as { id?: unknown }).id === id);
    if (reached) upstream.deliver({ jsonrpc: "2.0", id, result: {} });
    await turn();
    return reached;
  };
  return { path, db, audit, client, ping };
}

/** The rpc ids audited as another process sees them: the files at the paths, copied while the daemon runs. */
function seenAtPath(path: string): string[] {
  const copy = join(mkdtempSync(join(tmpdir(), "mcpg-seen-")), "copy.db");
  copyFileSync(path, copy);
  if (existsSync(`${path}-wal`)) copyFileSync(`${path}-wal`, `${copy}-wal`);
  const db = openDatabase(copy, { readonly: true });
  try {
    return new AuditRepository(db).query({ limit: 100 }).map((r) => String(r.rpc_id));
  } finally {
    db.close();
  }
}

describe("the audit database moved under the daemon", () => {
  it("refuses what would be audited into a deleted file, and says why", async () => {
    const { path, db, audit, client, ping } = opened();
    expect(await ping(1)).toBe(true);
    for (const suffix of ["", "-wal", "-shm"]) rmSync(`${path}${suffix}`, { force: true });
    expect(await ping(2)).toBe(false);
    expect(client.received.at(-1)).toMatchObject({ id: 2, error: { code: -32603 } });
    expect(audit.accepting).toBe(false);
    expect(audit.lastError).toContain("was deleted while the daemon ran");
    expect(await ping(3)).toBe(false);
    db.close();
  });

  it("refuses while another file stands at its path", async () => {
    const { path, db, audit, ping } = opened();
    expect(await ping(1)).toBe(true);
    rmSync(path);
    writeFileSync(path, "");
    expect(await ping(2)).toBe(false);
    expect(audit.lastError).toContain("was replaced by another file");
    db.close();
  });

  it("flows again once the same file is back, its rows with it", async () => {
    const { path, db, audit, ping } = opened();
    expect(await ping(1)).toBe(true);
    renameSync(path, `${path}.aside`);
    expect(await ping(2)).toBe(false);
    expect(audit.flush()).toBe(false); // nothing committed to a file no one reads
    renameSync(`${path}.aside`, path);
    expect(await ping(3)).toBe(true);
    expect(audit.accepting).toBe(true);
    expect(audit.flush()).toBe(true);
    const rows = new AuditRepository(db).query({ limit: 10 }).map((r) => [r.rpc_id, r.decision, r.reason]);
    expect(rows).toContainEqual(["2", "error", "audit_unavailable"]);
    expect(rows).toContainEqual(["3", "allow", null]);
    db.close();
  });

  it("copies what its deleted log held into the file and makes a new log before anything more leaves", async () => {
    const { path, db, audit, ping } = opened();
    expect(await ping(1)).toBe(true);
    expect(audit.flush()).toBe(true);
    for (const suffix of ["-wal", "-shm"]) rmSync(`${path}${suffix}`);
    expect(await ping(2)).toBe(true);
    expect(audit.flush()).toBe(true);
    expect(audit.lastError).toBeUndefined();
    expect(seenAtPath(path)).toEqual(expect.arrayContaining(["1", "2"]));
    db.close();
  });

  it("puts its own log back where another file was put in its place", async () => {
    const { path, db, audit, ping } = opened();
    expect(await ping(1)).toBe(true);
    expect(audit.flush()).toBe(true);
    rmSync(`${path}-wal`);
    writeFileSync(`${path}-wal`, "not the daemon's log");
    expect(await ping(2)).toBe(true);
    expect(audit.flush()).toBe(true);
    expect(readFileSync(`${path}-wal`, "utf8")).not.toContain("not the daemon's log");
    expect(seenAtPath(path)).toEqual(expect.arrayContaining(["1", "2"]));
    db.close();
  });
});
