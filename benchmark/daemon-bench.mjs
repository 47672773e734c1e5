// What the daemon benchmarks (latency, memory, http-memory) share: the policy they guard with, and how they
// read the daemon's resident memory.
import { readFileSync } from "node:fs";

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
