// Attack (round 50): the audit database's write-ahead log deleted under a running daemon. Round 49 made the
// daemon notice that `<home>/mcp-guard.db` itself is no longer the file it opened (opened-file.ts compares
// the path's inode) and refuse traffic until it is back. It compares the main file only. The database runs in
// WAL mode: every committed row lives first in `mcp-guard.db-wal` and reaches the main file only at a
// checkpoint (SQLite's default: once the log holds 1000 pages). A process of the user (a "free disk space"
// script deleting `*-wal` files, a tool the agent runs through a shell server) deletes the -wal and -shm
// while the daemon runs: the daemon keeps committing into its handle on the unlinked log, calls keep
// reaching the server, and `mcp-guard logs` (which opens the main file and starts a fresh log beside it)
// shows none of them, nor the rows committed before the deletion that no checkpoint had yet copied into
// the main file (in this test: both calls' rows are gone). A kill of the daemon then loses them for good:
// the journal was emptied once the database "held" them. What a user expects: the daemon treats its -wal (and -shm) as part of the database
// it watches, so a call is either refused while they are gone, or forwarded with its row readable by
// `mcp-guard logs`. The test passes when a call the server saw after the deletion is in `logs`, or when the
// call is refused.
// The same log holds the spend ledger: round 49 refused to recreate a deleted database because "a deletion
// would become a way to reset a spend cap". With the -wal deleted, a payment booked after it lives only in
// the unlinked log; the daemon killed (an agent's shell can `kill -9` a process of its own user) and started
// again by the next bridge, the day's ledger has forgotten it and the cap pays again. Expected: the second
// payment of 60 under a day's cap of 100 is refused (spend_cap_exceeded) and the server receives one.
import { existsSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  RawBridge,
  recorded,
  recorderWithDefinitions,
  recorderWithResults,
  refusal,
  toolDefinition,
  toolSession,
} from "../src/index.js";

const { home, log } = recorderWithResults({});
const paying = recorderWithDefinitions(
  "recorder",
  {
    tools: [
      toolDefinition("create_payment", "Charges the customer's saved card.", {
        customer: { type: "string" },
        amount: { type: "number", description: "Amount in USD" },
      }),
    ],
  },
  [
    "    policy:",
    "      spend:",
    "        currency: USD",
    "        tools:",
    "          create_payment: { cost_from: amount }",
    "        caps: { per_day: 100 }",
  ].join("\n"),
);
afterAll(async () => {
  await home.cleanup();
  await paying.home.cleanup();
});

function deleteWal(dir: string): void {
  const db = join(dir, "mcp-guard.db");
  expect(existsSync(`${db}-wal`)).toBe(true);
  for (const suffix of ["-wal", "-shm"]) rmSync(`${db}${suffix}`, { force: true });
}

const MARKER = "after-wal-deletion-5c21";

/** The calls `mcp-guard logs --json` shows on their way to the server. */
async function loggedCalls(): Promise<number> {
  const { stdout } = await home.cli(["logs", "--json", "--limit", "1000"]);
  return stdout
    .trim()
    .split("\n")
    .filter((l) => l.startsWith("{"))
    .map((l) => JSON.parse(l) as { method?: string; direction?: string })
    .filter((r) => r.method === "tools/call" && r.direction === "to_server").length;
}

describe("the audit database's -wal deleted while the daemon runs", () => {
  it("a call forwarded afterwards is in the audit log, or is refused", async () => {
    const bridge = new RawBridge(home, "recorder");
    await bridge.initialize();
    bridge.send({
      jsonrpc: "2.0",
      id: 1,
      method: "tools/call",
      params: { name: "echo", arguments: { n: 1 } },
    });
    await bridge.answerTo(1);
    deleteWal(home.home);

    bridge.send({
      jsonrpc: "2.0",
      id: MARKER,
      method: "tools/call",
      params: { name: "echo", arguments: { marker: MARKER } },
    });
    const answer = await bridge.answerTo(MARKER);
    // Both calls' rows, the one before the deletion and the one after. The batch that commits the row to SQLite runs every 20 ms; give it ample time before reading.
    await new Promise((r) => setTimeout(r, 1000));
    const audited = await loggedCalls();
    bridge.close();
    await bridge.exited;
    const forwarded = recorded(log).some((m) => typeof m === "object" && JSON.stringify(m).includes(MARKER));
    expect(forwarded ? { forwarded, audited } : answer.error).toEqual(
      forwarded ? { forwarded: true, audited: 2 } : expect.anything(),
    );
  });

  it("a payment booked afterwards still counts against the day's cap after a restart", async () => {
    const outcomes: unknown[] = [];
    await toolSession(paying.home, async (call) => {
      await call("create_payment", { customer: "cus_Q1", amount: 1 });
      deleteWal(paying.home.home);
      outcomes.push(refusal(await call("create_payment", { customer: "cus_Q1", amount: 60 })));
    });
    // Give the batch that commits the ledger's row time to run, then kill the daemon as an agent's shell can.
    await new Promise((r) => setTimeout(r, 1000));
    const status = await paying.home.status();
    if (!status.running) throw new Error("the daemon is not running");
    process.kill(status.pid, "SIGKILL");
    for (let i = 0; i < 100 && (await paying.home.status()).running; i++)
      await new Promise((r) => setTimeout(r, 100));
    await toolSession(paying.home, async (call) => {
      outcomes.push(refusal(await call("create_payment", { customer: "cus_Q1", amount: 60 })));
    });
    expect({
      outcomes,
      paymentsOf60: recorded(paying.log).filter((m) => JSON.stringify(m).includes('"amount":60')).length,
    }).toEqual({
      outcomes: ["forwarded", "spend_cap_exceeded"],
      paymentsOf60: 1,
    });
  });
});
