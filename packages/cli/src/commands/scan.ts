// mcp-guard scan: what the clients on this machine launch without a guard, secrets written in plain text
// in their configs (env, headers, args), and remote servers over plain http. Exit 1 when anything is found, so
// it can gate CI.
import { isGuarded, readClients, remoteUrl } from "../onboarding/clients.js";
import { secretsInText, secretTypes } from "../onboarding/secret-values.js";
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
  const findings: Finding[] = [];
  const notes: string[] = [];
  for (const f of found) {
    const base = { client: f.file.client, file: f.file.path, server: f.name };
    const url = remoteUrl(f.entry);
    const headers = Object.entries((f.entry.headers ?? {}) as Record<string, unknown>);
    // A remote entry without headers authenticates in the client (OAuth): mcp-guard cannot stand in for
    // that session, so it is noted, not counted against the setup.
    const clientAuth = url !== undefined && headers.length === 0;
    if (clientAuth)
      notes.push(`${f.file.client} ${f.name}: ${url} authenticates in the client (OAuth); not proxied`);
    else if (!isGuarded(f.entry))
      findings.push({ ...base, severity: "medium", problem: "launched without mcp-guard" });
    for (const [key, value] of Object.entries((f.entry.env ?? {}) as Record<string, unknown>)) {
      const types = typeof value === "string" ? secretTypes(key, value) : undefined;
      if (types)
        findings.push({
          ...base,
          severity: "high",
          problem: `plaintext secret in env ${key}${types.length ? ` (${types.join(", ")})` : ""}`,
        });
    }
    for (const [key, value] of headers) {
      const types =
        typeof value === "string" ? secretTypes(key, value.replace(/^Bearer\s+/i, "")) : undefined;
      if (types)
        findings.push({
          ...base,
          severity: "high",
          problem: `plaintext secret in headers ${key}${types.length ? ` (${types.join(", ")})` : ""}`,
        });
    }
    const args = Array.isArray(f.entry.args)
      ? f.entry.args.filter((a): a is string => typeof a === "string")
      : [];
    const inArgs = [...new Set(args.flatMap((a) => secretsInText(a)))];
    if (inArgs.length)
      findings.push({
        ...base,
        severity: "high",
        problem: `plaintext secret in args (${inArgs.join(", ")})`,
      });
    if (
      url &&
      url.startsWith("http://") &&
      !/^http:\/\/(?:localhost|127\.0\.0\.1|\[::1\])(?::|\/|$)/.test(url)
    )
      findings.push({ ...base, severity: "high", problem: `remote server over plain http` });
  }
  if (options.json) {
    process.stdout.write(
      `${JSON.stringify({ findings, notes, servers: found.length, unreadable }, null, 2)}\n`,
    );
  } else {
    for (const u of unreadable) process.stdout.write(`warning: could not read ${u.path}: ${u.error}\n`);
    for (const x of findings)
      process.stdout.write(
        `${x.severity.toUpperCase().padEnd(6)} ${x.client} ${x.server}: ${x.problem}  (${x.file})\n`,
      );
    for (const note of notes) process.stdout.write(`note   ${note}\n`);
    process.stdout.write(`${found.length} server(s) in client configs, ${findings.length} finding(s)\n`);
  }
  return findings.length ? 1 : 0;
}
