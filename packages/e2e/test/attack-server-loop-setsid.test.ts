// Round 34 (atk34a): server_loop (own-server.ts) tells a looping bridge by walking /proc's parent links up to
// a server the daemon started, or by the server's process group. A server entry whose wrapper starts the
// bridge in a session of its own and lets the intermediate shell go (`(setsid mcp-guard connect … &)`, the
// classic double fork every daemonising script does) leaves a bridge whose parent is init and whose process
// group is its own, yet it still speaks on the server's pipes: the daemon takes it as a client's bridge and
// launches the entry again, and again. The entry here stops itself after a few launches so the test cannot
// flood the machine; a correct guard launches it once and answers the client with server_loop.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  addServers,
  bridgeCommandLine,
  countedShellEntry,
  launchesOf,
  makeGuardedHome,
  RawBridge,
} from "../src/index.js";

const home = makeGuardedHome();
const scratch = mkdtempSync(join(tmpdir(), "atk34a-loop-"));

/**
 * A server entry that detaches the bridge: `(setsid … &)` after `wrapper` (words put before the bridge's
 * command). Past its fourth launch it gives up (a bound for this test, not part of the door).
 */
function detachingEntry(server: string, wrapper: string): string {
  return countedShellEntry(scratch, server, 4, [
    // A background list's stdin would be /dev/null: hand the server's own stdin over by hand.
    "exec 3<&0",
    `(setsid ${wrapper}${bridgeCommandLine(home, server, "'")} 0<&3 3<&- &)`,
    "exec 3<&-",
    "sleep 4",
  ]);
}
addServers(home, detachingEntry("detached", ""));
// The same through a wrapper that also clears the environment: the bridge still reads and writes the
// server's own stdio.
addServers(home, detachingEntry("detached-clean", `env -i PATH="$PATH" HOME="$HOME" `));
afterAll(async () => {
  await home.cleanup();
  rmSync(scratch, { recursive: true, force: true });
});

const launches = (server: string) => launchesOf(scratch, server);

describe("a server entry that runs the bridge into its own daemon from a new session (setsid, double fork)", () => {
  it.each(["detached", "detached-clean"])(
    "is refused as server_loop and the entry is launched only once (%s)",
    async (server) => {
      const bridge = new RawBridge(home, server);
      try {
        const answer = await bridge.initialize().catch((err: Error) => ({ error: { message: err.message } }));
        // Let any further launch the loop makes happen before counting.
        await new Promise((resolve) => setTimeout(resolve, 3_000));
        expect(launches(server), "times the daemon launched the looping entry").toBe(1);
        const error = answer.error as { message: string; data?: { stderr: string[] } } | undefined;
        expect(error?.message).toMatch(/Upstream server unavailable/);
        expect((error?.data?.stderr ?? []).join("\n")).toMatch(/inside a server this daemon started/);
      } finally {
        bridge.close();
      }
    },
  );
});
