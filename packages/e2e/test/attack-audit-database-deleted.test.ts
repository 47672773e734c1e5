// Attack (round 49): the audit database deleted under a running daemon. The README promises "no message is
// forwarded before its row is on disk" and that `mcp-guard logs` shows every call. A process of the user
// (a cleanup script, `rm -rf ~/.mcp-guard/*.db` from a "reset" guide, a tool the agent runs through a shell
// server) deletes `<home>/mcp-guard.db` with its -wal and -shm while the daemon runs. The daemon keeps its
// handle on the unlinked inode: calls go on reaching the server, their rows are written to a file no one can
// open again, and `mcp-guard logs` answers "no audit database at <home>/mcp-guard.db (has the daemon run with
// this home?)" while the daemon goes on forwarding: an agent could erase the trail of what it is about to do. What a user expects: the daemon notices that its database is no longer
// the file at its path (the path's inode differs from the open one, or is gone) and either stops forwarding
// (fail closed, as for a full disk) or recreates the database there and writes the rows into it. The test
// passes when a call the server saw after the deletion is in `mcp-guard logs`, or when the call is refused.
import { existsSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { RawBridge, recorded, recorderWithResults } from "../src/index.js";

const { home, log } = recorderWithResults({});
afterAll(() => home.cleanup());

const MARKER = "after-deletion-7f3a";

async function loggedCalls(): Promise<string[]> {
  const { stdout } = await home.cli(["logs", "--json", "--limit", "1000"]);
  return stdout
    .trim()
    .split("\n")
    .filter((l) => l.startsWith("{"))
    .map((l) => JSON.parse(l) as { method?: string; direction?: string; tool?: string | null })
    .filter((r) => r.method === "tools/call")
    .map((r) => JSON.stringify(r));
}

describe("the audit database deleted while the daemon runs", () => {
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
    const db = join(home.home, "mcp-guard.db");
    expect(existsSync(db)).toBe(true);
    for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(`${db}${suffix}`, { force: true });

    bridge.send({
      jsonrpc: "2.0",
      id: 2,
      method: "tools/call",
      params: { name: "echo", arguments: { marker: MARKER } },
    });
    const answer = await bridge.answerTo(2);
    bridge.close();
    await bridge.exited;
    const forwarded = recorded(log).some((m) => typeof m === "object" && JSON.stringify(m).includes(MARKER));
    const audited = await loggedCalls();
    // Either refused (never forwarded, the answer an error), or forwarded and its row readable by `logs`.
    expect(forwarded ? { forwarded, audited: audited.length > 0 } : answer.error).toEqual(
      forwarded ? { forwarded: true, audited: true } : expect.anything(),
    );
  });
});
