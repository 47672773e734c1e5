// mcp-guard init: finds the MCP servers your clients launch, writes mcp-guard.yaml for them, and with
// --apply points each client at `mcp-guard connect` (after a timestamped backup; --revert restores).
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { resolveDaemonPaths } from "@mcp-guard/wire";
import { stringify } from "yaml";
import { CliError } from "../cli-error.js";
import { at, readClients, type Found, type Where } from "../onboarding/clients.js";
import { parseJsonc } from "../onboarding/jsonc.js";
import { plan, type Plan } from "../onboarding/plan.js";

export interface InitOptions {
  output?: string;
  dryRun?: boolean;
  apply?: boolean;
  revert?: boolean;
  force?: boolean;
}

const CLI_ENTRY = fileURLToPath(new URL("../../bin/mcp-guard.js", import.meta.url));

export function where(): Where {
  return { home: homedir(), cwd: process.cwd(), platform: process.platform, appData: process.env.APPDATA };
}

interface BackupRecord {
  path: string;
  backup: string;
  at: string;
}

const manifestPath = () => join(resolveDaemonPaths({}).home, "init-backups.json");

function readManifest(): BackupRecord[] {
  try {
    return JSON.parse(readFileSync(manifestPath(), "utf8")) as BackupRecord[];
  } catch {
    return [];
  }
}

export function init(options: InitOptions): void {
  if (options.revert) return revert();
  const w = where();
  const { found, searched, unreadable } = readClients(w);
  for (const u of unreadable) process.stderr.write(`warning: skipped ${u.path}: ${u.error}\n`);
  const p = plan(found);
  if (p.servers.length === 0) {
    const guarded = p.skipped.filter((s) => s.why.startsWith("already")).length;
    process.stdout.write(
      guarded
        ? `every server found (${guarded}) already goes through mcp-guard\n`
        : `no MCP servers found; searched:\n${searched.map((s) => `  ${s}`).join("\n")}\n`,
    );
    return;
  }
  const output = options.output ?? join(resolveDaemonPaths({}).home, "mcp-guard.yaml");
  const yaml = render(p);
  if (options.dryRun) {
    process.stdout.write(`# would write ${output}\n${yaml}`);
    if (options.apply) process.stdout.write(describeApply(p, output));
    return;
  }
  if (existsSync(output) && !options.force)
    throw new CliError(`${output} exists; pass --force to replace it, or --output <path>`);
  mkdirSync(dirname(output), { recursive: true, mode: 0o700 });
  writeFileSync(output, yaml, { mode: 0o600 });
  process.stdout.write(
    `wrote ${output} with ${p.servers.length} server(s): ${p.servers.map((s) => s.name).join(", ")}\n`,
  );
  const variables = [...new Set(p.servers.flatMap((s) => Object.keys(s.variables)))];
  if (variables.length) {
    process.stdout.write(
      `the config names these environment variables instead of holding their values: ${variables.join(", ")}\n` +
        "they stay in each client's entry (the bridge hands them to the daemon it starts); set them for a daemon started by hand\n",
    );
  }
  if (options.apply) apply(p, output);
  else
    process.stdout.write(
      "run mcp-guard init --apply to point the clients at mcp-guard (their configs are backed up first)\n",
    );
}

function render(p: Plan): string {
  const servers: Record<string, unknown> = {};
  for (const s of p.servers) servers[s.name] = s.config;
  const sources = p.servers.map(
    (s) => `#   ${s.name}: ${s.sources.map((f) => `${f.file.client} (${f.file.path})`).join(", ")}`,
  );
  return `# Written by mcp-guard init from:\n${sources.join("\n")}\n# Secrets are not copied: values appear as \${VARIABLE} placeholders.\n${stringify({ servers })}`;
}

function bridgeEntry(f: Found, name: string, output: string): Record<string, unknown> {
  const entry: Record<string, unknown> = {
    command: process.execPath,
    args: [CLI_ENTRY, "connect", "-s", name, "-c", output],
  };
  if (f.file.client === "vscode") entry.type = "stdio";
  // The server's variables stay with the client: the bridge passes them to the daemon it starts.
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries((f.entry.env ?? {}) as Record<string, unknown>))
    if (typeof v === "string") env[k] = v;
  const headers = (f.entry.headers ?? {}) as Record<string, unknown>;
  const auth = Object.entries(headers).find(([k]) => k.toLowerCase() === "authorization")?.[1];
  if (typeof auth === "string")
    env[`${name.toUpperCase().replace(/[^A-Z0-9]+/g, "_")}_TOKEN`] = auth.replace(/^Bearer\s+/i, "");
  if (Object.keys(env).length) entry.env = env;
  return entry;
}

function describeApply(p: Plan, output: string): string {
  const lines = p.servers.flatMap((s) =>
    s.sources.map((f) => `#   ${f.file.path}: ${f.name} -> mcp-guard connect -s ${s.name} -c ${output}`),
  );
  return `# --apply would rewrite (after a backup):\n${lines.join("\n")}\n`;
}

function apply(p: Plan, output: string): void {
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const byFile = new Map<string, { found: Found; name: string }[]>();
  for (const s of p.servers)
    for (const f of s.sources)
      byFile.set(f.file.path, [...(byFile.get(f.file.path) ?? []), { found: f, name: s.name }]);
  const manifest = readManifest();
  for (const [path, entries] of byFile) {
    const backup = `${path}.mcp-guard-backup-${stamp}`;
    copyFileSync(path, backup);
    const doc = parseJsonc(readFileSync(path, "utf8")) as Record<string, unknown>;
    for (const { found, name } of entries) {
      const servers = at(doc, found.file.keyPath) as Record<string, unknown>;
      servers[found.name] = bridgeEntry(found, name, output);
    }
    writeFileSync(path, `${JSON.stringify(doc, null, 2)}\n`);
    manifest.push({ path, backup, at: new Date().toISOString() });
    process.stdout.write(`rewrote ${path} (backup ${backup})\n`);
  }
  mkdirSync(dirname(manifestPath()), { recursive: true, mode: 0o700 });
  writeFileSync(manifestPath(), `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
}

function revert(): void {
  const manifest = readManifest();
  if (manifest.length === 0)
    throw new CliError("nothing to revert: no client config was changed by mcp-guard init --apply");
  const latest = new Map<string, BackupRecord>();
  for (const record of manifest) if (!latest.has(record.path)) latest.set(record.path, record); // the oldest backup is the original
  for (const record of latest.values()) {
    if (!existsSync(record.backup))
      throw new CliError(`the backup ${record.backup} of ${record.path} is missing`);
    copyFileSync(record.backup, record.path);
    process.stdout.write(`restored ${record.path} from ${record.backup}\n`);
  }
  writeFileSync(manifestPath(), "[]\n", { mode: 0o600 });
}
