// What a kill -9 or a full disk may cost, through the real bridge and daemon: no message reaches the server
// before its audit row and its rate-limit consumption are durable. Each test kills the daemon with SIGKILL
// (not a stop: nothing gets flushed), restarts it, and compares what the recording server saw with what
// the audit and the rate limits remember.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { afterEach, describe, expect, it } from "vitest";
import {
  CLI,
  failure,
  guardedTransport,
  makeGuardedHome,
  recorded,
  recorderServerYaml,
  type GuardedHome,
} from "../src/index.js";

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** The daemon in the foreground, as a child of the test: killed with SIGKILL and reaped here. */
async function startDaemon(home: GuardedHome): Promise<ChildProcess> {
  const child = spawn(process.execPath, [CLI, "start", "-c", home.configPath], {
    env: home.env,
    stdio: "ignore",
  });
  const exited = new Promise((resolve) => child.once("exit", resolve));
  cleanups.push(async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    await exited;
  });
  // Asked over the socket from here: a `mcp-guard status` process every 100 ms took a CPU the starting
  // daemon needed (the CLI's status output is tested in cli.test.ts).
  for (let i = 0; i < 200; i++) {
    if ((await home.status().catch(() => undefined))?.running) return child;
    if (child.exitCode !== null) throw new Error(`the daemon exited with ${child.exitCode}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("the daemon did not start");
}

async function kill9(daemon: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => daemon.once("exit", resolve));
  daemon.kill("SIGKILL");
  await exited;
}

async function connect(home: GuardedHome, server: string): Promise<Client> {
  const client = new Client({ name: "durability-test", version: "1" });
  await client.connect(guardedTransport(home, server));
  cleanups.push(() => client.close().catch(() => {}));
  return client;
}

interface Row {
  direction: string;
  kind: string;
  method: string | null;
  rpc_id: string | null;
  decision: string;
}

async function auditRows(home: GuardedHome): Promise<Row[]> {
  const result = await home.cli(["logs", "--json", "--limit", "100000", "-s", "recorder"]);
  expect(result.code).toBe(0);
  return result.stdout
    .split("\n")
    .filter((l) => l.length > 0)
    .map((l) => JSON.parse(l) as Row);
}

/** The ids of the tools/call requests the recording server received. */
function callsSeen(log: string): string[] {
  return recorded(log)
    .filter((m) => typeof m !== "string" && m.method === "tools/call")
    .map((m) => String((m as { id: unknown }).id));
}

function recorderHome(policyYaml = ""): { home: GuardedHome; log: string } {
  const scratch = makeGuardedHome();
  cleanups.push(() => rmSync(scratch.dir, { recursive: true, force: true }));
  const log = join(scratch.dir, "recorder.log");
  const home = makeGuardedHome(recorderServerYaml("recorder", log, undefined, policyYaml));
  cleanups.push(() => home.cleanup());
  return { home, log };
}

describe("audit rows survive kill -9", () => {
  it("every call the server saw, and every answer the client got, is in the audit after a kill -9", async () => {
    const { home, log } = recorderHome();
    const daemon = await startDaemon(home);
    const client = await connect(home, "recorder");
    for (let i = 0; i < 300; i++) await client.callTool({ name: "echo", arguments: { i } });
    await kill9(daemon); // at once: nothing had time to be batched or flushed
    await startDaemon(home); // replays what SQLite lacks

    const rows = await auditRows(home);
    const requests = new Set(
      rows.filter((r) => r.direction === "to_server" && r.method === "tools/call").map((r) => r.rpc_id),
    );
    const responses = new Set(
      rows.filter((r) => r.direction === "to_client" && r.method === "tools/call").map((r) => r.rpc_id),
    );
    const seen = callsSeen(log);
    expect(seen).toHaveLength(300);
    expect(seen.filter((id) => !requests.has(id))).toEqual([]);
    // The client got 300 answers; each was forwarded only after its row was journaled.
    expect(seen.filter((id) => !responses.has(id))).toEqual([]);
  });
});

describe("rate-limit consumption survives kill -9", () => {
  it("after a burst, a kill -9 and a restart, the extra calls are refused", async () => {
    const { home, log } = recorderHome(
      [
        "    policy:",
        "      rate_limit:",
        "        tool_limits:",
        "          echo: { requests_per_hour: 20 }",
      ].join("\n"),
    );
    const daemon = await startDaemon(home);
    const first = await connect(home, "recorder");
    for (let i = 0; i < 20; i++) await first.callTool({ name: "echo", arguments: { i } });
    await kill9(daemon); // right after the burst
    await startDaemon(home);

    const second = await connect(home, "recorder");
    const refused: unknown[] = [];
    for (let i = 0; i < 20; i++) {
      const error = await failure(second.callTool({ name: "echo", arguments: { extra: i } }));
      if (error?.data?.reason === "rate_limited") refused.push(error);
    }
    expect(refused).toHaveLength(20);
    expect(callsSeen(log)).toHaveLength(20);
  });
});

/** A small tmpfs for the daemon home, or undefined where mounting is not permitted. */
function mountSmallDisk(dir: string): string | undefined {
  const mountPoint = join(dir, "disk");
  mkdirSync(mountPoint);
  const mounted = spawnSync("mount", ["-t", "tmpfs", "-o", "size=3m,mode=700", "tmpfs", mountPoint]);
  if (mounted.status !== 0) return undefined;
  cleanups.push(() => {
    spawnSync("umount", ["-l", mountPoint]);
  });
  return mountPoint;
}

/** Writes until the file system refuses: the disk is full. */
function fillDisk(file: string): void {
  const fd = openSync(file, "w");
  const block = Buffer.alloc(4096, 1);
  try {
    for (;;) writeSync(fd, block);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "ENOSPC") throw err;
  } finally {
    closeSync(fd);
  }
  // Tail bytes smaller than a block may still fit.
  const tail = openSync(file, "a");
  try {
    for (;;) writeSync(tail, Buffer.alloc(1, 1));
  } catch {
    /* full to the byte */
  } finally {
    closeSync(tail);
  }
}

describe("a full disk", () => {
  it("forwards nothing whose audit row cannot be made durable, and loses nothing a kill -9 ends", async (ctx) => {
    const { home, log } = recorderHome();
    const disk = mountSmallDisk(home.dir);
    if (!disk) {
      console.warn("SKIPPED the full-disk test: mounting a tmpfs is not permitted here (it needs root)");
      ctx.skip();
      return;
    }
    // The daemon home, with its database and journal, on the small disk (daemon.home wins over the env).
    writeFileSync(
      home.configPath,
      readFileSync(home.configPath, "utf8").replace(
        `home: ${JSON.stringify(home.home)}`,
        `home: ${JSON.stringify(join(disk, "home"))}`,
      ),
    );
    const daemon = await startDaemon(home);
    const client = await connect(home, "recorder");
    await client.callTool({ name: "echo", arguments: { before: true } });

    const filler = join(disk, "filler");
    fillDisk(filler);
    let answered = 0;
    let refused = 0;
    for (let i = 0; i < 300; i++) {
      const error = await failure(client.callTool({ name: "echo", arguments: { i } }));
      if (!error) answered++;
      else if (error.data?.detail === "the audit log cannot be written") refused++;
      else throw new Error(`unexpected error ${JSON.stringify(error)}`);
    }
    expect(refused).toBeGreaterThan(250); // the disk was really full
    expect(answered + refused).toBe(300);
    // Refused calls never reached the server. One more may have: its request row fitted in the last bytes
    // of the disk (so it was forwarded), its response row did not (so the answer was withheld).
    expect(callsSeen(log).length - 1).toBeLessThanOrEqual(answered + 1);

    await kill9(daemon);
    rmSync(filler);
    await startDaemon(home);
    const rows = await auditRows(home);
    const requests = new Set(
      rows.filter((r) => r.direction === "to_server" && r.method === "tools/call").map((r) => r.rpc_id),
    );
    // Every call that reached the server is in the audit, although the daemon died with a full disk.
    expect(callsSeen(log).filter((id) => !requests.has(id))).toEqual([]);
  });
});
