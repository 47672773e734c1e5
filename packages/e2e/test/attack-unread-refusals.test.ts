// Attack (round 28, found from outside): a client that never reads its output kept being read, and
// everything the guard itself said to it went out whatever it read. A user expects the daemon, which every
// session shares, to hold a bounded amount for one client however it misbehaves. Round 27 bounded what a
// session holds when a *server* reads slowly and when the client reads slowly *what the server sends* (the
// server is no longer read), but the client's own back-pressure stopped only the server, never the client's
// input nor the guard's own writes, and the socket endpoints have no cap or stall timer:
//  - refusals: each echoes the client's id, so a 1 MB id is 1 MB queued per message: 300 such lines, never
//    read, grew the daemon from 67 to 410 MB, and it kept reading (now: once the guard has spoken to a client
//    whose output is backed up, the client is not read until it has read what waits for it);
//  - held calls (wait_for_approval_seconds): the guard sends each a progress notification every second
//    echoing the client's progressToken, so 32 calls held with a 1 MB token grew the daemon by 256 MB within
//    20 s with no further input at all (now: a tick is skipped while the client's output is backed up).
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { isProcessRunning } from "@mcp-guard/wire";
import { afterAll, describe, expect, it } from "vitest";
import { CLI, makeGuardedHome, recorderServerYaml, type GuardedHome } from "../src/index.js";

const home = makeGuardedHome();
const heldLog = join(makeGuardedHome().dir, "recorder.log");
const heldHome = makeGuardedHome(
  recorderServerYaml(
    "recorder",
    heldLog,
    undefined,
    [
      "    policy:",
      "      spend:",
      "        require_approval: [delete_account]",
      "        wait_for_approval_seconds: 300",
    ].join("\n"),
  ),
);
/** Daemons this file saw: one swollen by the attack may not answer the harness's stop in time. */
const daemons = new Set<number>();
afterAll(async () => {
  await home.cleanup();
  await heldHome.cleanup();
  for (const pid of daemons) {
    if (!isProcessRunning(pid)) continue;
    process.kill(pid, "SIGTERM");
    for (let i = 0; i < 200 && isProcessRunning(pid); i++) await new Promise((r) => setTimeout(r, 50));
    if (isProcessRunning(pid)) process.kill(pid, "SIGKILL");
  }
});

const rssMb = (pid: number): number => {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return m ? Number(m[1]) / 1024 : NaN;
};

/** A bridge whose stdout is a pipe nobody reads (a client stuck, or one that means harm), and its daemon's pid. */
async function unreadBridge(
  guarded: GuardedHome,
  server: string,
): Promise<{ child: ChildProcessWithoutNullStreams; pid: number }> {
  const child = spawn(process.execPath, [CLI, "connect", "-s", server, "-c", guarded.configPath], {
    env: guarded.env,
    stdio: ["pipe", "pipe", "pipe"],
  });
  child.stdin.on("error", () => {});
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (t: string) => (stderr += t));
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const s = await guarded.status();
    if (s.running && s.sessions.length > 0) {
      daemons.add(s.pid);
      return { child, pid: s.pid };
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill("SIGKILL");
  throw new Error(`no session: ${stderr}`);
}

const line = (m: object) => `${JSON.stringify(m)}\n`;

/** Reads the bridge's stdout until `calls` progress notifications have come (one per held call). */
async function progressOfEveryCall(child: ChildProcessWithoutNullStreams, calls: number): Promise<void> {
  const marker = '"method":"notifications/progress"';
  let seen = 0;
  let carry = "";
  child.stdout.setEncoding("utf8");
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`only ${seen} progress notifications`)), 30_000);
    const onData = (text: string) => {
      const searched = carry + text;
      for (let at = searched.indexOf(marker); at >= 0; at = searched.indexOf(marker, at + 1)) seen++;
      carry = searched.slice(-(marker.length - 1));
      if (seen < calls) return;
      clearTimeout(timer);
      child.stdout.off("data", onData);
      resolve();
    };
    child.stdout.on("data", onData);
  });
}

describe("a client that never reads what the guard says to it", () => {
  it("cannot make the daemon buffer the guard's refusals without bound", async () => {
    const { child, pid } = await unreadBridge(home, "fixture");
    const before = rssMb(pid);
    // Each line is refused (jsonrpc "1.0": invalid_request) and answered with its own 1 MB id.
    const refused = line({ jsonrpc: "1.0", id: "i".repeat(1 << 20), method: "ping" });
    let written = 0;
    for (let i = 0; i < 300; i++) {
      if (!child.stdin.write(refused)) {
        const drained = await Promise.race([
          new Promise<boolean>((r) => child.stdin.once("drain", () => r(true))),
          new Promise<boolean>((r) => setTimeout(() => r(false), 5_000)),
        ]);
        if (!drained) break;
      }
      written++;
    }
    await new Promise((r) => setTimeout(r, 2_000));
    const after = rssMb(pid);
    child.kill("SIGKILL");
    // Secure: past a bound the daemon stops reading the client (or ends its session), so what it holds for
    // this client stays small whatever the client writes.
    expect(after - before, JSON.stringify({ writtenMb: written, before, after })).toBeLessThan(128);
  });

  it("cannot make the daemon buffer the progress of its held calls without bound", async () => {
    const { child, pid } = await unreadBridge(heldHome, "recorder");
    child.stdin.write(
      line({
        jsonrpc: "2.0",
        id: 0,
        method: "initialize",
        params: {
          protocolVersion: "2025-06-18",
          capabilities: {},
          clientInfo: { name: "raw", version: "1" },
        },
      }),
    );
    child.stdin.write(line({ jsonrpc: "2.0", method: "notifications/initialized" }));
    const token = "t".repeat(1 << 20);
    for (let i = 1; i <= 32; i++)
      child.stdin.write(
        line({
          jsonrpc: "2.0",
          id: i,
          method: "tools/call",
          params: {
            name: "delete_account",
            arguments: { user: `u${i}` },
            _meta: { progressToken: `${token}${i}` },
          },
        }),
      );
    // The client reads until every call is held (each has sent a progress), and then reads no more: the
    // guard must not stop reading it first, before all 32 are held, for that would prove nothing of ticks.
    await progressOfEveryCall(child, 32);
    child.stdout.pause();
    await new Promise((r) => setTimeout(r, 1_000));
    const before = rssMb(pid);
    let peak = before;
    const until = Date.now() + 8_000;
    while (Date.now() < until && peak - before < 256) {
      await new Promise((r) => setTimeout(r, 500));
      peak = Math.max(peak, rssMb(pid));
    }
    child.kill("SIGKILL");
    expect(peak - before, JSON.stringify({ before, peak })).toBeLessThan(128);
  });
});
