// The daemon a bridge starts runs with fewer threads and malloc arenas (packages/cli/src/daemon-process.ts:
// one V8 helper thread, two libuv pool threads, two arenas; 11 threads before, 2–3 MB of RSS with 10
// sessions: docs/benchmarks.md), and none of that reaches the servers it starts. Read from /proc, so Linux
// only.
import { readdirSync, readFileSync } from "node:fs";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { afterAll, expect, it } from "vitest";
import { guardedTransport, makeGuardedHome } from "../src/index.js";

const home = makeGuardedHome();
afterAll(() => home.cleanup());

const environ = (pid: number): string[] => readFileSync(`/proc/${pid}/environ`, "utf8").split("\0");
const cmdline = (pid: number): string[] => readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");

/** The processes whose parent is `pid` (field 4 of /proc/<pid>/stat, after the parenthesised name). */
function childrenOf(pid: number): number[] {
  const children: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (ppid === pid) children.push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  return children;
}

it.runIf(process.platform === "linux")(
  "the auto-started daemon runs with one V8 helper thread, two pool threads and two malloc arenas; its server does not inherit them",
  async () => {
    const client = new Client({ name: "threads-test", version: "1" });
    await client.connect(guardedTransport(home, "everything"));
    // A call, so the daemon has done real work (SQLite, detection, the upstream) before its threads are counted.
    expect(await client.callTool({ name: "echo", arguments: { message: "hi" } })).toMatchObject({
      content: [{ text: "Echo: hi" }],
    });
    const { pid } = (await home.status()) as { pid: number };

    expect(cmdline(pid)).toContain("--v8-pool-size=1");
    // The daemon's entry bundled (scripts/bundle-daemon.mjs), not the CLI's bin over 565 modules of dist.
    expect(cmdline(pid).some((a) => a.endsWith("packages/cli/bundle/mcp-guard-daemon.js"))).toBe(true);
    expect(environ(pid)).toEqual(expect.arrayContaining(["MALLOC_ARENA_MAX=2", "UV_THREADPOOL_SIZE=2"]));
    // main, one V8 helper, V8's delayed-task thread, two pool threads, the signal watchdog: 11 with defaults.
    expect(readdirSync(`/proc/${pid}/task`).length).toBeLessThanOrEqual(7);

    const servers = childrenOf(pid).filter((child) =>
      cmdline(child).some((a) => a.includes("server-everything")),
    );
    expect(servers.length).toBeGreaterThan(0);
    for (const server of servers) {
      expect(environ(server).filter((v) => /^(MALLOC_ARENA_MAX|UV_THREADPOOL_SIZE)=/.test(v))).toEqual([]);
    }
    await client.close();
  },
);
