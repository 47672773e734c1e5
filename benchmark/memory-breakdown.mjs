// node benchmark/memory-breakdown.mjs (after pnpm build) — where the daemon's resident memory is, not only
// how much: for a daemon with the flags and environment every started daemon gets, guarding
// server-everything with the policy of pnpm bench:latency, at each step (idle; 10 bridge sessions open;
// after BENCH_BREAKDOWN_CALLS stdio calls, 16 in flight; 10 sessions again; 100 sessions; after as many
// HTTP calls through its Streamable HTTP endpoint, and again after BENCH_BREAKDOWN_SETTLE seconds idle
// (20: the idle collector runs after 10 s idle); 10 and 100 sessions again) it prints:
//   RSS, split by the kernel into file-backed pages (the node binary and its libraries: shared, paged in
//   as used) and anonymous memory; the V8 heap committed and used, by space; external and array-buffer
//   memory; and the anonymous rest (malloc, thread stacks), plus the daemon's thread count; then each
//   collection the idle collector made (from the daemon's log) with its pause;
// and last, the four figures against the budget (≤ 80 MB with 10 and with 100 sessions open, after the
// stdio calls and after the HTTP calls).
// A preload (memory-probe-preload.mjs, benchmark only) answers SIGUSR2 with these figures from inside the
// daemon. BENCH_BREAKDOWN_SNAPSHOT=1 also writes a heap snapshot at each step into a temporary directory
// (printed), to compare in Chrome DevTools. BENCH_DAEMON_FLAGS="<node flags>" replaces the V8 flags.
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { EVERYTHING, guardedTransport, makeGuardedHome, serveHttp } from "../packages/e2e/dist/index.js";
import { DAEMON_NODE_FLAGS } from "../packages/cli/dist/daemon-process.js";
import { BENCH_POLICY, benchDaemonEnv, daemonRssMb, echoCall, echoLoad } from "./daemon-bench.mjs";

const CALLS = Number(process.env.BENCH_BREAKDOWN_CALLS ?? 2000);
const IN_FLIGHT = 16;
const SETTLE_SECONDS = Number(process.env.BENCH_BREAKDOWN_SETTLE ?? 20);
const FLAGS = process.env.BENCH_DAEMON_FLAGS?.split(" ").filter(Boolean) ?? DAEMON_NODE_FLAGS;
const preload = fileURLToPath(new URL("./memory-probe-preload.mjs", import.meta.url));
const out = join(mkdtempSync(join(tmpdir(), "mcpg-breakdown-")), "probe");

const home = makeGuardedHome(
  [
    "  bench:",
    `    command: ${JSON.stringify(process.execPath)}`,
    `    args: [${JSON.stringify(EVERYTHING)}, "stdio"]`,
    ...BENCH_POLICY,
  ].join("\n"),
  ["  http:", "    port: 0", "    allow_anonymous: true"].join("\n"),
);
const served = await serveHttp(
  home,
  [...FLAGS, "--import", preload],
  benchDaemonEnv({
    ...home.env,
    MCP_GUARD_MEMORY_PROBE: out,
    MCP_GUARD_MEMORY_PROBE_SNAPSHOT: process.env.BENCH_BREAKDOWN_SNAPSHOT ?? "",
  }),
);
const pid = served.child.pid;

