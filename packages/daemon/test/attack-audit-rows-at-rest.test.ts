// Attack (round 33, atk33a): at its first start the daemon rewrites the rows earlier versions wrote bare
// (rows-at-rest.ts: definitions, names, a held call's arguments) and clears the free pages, "so an upgrade
// does not leave a token or an e-mail address on disk". The audit log is left out: versions before
// 492cb7da (round 28) kept a row's method, target and JSON-RPC id as the peer wrote them, and versions
// before 488f87e6 kept the trace's findings naming a tool called after a token. After an upgrade those rows
// stay in mcp-guard.db as written (for audit.retention_days, 90 by default), while today's rows keep such
// values as keyed digests and redacted findings.
// A user expects the same of the audit as of the pins: once the upgraded daemon has opened the database, no
// file of the home holds the token or the e-mail address an earlier version's audit rows carried, and the
// rows are still there (as today's rows keep them).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { auditDigest, decodeTrace } from "@mcp-guard/core";
import { openDatabase } from "@mcp-guard/store";
import { closeStores } from "../src/daemon-stores.js";
import { filesHolding, openAsDaemon, pathsIn } from "./home-at-rest.js";

const KEY = "k".repeat(64);
// Built at run time so that no scanner reading this file meets a whole token.
const TOKEN = `ghp_${"W3nQ8tZ1xL6vB9cR2mK5pJ7hF4dS0aY8eU1g"}`;
const EMAIL = "fox.mulder@fbi-example.org";

let dir = "";
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("audit rows an earlier version kept bare", () => {
  it("hold no token or e-mail address once the upgraded daemon opened the database", async () => {
    dir = mkdtempSync(join(tmpdir(), "mcpg-a33-audit-at-rest-"));
    const paths = pathsIn(dir);
    closeStores(await openAsDaemon(paths, KEY), paths.database); // today's schema
    const db = openDatabase(paths.database);
    // As a version before round 28 wrote them: a call to a tool named after a token, refused, under an id
    // that is an e-mail address; a request whose method names the token; the trace naming the tool.
    const row = db.prepare(
      `INSERT INTO audit_log (ts, session_id, server, direction, kind, method, target, rpc_id, identity, decision, reason, trace, latency_ms, bytes)
       VALUES (?, 's1', 'notes', 'to_server', 'request', ?, ?, ?, 'os:alice', 'block', ?, ?, 0.1, 120)`,
    );
    const now = Date.now();
    row.run(
      now - 1000,
      "tools/call",
      TOKEN,
      EMAIL,
      "unknown_name",
      JSON.stringify([
        { interceptor: "tool_integrity", action: "block", ms: 0.1, findings: [`tool ${TOKEN}: not listed`] },
      ]),
    );
    row.run(now - 500, `admin/${TOKEN}`, null, `req-${EMAIL}`, "unknown_method", "[]");
    // As round 32's daemon left it: its pass, which did not rewrite audit rows, recorded under its own name.
    db.prepare("DELETE FROM daemon_settings WHERE name = 'rows_and_audit_kept_at_rest'").run();
    db.prepare("INSERT INTO daemon_settings (name, value) VALUES ('rows_kept_at_rest', '1')").run();
    db.close();
    expect(filesHolding(dir, TOKEN)).toEqual(["mcp-guard.db"]); // the control: the older rows are on disk
    expect(filesHolding(dir, EMAIL)).toEqual(["mcp-guard.db"]);

    const stores = await openAsDaemon(paths, KEY);
    const rows = stores.db
      .prepare("SELECT method, target, rpc_id, trace FROM audit_log WHERE session_id = 's1' ORDER BY id")
      .all() as { method: string; target: string | null; rpc_id: string; trace: string }[];
    closeStores(stores, paths.database);
    // The rows are kept, in today's form: what a peer chose as the keyed digest `logs -m/-t` look for, the
    // finding with the token redacted.
    expect(rows.map(({ trace, ...row }) => ({ ...row, trace: decodeTrace(trace) }))).toEqual([
      {
        method: "tools/call",
        target: auditDigest(TOKEN, KEY),
        rpc_id: auditDigest(EMAIL, KEY),
        trace: [
          {
            interceptor: "tool_integrity",
            action: "block",
            ms: 0.1,
            findings: ["tool [REDACTED:github_token]: not listed"],
          },
        ],
      },
      {
        method: auditDigest(`admin/${TOKEN}`, KEY),
        target: null,
        rpc_id: auditDigest(`req-${EMAIL}`, KEY),
        trace: [],
      },
    ]);
    expect(filesHolding(dir, TOKEN)).toEqual([]);
    expect(filesHolding(dir, EMAIL)).toEqual([]);
  });
});
