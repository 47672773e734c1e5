// mcp-guard init: finds the MCP servers your clients launch, writes mcp-guard.yaml for them (secrets into an
// owner-only secrets file beside it), and with --apply points each client at `mcp-guard connect`, editing
// each entry in place after one owner-only backup per file; --revert puts the originals back.
import { createHash } from "node:crypto";
import {
  chmodSync,
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { homedir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { readSecretsFile } from "@mcp-guard/config";
import { resolveDaemonPaths } from "@mcp-guard/wire";
import { MAX_CONFIG_BYTES, readRegularFile } from "@mcp-guard/wire/regular-file";
import { parse, stringify } from "yaml";
import { CLI_ENTRY } from "../cli-entry.js";
import { CliError } from "../cli-error.js";
import {
  at,
  clientLimits,
  readClientFile,
  readClients,
  type Found,
  type Where,
} from "../onboarding/clients.js";
import { parseJsonc, setInText } from "../onboarding/jsonc.js";
import { plan, type Plan, type PlannedServer } from "../onboarding/plan.js";
import { terminalField } from "../printable.js";

export interface InitOptions {
  output?: string;
  dryRun?: boolean;
  apply?: boolean;
  revert?: boolean;
  force?: boolean;
}

export function where(): Where {
  return { home: homedir(), cwd: process.cwd(), platform: process.platform, appData: process.env.APPDATA };
}

/** One per client file that --apply changed. */
interface BackupRecord {
  path: string;
  /** The file as it was before mcp-guard first changed it (0600). */
  backup: string;
  /** SHA-256 of what --apply wrote: a file that differs was edited since. */
  applied_sha256: string;
  /** The entries --apply rewrote, so a merge can put back exactly those. */
  entries: { keyPath: string[]; name: string }[];
  /** The file the path led to when --apply wrote it (through any symbolic link). */
  real?: string;
}

const home = () => resolveDaemonPaths({}).home;
const manifestPath = () => join(home(), "init-backups.json");
/**
 * Backups live in mcp-guard's own owner-only home, never beside the client file: a project's directory is its
 * author's, who could plant a symlink at any name there (`.mcp.json.mcp-guard-backup -> ~/.bashrc`) for init
 * to write through, and a backup holding the file's secrets could be committed with the project.
 */
const backupPath = (path: string) =>
  join(home(), "init-backups", `${basename(path)}-${sha256(path).slice(0, 16)}.backup`);
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

function readManifest(): BackupRecord[] {
  try {
    const records = JSON.parse(readFileSync(manifestPath(), "utf8")) as BackupRecord[];
    return records.filter((r) => typeof r.applied_sha256 === "string" && Array.isArray(r.entries));
  } catch {
    return [];
  }
}

function writeManifest(records: BackupRecord[]): void {
  mkdirSync(dirname(manifestPath()), { recursive: true, mode: 0o700 });
  writeFileSync(manifestPath(), `${JSON.stringify(records, null, 2)}\n`, { mode: 0o600 });
}

export function init(options: InitOptions): void {
  if (options.revert) return revert(options.force ?? false);
  const w = where();
  const { found, searched, unreadable } = readClients(w);
  // A project's config is its author's (a cloned repository's .mcp.json): each word taken from a config (a
  // server's name, a path, a URL) is printed as one terminal field, so that it cannot send the terminal a
  // sequence or forge a line of this report. The YAML escapes what it holds itself.
  for (const u of unreadable)
    process.stderr.write(`warning: skipped ${terminalField(u.path)}: ${terminalField(u.error)}\n`);
  // Absolute: the entries --apply writes name it with -c, and a client reads a relative one from its project.
  const output = resolve(options.output ?? join(home(), "mcp-guard.yaml"));
  const secretsFile = join(home(), "secrets.env");
  const own = ownConfig(output);
  const p = plan(found, w.cwd, { servers: own?.servers ?? {}, secrets: filedSecrets(secretsFile) });
  for (const note of p.notes) process.stderr.write(`note: ${terminalField(note)}\n`);
  for (const s of p.skipped.filter((x) => !x.why.startsWith("already")))
    process.stdout.write(
      `left as is: ${s.found.file.client} ${terminalField(s.found.name)}: ${terminalField(s.why)}\n`,
    );
  if (p.servers.length === 0) {
    const guarded = p.skipped.filter((s) => s.why.startsWith("already")).length;
    process.stdout.write(
      guarded
        ? `every server found (${guarded}) already goes through mcp-guard\n`
        : `no MCP servers to guard found; searched:\n${searched.map((s) => `  ${terminalField(s)}`).join("\n")}\n`,
    );
    return;
  }
  const secrets = Object.assign({}, ...p.servers.map((s) => s.secrets)) as Record<string, string>;
  // The servers init wrote before stay: client entries already launch them through mcp-guard.
  const carried = Object.fromEntries(
    Object.entries(own?.servers ?? {}).filter(([name]) => !p.servers.some((s) => s.name === name)),
  );
  const yaml = render(p, carried, Object.keys(secrets).length || own?.secretsFile ? secretsFile : undefined);
  if (options.dryRun) {
    process.stdout.write(`# would write ${output}\n${yaml}`);
    if (Object.keys(secrets).length)
      process.stdout.write(`# and ${Object.keys(secrets).join(", ")} into ${secretsFile} (0600)\n`);
    if (options.apply) process.stdout.write(describeApply(p, output));
    return;
  }
  const edits = options.apply ? clientEdits(p, output) : undefined;
  if (edits)
    checkWritable(
      edits.map((e) => e.path),
      "nothing was changed",
    );
  const existing =
    existsSync(output) && !options.force ? readRegularFile(output, MAX_CONFIG_BYTES) : undefined;
  const kept =
    existing === yaml
      ? "it is what init writes for these servers"
      : existing !== undefined && !own
        ? keptConfig(output, existing, p, options.apply ?? false)
        : undefined;
  mkdirSync(dirname(output), { recursive: true, mode: 0o700 });
  if (Object.keys(secrets).length) writeSecrets(secretsFile, secrets);
  if (kept) process.stdout.write(`kept ${output}: ${kept}\n`);
  else {
    writeFileSync(output, yaml, { mode: 0o600 });
    writeOwnConfigRecord(output, yaml);
    process.stdout.write(
      `wrote ${output} with ${p.servers.length} server(s): ${p.servers.map((s) => s.name).join(", ")}${Object.keys(carried).length ? `, keeping ${Object.keys(carried).join(", ")} from its earlier run` : ""}\n`,
    );
  }
  if (Object.keys(secrets).length)
    process.stdout.write(
      `the secrets found in client configs (${Object.keys(secrets).join(", ")}) are in ${secretsFile} (owner-only); mcp-guard.yaml names them as \${VARIABLE}\n`,
    );
  if (edits) apply(edits);
  else
    process.stdout.write(
      "run mcp-guard init --apply to point the clients at mcp-guard (their configs are backed up first)\n",
    );
}

/**
 * Whether an existing config that init did not write (or that was edited since) can stay as it is, and why:
 * it is kept for --apply when it still names every server found, since replacing it would lose the person's
 * policy. Otherwise the refusal says what to do.
 */
function keptConfig(output: string, existing: string, p: Plan, apply: boolean): string {
  if (!apply) throw new CliError(`${output} exists; pass --force to replace it, or --output <path>`);
  const named = serverNames(existing);
  const missing = p.servers.map((s) => s.name).filter((name) => !named.has(name));
  if (missing.length)
    throw new CliError(
      `${output} exists and does not define ${missing.join(", ")}; add them, pass --force to replace it (its edits are lost), or --output <path>`,
    );
  return "it was edited since init wrote it, and still defines every server found";
}

/** The server names a config file defines (none when it is not YAML with a servers map). */
function serverNames(text: string): Set<string> {
  try {
    const servers = (parse(text) as { servers?: unknown } | null)?.servers;
    return new Set(servers && typeof servers === "object" ? Object.keys(servers) : []);
  } catch {
    return new Set();
  }
}

/** Where init records the SHA-256 of each config it wrote: one that still matches is init's to add to. */
const ownConfigsPath = () => join(home(), "init-configs.json");

function readOwnConfigRecords(): Record<string, string> {
  try {
    const records = JSON.parse(readFileSync(ownConfigsPath(), "utf8")) as unknown;
    return records && typeof records === "object" ? (records as Record<string, string>) : {};
  } catch {
    return {};
  }
}

function writeOwnConfigRecord(output: string, yaml: string): void {
  const records = { ...readOwnConfigRecords(), [output]: sha256(yaml) };
  mkdirSync(home(), { recursive: true, mode: 0o700 });
  writeFileSync(ownConfigsPath(), `${JSON.stringify(records, null, 2)}\n`, { mode: 0o600 });
}

/**
 * The config at `output` when it is byte for byte what init last wrote there (nobody edited it): a later run
 * adds the servers it finds to it instead of asking for --force, and keeps the ones it defined.
 */
function ownConfig(output: string): { servers: Record<string, unknown>; secretsFile: boolean } | undefined {
  if (!existsSync(output)) return undefined;
  const text = readRegularFile(output, MAX_CONFIG_BYTES);
  if (readOwnConfigRecords()[output] !== sha256(text)) return undefined;
  const doc = parse(text) as {
    servers?: Record<string, unknown>;
    daemon?: { secrets_file?: unknown };
  } | null;
  return { servers: doc?.servers ?? {}, secretsFile: doc?.daemon?.secrets_file !== undefined };
}

/** The secrets an earlier run filed, so that a new secret of another value gets a name of its own. */
function filedSecrets(path: string): Record<string, string> {
  if (!existsSync(path)) return {};
  const filed = readSecretsFile(path);
  return filed.ok ? filed.values : {};
}

function render(p: Plan, carried: Record<string, unknown>, secretsFile: string | undefined): string {
  const servers: Record<string, unknown> = { ...carried };
  for (const s of p.servers) servers[s.name] = s.config;
  const sources = p.servers.map(
    // YAML escapes values, not comments: a path in one is a field, so a line end cannot add YAML of its own.
    (s) =>
      `#   ${s.name}: ${s.sources.map((f) => `${f.file.client} (${terminalField(f.file.path)})`).join(", ")}`,
  );
  const daemon = secretsFile ? `${stringify({ daemon: { secrets_file: secretsFile } })}` : "";
  for (const name of Object.keys(carried))
    sources.push(`#   ${terminalField(name)}: an earlier run of mcp-guard init`);
  return `# Written by mcp-guard init from:\n${sources.join("\n")}\n# Secret values are not in this file: \${VARIABLE}s are filled from the client's entry, then daemon.secrets_file, then the daemon's environment.\n${stringify({ servers })}${daemon}`;
}

/** Adds (or replaces) NAME=value lines, keeping the others: the file may already hold earlier secrets. */
function writeSecrets(path: string, secrets: Record<string, string>): void {
  const existing = existsSync(path) ? readSecretsFile(path) : { ok: true as const, values: {} };
  if (!existing.ok) throw new CliError(existing.message);
  const values = { ...existing.values, ...secrets };
  for (const [name, value] of Object.entries(values))
    if (/[\r\n]/.test(value)) throw new CliError(`the value of ${name} spans lines; it cannot go in ${path}`);
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const lines = Object.entries(values).map(([name, value]) => `${name}=${value}`);
  writeFileSync(path, `# secrets taken out of client configs by mcp-guard init\n${lines.join("\n")}\n`, {
    mode: 0o600,
  });
  chmodSync(path, 0o600);
}

function bridgeEntry(f: Found, s: PlannedServer, output: string): Record<string, unknown> {
  const entry: Record<string, unknown> = {
    ...(f.file.client === "vscode" || f.entry.type === "stdio" ? { type: "stdio" } : {}),
    command: process.execPath,
    args: [CLI_ENTRY, "connect", "-s", s.name, "-c", output],
    ...s.entryKeep,
    // Per entry, not per server: two clients' entries of one server may limit it differently.
    ...clientLimits(f.entry),
  };
  if (Object.keys(s.entryEnv).length) entry.env = s.entryEnv;
  return entry;
}

function describeApply(p: Plan, output: string): string {
  const lines = p.servers.flatMap((s) =>
    s.sources.map(
      (f) =>
        `#   ${terminalField(f.file.path)}: ${terminalField(f.name)} -> mcp-guard connect -s ${s.name} -c ${output}`,
    ),
  );
  return `# --apply would rewrite (after a backup):\n${lines.join("\n")}\n`;
}

/** Each client file --apply rewrites: its text now, and with its entries pointed at mcp-guard. */
interface ClientEdit {
  path: string;
  before: string;
  after: string;
  entries: Found[];
}

function clientEdits(p: Plan, output: string): ClientEdit[] {
  const byFile = new Map<string, { found: Found; server: PlannedServer }[]>();
  for (const s of p.servers)
    for (const f of s.sources)
      byFile.set(f.file.path, [...(byFile.get(f.file.path) ?? []), { found: f, server: s }]);
  return [...byFile].map(([path, entries]) => {
    const before = readClientFile(path);
    let after = before;
    for (const { found, server } of entries)
      after = setInText(after, [...found.file.keyPath, found.name], bridgeEntry(found, server, output));
    return { path, before, after, entries: entries.map((e) => e.found) };
  });
}

/**
 * Every file is checked before the first is written, and each file's backup is on record before the file
 * is written: a run that stops half way (a read-only file, a full disk) leaves each config as it was or
 * restorable by --revert, never pointed at mcp-guard with nothing to undo it.
 */
function apply(edits: ClientEdit[]): void {
  const manifest = readManifest();
  for (const { path, before, after, entries } of edits) {
    let record = manifest.find((r) => r.path === path);
    if (!record) {
      record = { path, backup: backupPath(path), applied_sha256: "", entries: [], real: realpathSync(path) };
      manifest.push(record);
      writeBackup(record, before);
    } else if (sha256(before) !== record.applied_sha256) {
      if (!existsSync(record.backup))
        throw new CliError(`the backup ${record.backup} of ${path} is missing; nothing was changed`);
      // Edited since the last --apply (a server added, say): the backup becomes this file with the entries
      // init rewrote before as they were, so that --revert keeps what the person did in between.
      writeBackup(record, withOriginals(before, record, readFileSync(record.backup, "utf8")));
    }
    for (const found of entries)
      if (!record.entries.some((e) => e.name === found.name && sameKeyPath(e.keyPath, found.file.keyPath)))
        record.entries.push({ keyPath: found.file.keyPath, name: found.name });
    record.applied_sha256 = sha256(after);
    writeManifest(manifest);
    writeClientFile(path, after);
    process.stdout.write(`rewrote ${terminalField(path)} (backup ${terminalField(record.backup)})\n`);
  }
}

/** One backup per file, owner-only (it holds the secrets the file held): the state before mcp-guard. */
function writeBackup(record: BackupRecord, text: string): void {
  mkdirSync(dirname(record.backup), { recursive: true, mode: 0o700 });
  // One left by an apply whose manifest was lost is replaced, not written through (flag: create anew).
  rmSync(record.backup, { force: true });
  writeFileSync(record.backup, text, { mode: 0o600, flag: "wx" });
  chmodSync(record.backup, 0o600);
}

/** Fails in one line naming the first client file that cannot be written now (read-only, immutable). */
function checkWritable(paths: readonly string[], consequence: string): void {
  for (const path of paths)
    try {
      closeSync(openSync(path, "r+"));
    } catch (err) {
      throw new CliError(`cannot write ${terminalField(path)}: ${errorCode(err)}; ${consequence}`);
    }
}

function writeClientFile(path: string, text: string): void {
  try {
    writeFileSync(path, text);
  } catch (err) {
    throw new CliError(`could not write ${terminalField(path)}: ${errorCode(err)}`);
  }
}

const errorCode = (err: unknown) => (err as NodeJS.ErrnoException).code ?? (err as Error).message;

const sameKeyPath = (a: readonly string[], b: readonly string[]) => a.join("\0") === b.join("\0");

/** The file a path leads to now (through any symbolic link), or undefined when none does. */
function leadsTo(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

/**
 * A file untouched since --apply gets its backup back byte for byte. A file edited since is refused (the
 * edits would be lost) unless --force, which puts back only the entries --apply rewrote and keeps the rest.
 */
function revert(force: boolean): void {
  const manifest = readManifest();
  if (manifest.length === 0)
    throw new CliError("nothing to revert: no client config was changed by mcp-guard init --apply");
  for (const r of manifest) {
    if (!existsSync(r.backup)) throw new CliError(`the backup ${r.backup} of ${r.path} is missing`);
    // The path is the project's to change: a file swapped for a link (to ~/.bashrc, say, missing or not) is
    // not written through, and a missing one is not created; its backup stays for the person to restore.
    const now = leadsTo(r.path);
    if (now === undefined)
      throw new CliError(`${r.path} is missing; not recreated (its backup is ${r.backup})`);
    if (now !== (r.real ?? r.path))
      throw new CliError(`${r.path} now leads to ${now}, not the file --apply wrote; not written through`);
  }
  const edited = manifest.filter((r) => {
    const now = sha256(readClientFile(r.path));
    // A file still as it was before --apply (a run stopped before writing it) is not an edit.
    return now !== r.applied_sha256 && now !== sha256(readFileSync(r.backup, "utf8"));
  });
  if (edited.length && !force)
    throw new CliError(
      `changed since mcp-guard init --apply: ${edited.map((r) => r.path).join(", ")}\n` +
        "reverting would lose those edits; --force puts back only the entries init rewrote and keeps the rest",
    );
  checkWritable(
    manifest.map((r) => r.path),
    "nothing was reverted",
  );
  // Each file leaves the record once restored: a run that stops half way can be run again for the rest.
  for (const r of [...manifest]) {
    const original = readFileSync(r.backup, "utf8");
    if (edited.includes(r)) {
      writeClientFile(r.path, withOriginals(readClientFile(r.path), r, original));
      process.stdout.write(
        `restored ${r.entries.length} entr${r.entries.length === 1 ? "y" : "ies"} in ${r.path}, keeping its later edits\n`,
      );
    } else {
      writeClientFile(r.path, original);
      process.stdout.write(`restored ${r.path}\n`);
    }
    manifest.splice(manifest.indexOf(r), 1);
    writeManifest(manifest);
    rmSync(r.backup, { force: true });
  }
}

/** The file with the entries --apply rewrote put back as the backup has them, and everything else kept. */
function withOriginals(text: string, r: BackupRecord, backup: string): string {
  const doc = parseJsonc(backup);
  for (const e of r.entries) {
    const value = (at(doc, e.keyPath) as Record<string, unknown> | undefined)?.[e.name];
    text = setInText(text, [...e.keyPath, e.name], value);
  }
  return text;
}