let probes = 0;
const rssAt = new Map();
async function probe(step) {
  const rss = daemonRssMb(pid);
  rssAt.set(step, rss);
  const threads = readdirSync(`/proc/${pid}/task`).length;
  served.child.kill("SIGUSR2");
  const file = `${out}.${probes++}.json`;
  while (!existsSync(file)) await new Promise((r) => setTimeout(r, 20));
  await new Promise((r) => setTimeout(r, 50));
  const { before: mem, spaces, rollup, heap } = JSON.parse(readFileSync(file, "utf8"));
  const mb = (bytes) => (bytes / 2 ** 20).toFixed(1);
  const anonymous = rollup.Anonymous;
  const rest = anonymous - mem.heapTotal / 2 ** 20 - mem.arrayBuffers / 2 ** 20;
  console.log(
    `${step.padEnd(30)} RSS ${rss.toFixed(1)} MB = file ${(rollup.Rss - anonymous).toFixed(1)} + anon ${anonymous.toFixed(1)} | ` +
      `V8 heap ${mb(mem.heapTotal)} committed, ${mb(mem.heapUsed)} used; external ${mb(mem.external)} ` +
      `(array buffers ${mb(mem.arrayBuffers)}); V8 malloced ${mb(heap.malloced_memory)}; ` +
      `anon rest ${rest.toFixed(1)} | ${threads} threads`,
  );
  console.log(
    `${"".padEnd(30)} spaces (committed/used MB): ` +
      Object.entries(spaces)
        .filter(([, s]) => s.size > 0)
        .map(([name, s]) => `${name.replace(/_space$/, "")} ${s.size.toFixed(1)}/${s.used.toFixed(1)}`)
        .join(", "),
  );
}

const mbOf = (bytes) => (bytes / 2 ** 20).toFixed(1);
const load = (client, calls) => echoLoad(client, calls, IN_FLIGHT);
async function sessions(count = 10) {
  const clients = [];
  for (let i = 0; i < count; i++) {
    const client = new Client({ name: "bench-breakdown", version: "1" });
    await client.connect(guardedTransport(home, "bench"));
    await echoCall(client, i);
    clients.push(client);
  }
  return clients;
}
const closeAll = (clients) => Promise.all(clients.map((c) => c.close()));

try {
  await new Promise((r) => setTimeout(r, 1000));
  await probe("idle");
  let ten = await sessions();
  await probe("10 sessions open");
  await load(ten[0], CALLS);
  await probe(`after ${CALLS} stdio calls`);
  await closeAll(ten);
  ten = await sessions();
  await probe("10 sessions open again");
  await closeAll(ten);
  const hundred = await sessions(100);
  await probe("100 sessions open");
  await closeAll(hundred);

  const transport = new StreamableHTTPClientTransport(new URL(`${served.url}/bench`));
  const client = new Client({ name: "bench-breakdown", version: "1" });
  await client.connect(transport);
  await load(client, CALLS);
  await transport.terminateSession();
  await client.close();
  await probe(`after ${CALLS} HTTP calls`);
  await new Promise((r) => setTimeout(r, SETTLE_SECONDS * 1000));
  await probe(`then ${SETTLE_SECONDS} s idle`);
  ten = await sessions();
  await probe("10 sessions open after HTTP");
  await closeAll(ten);
  const hundredAfter = await sessions(100);
  await probe("100 sessions open after HTTP");
  await closeAll(hundredAfter);
  const verdict = (step) => {
    const rss = rssAt.get(step);
    return `${rss.toFixed(1)} MB (${rss <= 80 ? "met" : "NOT met"})`;
  };
  console.log(
    `\nbudget ≤ 80 MB: after ${CALLS} stdio calls, ${verdict("10 sessions open again")} with 10 sessions, ` +
      `${verdict("100 sessions open")} with 100; after ${CALLS} HTTP calls and ${SETTLE_SECONDS} s idle, ` +
      `${verdict("10 sessions open after HTTP")} with 10, ${verdict("100 sessions open after HTTP")} with 100`,
  );
  // The idle collector logs each collection: how long a message arriving then would have waited.
  const collections = readFileSync(join(home.home, "daemon.log"), "utf8")
    .split("\n")
    .filter((line) => line.includes('"collected while idle"'))
    .map((line) => JSON.parse(line));
  console.log(
    `idle collections: ${collections.length}` +
      collections
        .map((c) => `; ${c.pause_ms} ms, heap ${mbOf(c.heap_before)} → ${mbOf(c.heap_after)} MB`)
        .join(""),
  );
  if (process.env.BENCH_BREAKDOWN_SNAPSHOT) console.log(`heap snapshots: ${out}.<step>.heapsnapshot`);
} finally {
  await served.stop();
  await home.cleanup();
}
