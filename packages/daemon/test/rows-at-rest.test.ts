// Rows that versions before rounds 30 and 31 wrote bare (a definition's text, its name, a held call's
// arguments, and older audit rows) are put in today's form when the daemon opens the database: an upgrade
// leaves no token or e-mail address on disk, and the pins stay found by the names servers list.
import { createHmac } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { auditDigest, encodeTrace, pinOf, plainDigest } from "@mcp-guard/core";
import { openDatabase } from "@mcp-guard/store";
import type { DaemonPaths } from "@mcp-guard/wire";
import { closeStores, olderRowsPass, openStores, type DaemonStores } from "../src/daemon-stores.js";
import { filesHolding, openAsDaemon, pathsIn, silent } from "./home-at-rest.js";

const KEY = "k".repeat(64);
// Built at run time so that no scanner reading this file meets a whole token.
const TOKEN = `ghp_${"R8kWq2ZpL5vN3xT7yB1cD4fG6hJ9mK0sA2eU"}`;
const EMAIL = "dana.scully@fbi-example.org";
const APPROVED = `xoxb-${"2837460192-5847261093-aZ8kLm3QpR7tVx9WbN2cY4dE"}`;

let dir = "";
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/**
 * A database as a version before round 31 left it: a tool named after a token, pinned, changed and listed,
 * and a call held with an e-mail address in its arguments.
 */
async function earlierVersionsRows(paths: DaemonPaths): Promise<{ hash: string }> {
  closeStores(await openAsDaemon(paths, KEY), paths.database); // today's schema
  const db = openDatabase(paths.database);
  // Longer than a page: kept in overflow pages, which a rewrite frees (secure_delete must clear them).
  const manual = "Reads the quarterly figures. ".repeat(400);
  const pinned = pinOf({ name: TOKEN, description: `${manual}Uses ${TOKEN}.` }, plainDigest);
  const changed = pinOf({ name: TOKEN, description: `${manual}Now uses ${TOKEN}.` }, plainDigest);
  db.prepare(
    "INSERT INTO pins (server, kind, name, hash, definition, pinned_at, first_use) VALUES ('s', 'tool', ?, ?, ?, 1, 0)",
  ).run(TOKEN, pinned.hash, pinned.definition);
  db.prepare(
    "INSERT INTO pin_changes (server, kind, name, hash, definition, seen_at) VALUES ('s', 'tool', ?, ?, ?, 2)",
  ).run(TOKEN, changed.hash, changed.definition);
  db.prepare(
    "INSERT INTO listed_definitions (server, kind, name, hash, poison_score, signals, listed_at) VALUES ('s', 'tool', ?, ?, 0, '[]', 2)",
  ).run(TOKEN, changed.hash);
  db.prepare(
    `INSERT INTO approvals (id, created_at, expires_at, server, identity, tool, fingerprint, arguments, why, status)
     VALUES ('c1', 1, 9e15, 's', 'os:alice', 'send', 'f', ?, 'require_approval', 'pending')`,
  ).run(JSON.stringify({ to: EMAIL }));
  db.prepare("DELETE FROM daemon_settings WHERE name = 'rows_and_audit_kept_at_rest'").run();
  db.close();
  return pinned;
}

