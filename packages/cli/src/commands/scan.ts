// mcp-guard scan: what the clients on this machine launch without a guard, secrets written in plain text
// in their configs (env, headers, args, a remote's URL: what init would move into the secrets file), and
// remote servers over plain http. Exit 1 when anything is found, so
// it can gate CI.
import { readClients, remoteUrl } from "../onboarding/clients.js";
import { credentialFlag } from "../onboarding/entry-secrets.js";
import { isGuarded } from "../onboarding/guarded-entry.js";
import { secretsInText, secretTypes } from "../onboarding/secret-values.js";
import { printJson, terminalField } from "../printable.js";
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
  const place = where();
  const { found, unreadable } = readClients(place);
  const findings: Finding[] = [];
  const notes: string[] = [];
  for (const f of found) {
    const base = { client: f.file.client, file: f.file.path, server: f.name };
    const url = remoteUrl(f.entry);
    const headers = Object.entries((f.entry.headers ?? {}) as Record<string, unknown>);
    // A remote's own URL: a password in its userinfo, a token as its userinfo, `?api_key=`.
    const inUrl = url !== undefined ? secretsInText(url) : [];
    // A remote entry without headers or a key in its URL authenticates in the client (OAuth): mcp-guard
    // cannot stand in for that session, so it is noted (its URL, which then holds no secret, printed), not
    // counted against the setup.
    const clientAuth = url !== undefined && headers.length === 0 && inUrl.length === 0;
    if (clientAuth)
      notes.push(`${f.file.client} ${f.name}: ${url} authenticates in the client (OAuth); not proxied`);
    else if (!isGuarded(f.entry, process.platform, place.cwd))
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
    // What init would move out of the args: what the detectors and the URL rules find, and the value after a
    // flag named as a credential (`--api-key <key>`), whatever it looks like.
    const afterFlags = args.flatMap((a, i) => {
      const flag = credentialFlag(a, args[i + 1] ?? "");
      return flag ? [`after --${flag}`] : [];
    });
    const inArgs = [...new Set([...args.flatMap((a) => secretsInText(a)), ...afterFlags])];
    if (inArgs.length)
      findings.push({
        ...base,
        severity: "high",
        problem: `plaintext secret in args (${inArgs.join(", ")})`,
      });
    if (inUrl.length)
      findings.push({ ...base, severity: "high", problem: `plaintext secret in url (${inUrl.join(", ")})` });
    if (
      url &&
      url.startsWith("http://") &&
      !/^http:\/\/(?:localhost|127\.0\.0\.1|\[::1\])(?::|\/|$)/.test(url)
    )
      findings.push({ ...base, severity: "high", problem: `remote server over plain http` });
  }
  if (options.json) {
    printJson({ findings, notes, servers: found.length, unreadable }, 2);
  } else {
    // A project's config is its author's (a cloned repository's .mcp.json): each word a config supplies (a
    // server's name, a variable's, a URL) is one terminal field, so that it cannot send the terminal a
    // sequence or forge a row of the report; --json keeps the values.
    for (const u of unreadable)
      process.stdout.write(`warning: could not read ${terminalField(u.path)}: ${terminalField(u.error)}\n`);
    for (const x of findings)
      process.stdout.write(
        `${x.severity.toUpperCase().padEnd(6)} ${terminalField(x.client)} ${terminalField(x.server)}: ${terminalField(x.problem)}  (${terminalField(x.file)})\n`,
      );
    for (const note of notes) process.stdout.write(`note   ${terminalField(note)}\n`);
    process.stdout.write(`${found.length} server(s) in client configs, ${findings.length} finding(s)\n`);
  }
  return findings.length ? 1 : 0;
}
