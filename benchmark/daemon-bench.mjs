// What the daemon benchmarks (latency, memory, http-memory, daemon-cpu) share: the policy they guard with,
// how they start a daemon of their own, and how they read its resident memory.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { CLI, EVERYTHING, makeGuardedHome } from "../packages/e2e/dist/index.js";
import { DAEMON_ENV } from "../packages/cli/dist/daemon-process.js";

// The guarded server runs the whole policy chain with rules that match on every call: an allow-list glob,
// deny lists, and rate limits (high enough never to trigger) at server and tool level. YAML lines of a
// server entry.
export const BENCH_POLICY = [
  "    policy:",
  "      permissions:",
  '        allowed_tools: ["echo", "get-*", "trigger-*", "toggle-*"]',
  '        denied_tools: ["get-env", "^.*delete.*$"]',
  '        denied_resources: ["file:///**/.ssh/**", "**/.env"]',
  "      rate_limit:",
  "        requests_per_minute: 100000000",
  "        tool_limits:",
  "          echo: { requests_per_minute: 100000000, requests_per_hour: 1000000000 }",
];

/** A home whose one server, "bench", is server-everything over stdio under BENCH_POLICY. */
export function benchHome() {
  return makeGuardedHome(
    [
      "  bench:",
      `    command: ${JSON.stringify(process.execPath)}`,
      `    args: [${JSON.stringify(EVERYTHING)}, "stdio"]`,
      ...BENCH_POLICY,
    ].join("\n"),
  );
}

/**
 * The environment a started daemon gets (packages/cli/src/daemon-process.ts) on top of `env`;
 * BENCH_DAEMON_ENV='<JSON object>' replaces those defaults, to weigh them ('{}' for none).
 */
export function benchDaemonEnv(env) {
  const defaults = process.env.BENCH_DAEMON_ENV ? JSON.parse(process.env.BENCH_DAEMON_ENV) : DAEMON_ENV;
  return { ...defaults, ...env };
}

/**
 * Runs `mcp-guard start` in the foreground with `nodeArgs` and `env` (plus benchDaemonEnv's defaults);
 * resolves with it once it is running.
 */
export async function startDaemon(nodeArgs, env) {
  const daemon = spawn(process.execPath, [...nodeArgs, CLI, "start"], {
    env: benchDaemonEnv(env),
    stdio: ["ignore", "ignore", "pipe"],
  });
  await new Promise((resolve, reject) => {
    let said = "";
    daemon.stderr.setEncoding("utf8").on("data", (text) => {
      said += text;
      if (said.includes("daemon running")) resolve();
    });
    daemon.on("exit", () => reject(new Error(`the daemon did not start: ${said}`)));
  });
  return daemon;
}

/** A process's resident set (VmRSS) in MB, NaN once it is gone. */
export function daemonRssMb(pid) {
  let status;
  try {
    status = readFileSync(`/proc/${pid}/status`, "utf8");
  } catch {
    return NaN;
  }
  const line = status.split("\n").find((l) => l.startsWith("VmRSS:"));
  return line ? Number(line.replace(/\D+/g, "")) / 1024 : NaN;
}

/** One echo tool call, the unit every daemon benchmark measures. */
export const echoCall = (client, i) =>
  client.callTool({ name: "echo", arguments: { message: `bench ${i}` } });

/** `calls` echo calls through `client`, `inFlight` at a time. */
export async function echoLoad(client, calls, inFlight) {
  let next = 0;
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (next < calls) await echoCall(client, next++);
    }),
  );
}
