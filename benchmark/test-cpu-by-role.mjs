// node benchmark/test-cpu-by-role.mjs <vitest run arguments…> — where a test run's CPU goes: runs `vitest run`
// with the arguments given and sums the CPU (user + system) of every process it starts, by role: vitest
// itself (its worker processes and threads included), the bridge, the daemon, the config loader, each CLI
// command, each server. CI runs the suite on two cores and is CPU-bound, so this, not wall time, says what a
// change to the harness saves.
// Linux only: /proc is read every 10 ms (about 5 % of one core), following each process from its parent, so a
// detached daemon is counted when it is seen before its parent exits (the bridge waits for it); up to 10 ms of
// a process's last moments are missed. The machine's load is printed beside the figures.
import { spawn } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

const TICK_MS = 10; // USER_HZ is 100 on Linux: /proc counts CPU in hundredths of a second
const VITEST = fileURLToPath(new URL("../node_modules/.bin/vitest", import.meta.url));

/** What a process does in the run, from its command line. */
function roleOf(args) {
  const line = args.join(" ");
  const cli = args.findIndex((a) => a.endsWith("mcp-guard.js"));
  if (cli >= 0) {
    const command = args[cli + 1] ?? "";
    if (command === "connect") return "bridge";
    if (command === "start") return "daemon";
    return `cli ${command}`;
  }
  // The daemon a bridge or `start -d` starts runs its own bundled entry, under V8 flags of its own.
  if (args.some((a) => a.endsWith("mcp-guard-daemon.js"))) return "daemon";
  if (line.includes("config-child")) return "config loader";
  // vitest's worker processes run tinypool's entry script.
  if (line.includes("vitest") || line.includes("tinypool")) return "vitest";
  const reference = /server-(everything|filesystem|memory)/.exec(line);
  if (reference) return `server ${reference[1]}`;
  // From dist, or bundled with what it imports (scripts/bundle-fixtures.mjs).
  const fixture = /(?:fixtures|bundled)\/([\w.-]+)/.exec(line);
  if (fixture) return `fixture ${fixture[1]}`;
  return `other ${args
    .map((a) => a.split("/").at(-1))
    .join(" ")
    .slice(0, 40)}`;
}

// pid -> { role, cpuMs, named }: the last reading of each process of the run.
const ours = new Map();
// Processes that were not the run's when first seen never become its (a parent is seen before its child).
const others = new Set();

function sample() {
  for (const entry of readdirSync("/proc")) {
    if (others.has(entry) || !/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const pid = Number(entry);
      const cpuMs = (Number(fields[11]) + Number(fields[12])) * TICK_MS;
      let known = ours.get(pid);
      if (!known) {
        if (!ours.has(Number(fields[1]))) {
          others.add(entry);
          continue;
        }
        known = { role: "?", cpuMs, named: 0 };
        ours.set(pid, known);
      }
      known.cpuMs = cpuMs;
      // A child forked but not yet exec'd still shows its parent's command line: read it again a few times.
      if (known.named < 20) {
        const args = readFileSync(`/proc/${entry}/cmdline`, "utf8").split("\0").filter(Boolean);
        if (args.length > 0) {
          known.role = roleOf(args);
          known.named++;
        }
      }
    } catch {
      /* it exited between the listing and the read */
    }
  }
}

const started = Date.now();
const run = spawn(VITEST, ["run", ...process.argv.slice(2)], { stdio: ["ignore", "inherit", "inherit"] });
ours.set(run.pid, { role: "vitest", cpuMs: 0, named: 0 });
const timer = setInterval(sample, TICK_MS);
run.on("exit", (code) => {
  sample();
  clearInterval(timer);
  const byRole = new Map();
  for (const { role, cpuMs } of ours.values()) {
    const sum = byRole.get(role) ?? { processes: 0, cpuMs: 0 };
    sum.processes++;
    sum.cpuMs += cpuMs;
    byRole.set(role, sum);
  }
  const total = [...byRole.values()].reduce((s, r) => s + r.cpuMs, 0);
  console.log("\nrole                                     processes   CPU s  share  per process");
  for (const [role, r] of [...byRole].sort((a, b) => b[1].cpuMs - a[1].cpuMs)) {
    if (r.cpuMs < 50) continue;
    const share = ((100 * r.cpuMs) / total).toFixed(1);
    const row = [role.padEnd(40), String(r.processes).padStart(9), (r.cpuMs / 1000).toFixed(1).padStart(7)];
    console.log(
      `${row.join(" ")} ${share.padStart(5)} % ${(r.cpuMs / r.processes).toFixed(0).padStart(7)} ms`,
    );
  }
  const wall = ((Date.now() - started) / 1000).toFixed(0);
  const load = readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
  console.log(`total ${(total / 1000).toFixed(1)} CPU s in ${wall} s; vitest exit ${code}; load ${load}`);
  process.exitCode = code ?? 1;
});
