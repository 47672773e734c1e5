// Round 33, found while reviewing init: a server entry that runs `mcp-guard connect` into the very daemon
// that launches it (what `init` writes when it wraps an entry that only resembles the bridge, such as
// `npx -y mcp-guard connect -s notes`, or a hand-made config). Each session launched the entry, whose bridge
// opened another session, which launched it again: about 500 processes within 8 s, and the client never had
// an answer. The daemon now refuses a bridge that descends from a server it started (server_loop): the inner
// bridge exits 1 saying why, and the client's session is answered with that server's failure.
import { readdirSync, readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { addServers, CLI, makeGuardedHome, RawBridge } from "../src/index.js";

const home = makeGuardedHome();
addServers(
  home,
  [
    "  looping:",
    `    command: ${JSON.stringify(process.execPath)}`,
    `    args: [${JSON.stringify(CLI)}, "connect", "-s", "looping", "-c", ${JSON.stringify(home.configPath)}]`,
  ].join("\n"),
);
// The same, with a shell between the server's process and the bridge (as npx or a wrapper script would be).
const bridgeLine = [process.execPath, CLI, "connect", "-s", "wrapped", "-c", home.configPath]
  .map((word) => `'${word}'`)
  .join(" ");
addServers(
  home,
  [
    "  wrapped:",
    "    command: /bin/sh",
    `    args: ["-c", ${JSON.stringify(`${bridgeLine}; exit $?`)}]`,
  ].join("\n"),
);
// And with the bridge left behind by a wrapper that has gone (`(cmd &)`): its parent is then init, but it is
// still in the process group the daemon started the server in.
const orphanLine = [process.execPath, CLI, "connect", "-s", "orphaned", "-c", home.configPath]
  .map((word) => `'${word}'`)
  .join(" ");
addServers(
  home,
  [
    "  orphaned:",
    "    command: /bin/sh",
    `    args: ["-c", ${JSON.stringify(`(${orphanLine} &); sleep 2`)}]`,
  ].join("\n"),
);
afterAll(() => home.cleanup());

/** Processes now running a bridge for `server`. */
function bridgesFor(server: string): number {
  let count = 0;
  for (const pid of readdirSync("/proc")) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      if (readFileSync(`/proc/${pid}/cmdline`, "utf8").includes(`\0-s\0${server}\0`)) count++;
    } catch {
      /* gone meanwhile */
    }
  }
  return count;
}

describe("a server entry that runs the bridge into its own daemon", () => {
  it.each(["looping", "wrapped", "orphaned"])(
    "is refused at once, with the reason, instead of launching itself again and again (%s)",
    async (server) => {
      const bridge = new RawBridge(home, server);
      let most = 0;
      const watch = setInterval(() => (most = Math.max(most, bridgesFor(server))), 100);
      try {
        const answer = await bridge.initialize();
        const error = answer.error as { message: string; data: { stderr: string[] } };
        expect(error.message).toMatch(/Upstream server unavailable/);
        expect(error.data.stderr.join("\n")).toMatch(/inside a server this daemon started/);
        // The client's bridge and the one its server ran: never a third.
        expect(most).toBeLessThanOrEqual(2);
      } finally {
        clearInterval(watch);
        bridge.close();
      }
    },
  );
});
