// Attack (round 31, found from outside): round 30 bounded what a server keeps waiting for a person
// (PENDING_PER_SERVER, 200 definitions: attack-pending-definitions-flood) so that a server listing a fresh
// batch of invented tools at every tools/list cannot "grow the database by every definition it invents".
// But every definition a server lists is also recorded in listed_definitions (its name, digest, poison
// signals, per server, kind and name), and nothing ever deletes a row there when the server stops listing
// the name: only pin_changes is pruned (dropUnlisted). So the same flood still grows mcp-guard.db by one row
// per invented name, for ever (retention does not touch it, `pins reset` does, but only when a person runs
// it): 20 listings of 100 invented tools leave 2,002 rows (its instructions, echo and 2,000 invented tools) for a server that lists 101 tools.
// Secure behaviour: what the guard keeps of a server's listings is bounded by what it lists now plus the
// bounded queue: at most 101 listed + 200 waiting rows here.
// Through the real bridge and the recording server; the database is read (read-only) after the daemon stops.
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { RawBridge } from "../src/index.js";
import { recorderWithDefinitions, redefine, toolDefinition } from "../src/recorder-session.js";

const LISTINGS = 20;
const PER_LISTING = 100;
const PENDING_PER_SERVER = 200;
const { home, log } = recorderWithDefinitions("recorder", {
  tools: [toolDefinition("echo", "Returns its arguments.")],
});
afterAll(() => home.cleanup());

/** Rows of `table` for the server, read with the store's own driver. */
function rowsOf(table: string): number {
  const store = fileURLToPath(new URL("../../store/package.json", import.meta.url));
  const Database = createRequire(store)("better-sqlite3") as new (
    path: string,
    options: object,
  ) => { prepare(sql: string): { get(...a: unknown[]): { n: number } }; close(): void };
  const db = new Database(join(home.home, "mcp-guard.db"), { readonly: true });
  try {
    return db.prepare(`SELECT COUNT(*) AS n FROM ${table} WHERE server = ?`).get("recorder").n;
  } finally {
    db.close();
  }
}

describe("what the guard keeps of a server's listings", () => {
  it("does not grow by every tool a server invents", async () => {
    const bridge = new RawBridge(home, "recorder");
    await bridge.initialize();
    bridge.send({ jsonrpc: "2.0", id: 1, method: "tools/list" });
    await bridge.answerTo(1);
    for (let round = 0; round < LISTINGS; round++) {
      redefine(log, {
        tools: [
          toolDefinition("echo", "Returns its arguments."),
          ...Array.from({ length: PER_LISTING }, (_, i) =>
            toolDefinition(`report_${round}_${i}`, `Writes report ${i} of batch ${round}.`),
          ),
        ],
      });
      bridge.send({ jsonrpc: "2.0", id: 10 + round, method: "tools/list" });
      await bridge.answerTo(10 + round);
    }
    bridge.close();
    await bridge.exited;
    await home.stop();
    // The queue itself is bounded (round 30, the control).
    expect(rowsOf("pin_changes")).toBeLessThanOrEqual(PENDING_PER_SERVER);
    expect(rowsOf("listed_definitions")).toBeLessThanOrEqual(1 + PER_LISTING + PENDING_PER_SERVER);
  });
});
