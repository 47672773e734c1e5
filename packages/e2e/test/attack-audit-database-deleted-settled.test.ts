// The audit database deleted under a daemon that has run long enough for its home directory to settle. Each
// turn the daemon then stats that directory instead of the database's three names (opened-file.ts), and looks
// at the names only when the directory changed: the deletion must change it, and be seen before the next call
// leaves. The recording server must never see the call made after the deletion unless `mcp-guard logs` shows it.
import { rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { RawBridge, recorded, recorderWithResults } from "../src/index.js";

const { home, log } = recorderWithResults({});
afterAll(() => home.cleanup());

const MARKER = "after-settled-deletion-52c1";
/** Longer than opened-file.ts's SETTLED_MS (3 s): the directory's last change then vouches for its names. */
const SETTLE_MS = 3_500;

const call = (bridge: RawBridge, id: number, args: Record<string, unknown>) => {
  bridge.send({ jsonrpc: "2.0", id, method: "tools/call", params: { name: "echo", arguments: args } });
  return bridge.answerTo(id);
};

async function loggedMarker(): Promise<boolean> {
  const { stdout } = await home.cli(["logs", "--json", "--limit", "1000"]);
  return stdout.includes(MARKER);
}

describe("the audit database deleted once its directory has settled", () => {
  it("refuses the next call, or audits it where `mcp-guard logs` reads", async () => {
    const bridge = new RawBridge(home, "recorder");
    await bridge.initialize();
    await call(bridge, 1, { n: 1 });
    // Long enough that the home directory's last change can vouch for it, then a call that takes the shortcut.
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    await call(bridge, 2, { n: 2 });
    const db = join(home.home, "mcp-guard.db");
    for (const suffix of ["", "-wal", "-shm"]) rmSync(`${db}${suffix}`, { force: true });
    const answer = await call(bridge, 3, { marker: MARKER });
    bridge.close();
    await bridge.exited;
    const forwarded = recorded(log).some((m) => JSON.stringify(m).includes(MARKER));
    if (forwarded) expect(await loggedMarker()).toBe(true);
    else expect(answer.error).toBeDefined();
  });
});
