// Attack (round 30, found from outside): the approval queue had no bound. Every call of a tool that needs a
// person, with arguments not asked about before, added a pending request to SQLite (its whole `arguments`
// kept, so the person can read them) and to what `approvals list` and the dashboard's Approvals tab show.
// Nothing limited how many one identity may have waiting, and nothing ever deleted them: an agent (or a
// prompt-injected one) that loops over `delete_account {account: "a<n>"}` filled the person's queue with
// hundreds of requests, burying the one it wants approved among look-alikes, and grew the database by the size
// of its arguments each time (a disk that fills makes the audit refuse every message). No rate limit was
// needed: each call is answered at once with approval_pending, well under max_requests_in_flight.
// What a user expects: an identity's waiting requests are bounded (approvals.max_pending_per_identity);
// beyond the bound a call is refused with approval_queue_full, naming the setting, and nothing is queued;
// here 600 distinct calls must not leave 600 requests waiting.
// Proven through the real bridge, the recording server and `mcp-guard approvals list --json`.
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeGuardedHome, RawBridge, recorderServerYaml } from "../src/index.js";
import { toolCallsIn } from "../src/recorder-session.js";

const CALLS = 600;
const POLICY = ["    policy:", "      spend:", "        require_approval: [delete_account]"].join("\n");

const log = join(makeGuardedHome().dir, "shop.log");
const home = makeGuardedHome(recorderServerYaml("shop", log, undefined, POLICY));
afterAll(() => home.cleanup());

describe("the approval queue", () => {
  it("is bounded per identity: one agent cannot fill it with requests", async () => {
    const bridge = new RawBridge(home, "shop");
    await bridge.initialize();
    const reasons = new Map<string, number>();
    let refusal: { error: { data: Record<string, unknown> } } | undefined;
    const filler = "x".repeat(4096);
    for (let start = 0; start < CALLS; start += 50) {
      for (let i = start; i < start + 50; i++)
        bridge.send({
          jsonrpc: "2.0",
          id: i + 100,
          method: "tools/call",
          params: { name: "delete_account", arguments: { account: `a${i}`, note: filler } },
        });
      for (let i = start; i < start + 50; i++) {
        const answer = (await bridge.answerTo(i + 100)) as { error?: { data?: { reason?: string } } };
        const reason = answer.error?.data?.reason ?? "passed";
        if (reason === "approval_queue_full") refusal = answer as typeof refusal;
        reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
      }
    }
    bridge.close();
    await bridge.exited;
    const listed = await home.cli(["approvals", "list", "--json"], { timeoutMs: 60_000 });
    expect(listed.code).toBe(0);
    const waiting = JSON.parse(listed.stdout) as unknown[];
    expect(toolCallsIn(log, "delete_account")).toBe(0);
    // Beyond a bound, a call is refused without a new request in the queue.
    expect(reasons.get("approval_pending") ?? 0, JSON.stringify(Object.fromEntries(reasons))).toBeLessThan(
      CALLS,
    );
    expect(waiting.length, `${waiting.length} requests of one identity wait for the person`).toBeLessThan(
      CALLS,
    );
    // The refusal beyond the bound names the setting that holds it.
    expect(reasons.get("approval_queue_full") ?? 0).toBe(CALLS - waiting.length);
    expect(refusal?.error.data).toMatchObject({ setting: "approvals.max_pending_per_identity" });
  });
});
