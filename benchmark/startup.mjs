// pnpm bench:startup — what one guarded session costs before it answers: a real SDK client launches
// `mcp-guard connect`, which auto-starts a daemon (which loads its config in a child process), which spawns
// the server; then initialize and tools/list are answered, a second session opens on the running daemon,
// both close, the CLI commands the tests run most are run once each (`status`, `logs`, `approvals list`,
// `pins list`) and `mcp-guard stop` stops the daemon, as an end-to-end test's set-up, checks and teardown
// do. Each round gets a fresh home. For every process of the run (found by parent, the detached daemon
// included) it prints when it started, relative to the client's connect, and the CPU it used (user +
// system, read from /proc every 10 ms, so up to 10 ms of a process's last moments are missed); then the
// client-side wall times.
// Linux only (/proc). BENCH_STARTUP_ROUNDS (default 3), BENCH_STARTUP_SERVER: recorder (default, a raw
// JSON-RPC server with no SDK, so that the guard's own share shows) or fixture (an SDK server).
// The machine is shared: read CPU, not wall time, when the load (printed) is high.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { guardedTransport, makeGuardedHome, recorderServerYaml } from "../packages/e2e/dist/index.js";

const ROUNDS = Number(process.env.BENCH_STARTUP_ROUNDS ?? 3);
const SERVER = process.env.BENCH_STARTUP_SERVER ?? "recorder";
const TICK_MS = 1000 / 100; // USER_HZ is 100 on Linux
// /proc/stat's btime is in whole seconds; uptime's hundredths give the boot instant to within a tick.
const BOOT_MS = Date.now() - Number(readFileSync("/proc/uptime", "utf8").split(" ")[0]) * 1000;

/** pid -> { ppid, startMs (epoch), cpuMs, args } for every live process. */
function processes() {
  const found = new Map();
  for (const pid of readdirSync("/proc")) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const args = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean);
      found.set(Number(pid), {
        ppid: Number(fields[1]),
        startMs: BOOT_MS + Number(fields[19]) * TICK_MS,
        cpuMs: (Number(fields[11]) + Number(fields[12])) * TICK_MS,
        args,
      });
    } catch {
      /* it exited between the listing and the read */
    }
  }
  return found;
}

/** The CLI commands a round runs after its sessions, before `stop`, on the running daemon. */
const COMMANDS = [["status"], ["logs"], ["approvals", "list"], ["pins", "list"]];

function roleOf(args) {
  const line = args.join(" ");
  if (args.includes("connect")) return "bridge";
  if (args.includes("start")) return "daemon";
  const cli = args.findIndex((a) => a.endsWith("mcp-guard.js"));
  if (cli >= 0) return `cli ${args.slice(cli + 1).join(" ")}`;
  if (line.includes("config-child")) return "config loader";
  return `server ${args.at(-1)?.split("/").at(-1) ?? ""}`;
}

/** Follows every process descended from this one while `run` goes on; the last reading of each is kept. */
async function watched(run) {
  const seen = new Map([[process.pid, { role: "client" }]]);
  const sample = () => {
    for (const [pid, p] of processes()) {
      const known = seen.get(pid);
      // Its role again while it runs: a child forked but not yet exec'd still shows its parent's command
      // line (an exited one waiting to be reaped shows none).
      if (known && pid !== process.pid)
        Object.assign(known, { cpuMs: p.cpuMs }, p.args.length > 0 ? { role: roleOf(p.args) } : {});
      else if (!known && seen.has(p.ppid)) seen.set(pid, { role: roleOf(p.args), ...p });
    }
  };
  const timer = setInterval(sample, 10);
  try {
    return { result: await run(), seen };
  } finally {
    sample();
    clearInterval(timer);
  }
}

async function session(home) {
  const client = new Client({ name: "bench-startup", version: "1.0.0" });
  const t0 = Date.now();
  await client.connect(guardedTransport(home, SERVER));
  const initialized = Date.now();
  await client.listTools();
  return { client, t0, initializeMs: initialized - t0, listMs: Date.now() - initialized };
}

async function round() {
  const logs = mkdtempSync(join(tmpdir(), "bench-startup-"));
  const home = makeGuardedHome(recorderServerYaml("recorder", join(logs, "recorder.log")));
  const { result, seen } = await watched(async () => {
    const first = await session(home);
    const second = await session(home);
    const closing = Date.now();
    await second.client.close();
    await first.client.close();
    const closeMs = Date.now() - closing;
    for (const command of COMMANDS) {
      const { code, stderr } = await home.cli(command);
      if (code !== 0) throw new Error(`mcp-guard ${command.join(" ")} failed (${code}): ${stderr}`);
    }
    const stopping = Date.now();
    const stopped = await home.cli(["stop"]);
    if (stopped.code !== 0) throw new Error(`mcp-guard stop failed (${stopped.code}): ${stopped.stderr}`);
    const stopMs = Date.now() - stopping;
    await home.cleanup();
    rmSync(logs, { recursive: true, force: true });
    return { first, second, closeMs, stopMs };
  });
  const t0 = result.first.t0;
  const rows = [...seen.values()]
    .filter((p) => p.startMs !== undefined)
    .sort((a, b) => a.startMs - b.startMs)
    .map(
      (p) =>
        `    ${p.role.padEnd(28)} started +${String(Math.round(p.startMs - t0)).padStart(5)} ms  cpu ${p.cpuMs} ms`,
    );
  const walls = [
    `first session: initialize ${result.first.initializeMs} ms, tools/list ${result.first.listMs} ms`,
    `second session: initialize ${result.second.initializeMs} ms, tools/list ${result.second.listMs} ms`,
    `both closed ${result.closeMs} ms, \`mcp-guard stop\` ${result.stopMs} ms`,
  ];
  return [...rows, ...walls.map((w) => `    ${w}`)].join("\n");
}

console.log(`startup: server ${SERVER}, ${ROUNDS} rounds`);
for (let i = 1; i <= ROUNDS; i++) {
  const load = loadavg()[0].toFixed(1);
  console.log(`  round ${i} (load ${load})\n${await round()}`);
}
