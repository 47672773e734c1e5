// mcp-guard scan: what the clients on this machine launch without a guard, secrets written in plain text
// in their configs, and remote servers reached without authentication. Exit 1 when anything is found, so
// it can gate CI.
import { builtInDetectors, Scanner, SECRET_KEY_NAME } from "@mcp-guard/core";
import { isGuarded, readClients, remoteUrl } from "../onboarding/clients.js";
import { where } from "./init.js";

export interface ScanOptions {
  json?: boolean;
}

interface Finding {
  severity: "high" | "medium";
  client: string;
  file: string;
  server: string;
  problem: string;
}

export function scan(options: ScanOptions): number {
  const { found, unreadable } = readClients(where());
  const scanner = new Scanner(builtInDetectors(), {
    threshold: 0.8,
    disabled: new Set(["ip_address", "email", "phone"]),
  });
  const findings: Finding[] = [];
  for (const f of found) {
    const base = { client: f.file.client, file: f.file.path, server: f.name };
    if (!isGuarded(f.entry))
      findings.push({ ...base, severity: "medium", problem: "launched without mcp-guard" });
    for (const [key, value] of Object.entries((f.entry.env ?? {}) as Record<string, unknown>)) {
      if (typeof value !== "string" || value.length === 0 || /^\$\{.*\}$/.test(value)) continue;
      const types = [...new Set(scanner.spans(value).map((s) => s.type))];
      if (types.length || SECRET_KEY_NAME.test(key))
        findings.push({
          ...base,
          severity: "high",
          problem: `plaintext secret in env ${key}${types.length ? ` (${types.join(", ")})` : ""}`,
        });
    }
    const args = Array.isArray(f.entry.args)
      ? f.entry.args.filter((a): a is string => typeof a === "string")
      : [];
    const inArgs = [...new Set(args.flatMap((a) => scanner.spans(a).map((s) => s.type)))];
    if (inArgs.length)
      findings.push({
        ...base,
        severity: "high",
        problem: `plaintext secret in args (${inArgs.join(", ")})`,
      });
    const url = remoteUrl(f.entry);
    if (url) {
      const headers = Object.keys((f.entry.headers ?? {}) as Record<string, unknown>).map((h) =>
        h.toLowerCase(),
      );
      const local = /^https?:\/\/(?:localhost|127\.0\.0\.1|\[::1\])(?::|\/|$)/.test(url);
      if (
        !local &&
        !headers.includes("authorization") &&
        !headers.some((h) => h.includes("key") || h.includes("token"))
      ) {
        findings.push({ ...base, severity: "high", problem: `remote server ${url} without authentication` });
      }
      if (url.startsWith("http://") && !local)
        findings.push({ ...base, severity: "high", problem: `remote server over plain http` });
    }
  }
  if (options.json) {
    process.stdout.write(`${JSON.stringify({ findings, servers: found.length, unreadable }, null, 2)}\n`);
  } else {
    for (const u of unreadable) process.stdout.write(`warning: could not read ${u.path}: ${u.error}\n`);
    for (const x of findings)
      process.stdout.write(
        `${x.severity.toUpperCase().padEnd(6)} ${x.client} ${x.server}: ${x.problem}  (${x.file})\n`,
      );
    process.stdout.write(`${found.length} server(s) in client configs, ${findings.length} finding(s)\n`);
  }
  return findings.length ? 1 : 0;
}
