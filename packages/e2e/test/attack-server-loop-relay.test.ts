// Round 35 (atk35a): server_loop (own-server.ts) tells a looping bridge by three signs: the server mark in its
// environment, the server's own stdio as its stdin or stdout, or /proc's parent and process-group links up to
// a server. A server entry whose wrapper clears the environment, detaches with setsid and a double fork, and
// puts a relay between the server's pipes and the bridge (`cat | mcp-guard connect … | cat`, or script(1)'s
// pseudo-terminal) shows none of the three: the bridge's stdio are fresh pipes (or a terminal), its parent is
// init, its group its own. The daemon takes it for a client's bridge and launches the entry again, and again.
// The entry stops itself after a few launches so the test cannot flood the machine; a correct guard launches
// it once and answers the client with server_loop.
//
// Added by the fixer: the client's answer is checked only through plain pipes (through script(1) it hears
// the terminal's echo of its own request), and for both the daemon's log must name the refusal. Those two
// relays are seen (the relay's shell, script(1), holds the server's pipes above the bridge), but a wrapper
// can always hide one hop more. The third case relays through named pipes to a bridge left to init, whose
// ancestors hold nothing of the server's: what stops that loop is the bound on launches of one server still
// starting (each launch of a loop opens the next session before it can answer initialize). Its entry would
// stop itself only far above that bound, so the daemon must stop it. And a crowd of clients starting a slow
// server at once is not taken for a loop.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  addServers,
  bridgeCommandLine,
  countedShellEntry,
  FIXTURE,
  launchesOf,
  makeGuardedHome,
  RawBridge,
} from "../src/index.js";

const home = makeGuardedHome();
const scratch = mkdtempSync(join(tmpdir(), "atk35a-loop-"));

/**
 * A server entry that runs the bridge behind a relay of `cat`s, in a clean environment and a session of its
 * own, from a shell it leaves to init; past its fourth launch it gives up (a bound for this test, not part of
 * the door).
 */
function relayedEntry(server: string, relay: (bridge: string) => string): string {
  return countedShellEntry(scratch, server, 4, [
    // A background list's stdin would be /dev/null: hand the server's own stdin over by hand.
    "exec 3<&0",
    `(setsid env -i PATH="$PATH" HOME="$HOME" ${relay(bridgeCommandLine(home, server, '"'))} 0<&3 3<&- &)`,
    "exec 3<&-",
    "sleep 4",
  ]);
}
// Fresh pipes: `cat | bridge | cat`.
addServers(
  home,
  relayedEntry("relayed", (bridge) => `/bin/sh -c 'cat | ${bridge} | cat'`),
);
// A terminal: script(1) runs the bridge on a pseudo-terminal of its own and copies between it and its stdio.
addServers(
  home,
  relayedEntry("terminal", (bridge) => `script -qefc '${bridge}' /dev/null`),
);

/** The daemon's bound on launches of one server still starting (docs/configuration.md, server_loop). */
const MAX_STARTING_LAUNCHES = 16;
/** Where the FIFO entry would stop by itself: far above the daemon's bound. */
const ENTRY_STOP = 4 * MAX_STARTING_LAUNCHES;

/**
 * A server entry whose launches relay through two named pipes to a bridge left to init (a double fork, a
 * session of its own, a clean environment): no process above the bridge holds the server's stdio, and the
 * bridge's own stdin and stdout are FIFOs. The launch ends when the bridge's output does, as a relay does.
 */
function fifoEntry(server: string): string {
  const bridge = bridgeCommandLine(home, server, '"');
  return countedShellEntry(
    scratch,
    server,
    ENTRY_STOP,
    [
      `d='${scratch}'/${server}-$n`,
      'mkfifo "$d.in" "$d.out"',
      `(setsid env -i PATH="$PATH" HOME="$HOME" /bin/sh -c 'exec ${bridge} <"$0.in" >"$0.out"' "$d" &)`,
      // A background list's stdin would be /dev/null: hand the server's own stdin over by hand.
      "exec 3<&0",
      'cat <&3 >"$d.in" &',
      "exec 3<&-",
      'cat "$d.out"',
      "kill $! 2>/dev/null",
    ],
    "\n",
  );
}
addServers(home, fifoEntry("fifo"));
// An ordinary server that takes a while to answer, as one fetched by npx does.
addServers(
  home,
  [
    "  slow:",
    "    command: /bin/sh",
    `    args: ["-c", ${JSON.stringify(`sleep 3; exec "${process.execPath}" "${FIXTURE}"`)}]`,
  ].join("\n"),
);
afterAll(async () => {
  await home.cleanup();
  rmSync(scratch, { recursive: true, force: true });
});