describe("rows an earlier version kept bare", () => {
  it("are kept redacted once the daemon opens the database, and the pins are still found by listed name", async () => {
    dir = mkdtempSync(join(tmpdir(), "mcpg-rows-at-rest-"));
    const paths = pathsIn(dir);
    const pinned = await earlierVersionsRows(paths);
    expect(filesHolding(dir, TOKEN)).toEqual(["mcp-guard.db"]); // the control: the older rows are on disk
    expect(filesHolding(dir, EMAIL)).toEqual(["mcp-guard.db"]);

    const stores = await openAsDaemon(paths, KEY);
    // The plain digests are keyed in place (digests-at-rest.ts): the pin is found and still matches.
    const keyed = (plain: string) => `hmac:${createHmac("sha256", KEY).update(plain).digest("hex")}`;
    expect(stores.pins.get("s", "tool", TOKEN)?.hash).toBe(keyed(pinned.hash));
    const approval = stores.db
      .prepare("SELECT arguments, fingerprint FROM approvals WHERE id = 'c1'")
      .get() as {
      arguments: string;
      fingerprint: string;
    };
    expect(approval.fingerprint).toBe(keyed("f"));
    expect(approval.arguments).toMatch(/^\{"to":"\[REDACTED:email\] \[digest [0-9a-f]{8}\]"\}$/);
    closeStores(stores, paths.database);
    expect(filesHolding(dir, TOKEN)).toEqual([]);
    expect(filesHolding(dir, EMAIL)).toEqual([]);
  });

  it("leave no copy in the file's free pages of a row an earlier version deleted", async () => {
    dir = mkdtempSync(join(tmpdir(), "mcpg-rows-at-rest-"));
    const paths = pathsIn(dir);
    closeStores(await openAsDaemon(paths, KEY), paths.database);
    const db = openDatabase(paths.database);
    // A change an earlier version kept bare, then approved: the row deleted, its pages freed, not cleared.
    const approved = pinOf(
      {
        name: "report",
        description: `${"Reads the figures. ".repeat(400)}${APPROVED}`,
      },
      plainDigest,
    );
    db.prepare(
      "INSERT INTO pin_changes (server, kind, name, hash, definition, seen_at) VALUES ('s', 'tool', 'report', ?, ?, 3)",
    ).run(approved.hash, approved.definition);
    db.pragma("wal_checkpoint(TRUNCATE)");
    db.prepare("DELETE FROM pin_changes WHERE name = 'report'").run();
    db.prepare("DELETE FROM daemon_settings WHERE name = 'rows_and_audit_kept_at_rest'").run();
    db.close();
    expect(filesHolding(dir, APPROVED)).toEqual(["mcp-guard.db"]); // the control
    closeStores(await openAsDaemon(paths, KEY), paths.database);
    expect(filesHolding(dir, APPROVED)).toEqual([]);
  });

  it("leave audit rows in today's form as they are, and rewrite older ones past the first batch", async () => {
    dir = mkdtempSync(join(tmpdir(), "mcpg-rows-at-rest-"));
    const paths = pathsIn(dir);
    closeStores(await openAsDaemon(paths, KEY), paths.database);
    const db = openDatabase(paths.database);
    const step = { interceptor: "tool_integrity", action: "block" as const, ms: 1.5e-7 };
    const insert = db.prepare(
      `INSERT INTO audit_log (ts, session_id, server, direction, kind, method, target, rpc_id, identity, decision, reason, trace, latency_ms, bytes)
       VALUES (1, ?, 'notes', 'to_server', 'request', ?, ?, ?, 'os:alice', 'allow', NULL, ?, 0.1, 120)`,
    );
    // As today's audit keeps them: a digest, a spec method, a short integer id, a clean target, findings
    // whose words hold nothing (one redacted already), in the stored form and in the older object form.
    const today = [
      [auditDigest("admin/exec", KEY), "echo", "42", encodeTrace([])],
      [
        "tools/call",
        auditDigest(TOKEN, KEY),
        auditDigest("req-1", KEY),
        encodeTrace([
          {
            interceptor: "content_scan",
            action: "block",
            ms: 0.2,
            reason: "sensitive_data",
            findings: ["email at params.arguments.to", "tool [REDACTED:github_token]: not listed"],
          },
        ]),
      ],
      ["ping", null, "-7", JSON.stringify([{ interceptor: "protocol", action: "pass", ms: 0.01 }])],
    ];
    db.transaction(() => {
      today.forEach((row) => insert.run("today", ...row));
      // More older rows than one batch rewrites, the last one past it.
      for (let i = 0; i < 2500; i++) insert.run("older", "tools/call", "echo", `${EMAIL}-${i}`, "[]");
      // Stored in today's trace form by a version that did not yet redact the findings and reasons.
      insert.run("compact", "tools/call", null, "1", encodeTrace([{ ...step, reason: `for ${TOKEN}` }]));
      insert.run(
        "compact",
        "tools/call",
        null,
        "2",
        encodeTrace([{ ...step, findings: [`tool ${TOKEN}: new`] }]),
      );
    })();
    db.prepare("DELETE FROM daemon_settings WHERE name = 'rows_and_audit_kept_at_rest'").run();
    db.close();

    const stores = await openAsDaemon(paths, KEY);
    const rows = (session: string) =>
      stores.db
        .prepare("SELECT method, target, rpc_id, trace FROM audit_log WHERE session_id = ? ORDER BY id")
        .raw()
        .all(session) as (string | null)[][];
    expect(rows("today")).toEqual(today);
    const older = rows("older");
    expect(older).toHaveLength(2500);
    expect(older.at(-1)).toEqual(["tools/call", "echo", auditDigest(`${EMAIL}-2499`, KEY), "[]"]);
    expect(rows("compact").map((row) => row[3])).toEqual([
      encodeTrace([{ ...step, reason: "for [REDACTED:github_token]" }]),
      encodeTrace([{ ...step, findings: ["tool [REDACTED:github_token]: new"] }]),
    ]);
    closeStores(stores, paths.database);
    expect(filesHolding(dir, EMAIL)).toEqual([]);
    expect(filesHolding(dir, TOKEN)).toEqual([]);
  });

  it("rewrite the audit one batch per turn once the daemon listens, and a stopped pass runs again", async () => {
    dir = mkdtempSync(join(tmpdir(), "mcpg-rows-at-rest-"));
    const paths = pathsIn(dir);
    closeStores(await openAsDaemon(paths, KEY), paths.database);
    const db = openDatabase(paths.database);
    const insert = db.prepare(
      `INSERT INTO audit_log (ts, session_id, server, direction, kind, method, target, rpc_id, identity, decision, reason, trace, latency_ms, bytes)
       VALUES (1, 's', 'notes', 'to_server', 'request', 'tools/call', 'echo', ?, 'os:alice', 'allow', NULL, '[]', 0.1, 120)`,
    );
    db.transaction(() => {
      for (let i = 0; i < 4500; i++) insert.run(`${EMAIL}-${i}`);
    })();
    db.prepare("DELETE FROM daemon_settings WHERE name = 'rows_and_audit_kept_at_rest'").run();
    db.close();
    const bare = (stores: DaemonStores) =>
      stores.db.prepare("SELECT count(*) FROM audit_log WHERE rpc_id LIKE '%@%'").pluck().get();

    // Opening the stores (before the daemon listens) leaves the audit to the pass.
    let stores = openStores(paths, false, silent, KEY);
    expect(bare(stores)).toBe(4500);
    const pass = olderRowsPass(stores, silent);
    await new Promise((resolve) => setImmediate(resolve));
    expect(bare(stores)).toBe(2500); // one batch, then the event loop's other work
    pass.stop(); // the daemon stopping
    await pass.done;
    expect(bare(stores)).toBe(2500);
    closeStores(stores, paths.database);

    stores = openStores(paths, false, silent, KEY);
    await olderRowsPass(stores, silent).done;
    expect(bare(stores)).toBe(0);
    closeStores(stores, paths.database);
    expect(filesHolding(dir, EMAIL)).toEqual([]);
  });

  it("runs once per database: a later opening leaves the rows as they are", async () => {
    dir = mkdtempSync(join(tmpdir(), "mcpg-rows-at-rest-"));
    const paths = pathsIn(dir);
    closeStores(await openAsDaemon(paths, KEY), paths.database);
    const db = openDatabase(paths.database);
    db.prepare(
      "INSERT INTO listed_definitions (server, kind, name, hash, poison_score, signals, listed_at) VALUES ('s', 'tool', ?, 'h', 0, '[]', 2)",
    ).run(TOKEN);
    db.close();
    const stores = await openAsDaemon(paths, KEY);
    const names = stores.db.prepare("SELECT name FROM listed_definitions").pluck().all();
    closeStores(stores, paths.database);
    expect(names).toEqual([TOKEN]); // written after the pass by hand: not the pass's business
  });
});