const launches = (server: string) => launchesOf(scratch, server);

/** The daemon's log lines that refused a bridge of `server` as server_loop. */
function loopRefusals(server: string): string[] {
  const log = join(home.home, "daemon.log");
  if (!existsSync(log)) return [];
  return readFileSync(log, "utf8")
    .split("\n")
    .filter(
      (line) => line.includes("refused a bridge as server_loop") && line.includes(`"server":"${server}"`),
    );
}

describe("a server entry that runs the bridge into its own daemon behind a relay, detached and with a clean environment", () => {
  it.each(["relayed", "terminal"])(
    "is refused as server_loop and the entry is launched only once (%s)",
    async (server) => {
      const bridge = new RawBridge(home, server);
      try {
        const answer = await bridge.initialize().catch((err: Error) => ({ error: { message: err.message } }));
        // Let any further launch the loop makes happen before counting.
        await new Promise((resolve) => setTimeout(resolve, 3_000));
        expect(launches(server), "times the daemon launched the looping entry").toBe(1);
        expect("result" in answer, "the looping server is not initialized").toBe(false);
        expect(loopRefusals(server).join("\n")).toMatch(/inside a server this daemon started/);
        // Through script(1) the bridge's stderr is the terminal, which script copies to the server's
        // output, and the terminal echoes the client's request back: the client hears that echo's
        // refusal, not the bridge's reason. Through plain pipes it hears the reason.
        if (server === "terminal") return;
        const error = answer.error as { message: string; data?: { stderr: string[] } } | undefined;
        expect(error?.message).toMatch(/Upstream server unavailable/);
        expect((error?.data?.stderr ?? []).join("\n")).toMatch(/inside a server this daemon started/);
      } finally {
        bridge.close();
      }
    },
  );

  it("is stopped by the bound on launches still starting when no sign shows the relay (fifo)", async () => {
    const bridge = new RawBridge(home, "fifo");
    try {
      const asked = Date.now();
      const answer = await bridge.initialize().catch((err: Error) => ({ error: { message: err.message } }));
      const waited = Date.now() - asked;
      // Let any further launch the loop makes happen before counting.
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      const launched = launches("fifo");
      expect(launched, "times the daemon launched the looping entry").toBeLessThanOrEqual(
        MAX_STARTING_LAUNCHES,
      );
      expect(launched, "the loop did run: no sign showed it").toBeGreaterThan(1);
      const error = answer.error as { message: string; data?: { stderr: string[] } } | undefined;
      expect(error?.message).toMatch(/Upstream server unavailable/);
      expect((error?.data?.stderr ?? []).join("\n")).toMatch(
        new RegExp(
          `has ${MAX_STARTING_LAUNCHES} launches still starting, none of which has answered initialize`,
        ),
      );
      expect(waited, "milliseconds until the client heard of the loop").toBeLessThan(20_000);
      expect(loopRefusals("fifo")).toHaveLength(1);
    } finally {
      bridge.close();
    }
  });

  it("serves several clients that start the same slow server at once", async () => {
    const bridges = Array.from({ length: 10 }, () => new RawBridge(home, "slow"));
    try {
      const answers = await Promise.all(bridges.map((bridge) => bridge.initialize()));
      for (const answer of answers) expect(answer.result, JSON.stringify(answer)).toBeDefined();
      expect(loopRefusals("slow")).toEqual([]);
    } finally {
      for (const bridge of bridges) bridge.close();
    }
  });
});
