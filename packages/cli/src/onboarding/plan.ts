// From what the clients have configured to an mcp-guard config. Stdio servers keep their command; secret
// values go to the owner-only secrets file and mcp-guard.yaml names them as ${VAR}; other values are kept.
// Variables the client itself resolves (VS Code's ${workspaceFolder} or ${input:…}) stay in the client's
// entry, which hands them to the bridge, and the daemon fills them in for that client's session. Remote
// servers with a bearer token become HTTP upstreams; remote servers that authenticate in the client
// (OAuth, no headers) are left alone, since mcp-guard cannot present the client's OAuth session.
import { remoteTransport, remoteUrl, type Found } from "./clients.js";
import { credentialFlag, EntrySecrets, variableName } from "./entry-secrets.js";
import { envFileVariables } from "./env-file.js";
import { isGuarded } from "./guarded-entry.js";
import { secretTypes } from "./secret-values.js";

export interface PlannedServer {
  name: string;
  config: Record<string, unknown>;
  /** Secret values by variable name: for the secrets file, never for mcp-guard.yaml. */
  secrets: Record<string, string>;
  /** What the client's entry keeps setting for the bridge: references only the client can resolve. */
  entryEnv: Record<string, string>;
  /** Keys kept in the client's entry as they were (VS Code's envFile). */
  entryKeep: Record<string, unknown>;
  sources: Found[];
}

export interface Plan {
  servers: PlannedServer[];
  skipped: { found: Found; why: string }[];
  notes: string[];
}

const envName = (s: string) =>
  s
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");

/** Variables of the clients' own (VS Code, Cursor): resolved by the client, so they go through its entry. */
const CLIENT_VARIABLE =
  /^(?:workspaceFolder\w*|userHome|pathSeparator|\/|cwd|execPath|file\w*|relativeFile\w*|(?:input|config|command):.+)$/;

interface Translated {
  config: Record<string, unknown>;
  /** Local variable name -> secret value. */
  secrets: Record<string, string>;
  entryEnv: Record<string, string>;
  entryKeep: Record<string, unknown>;
  notes: string[];
}

/** A string with the client's ${…} references made into mcp-guard ${VAR}s the session can fill. */
function references(text: string, entryEnv: Record<string, string>): string {
  return text.replace(/\$\{([^}]+)\}/g, (whole, inner: string) => {
    if (inner.startsWith("env:")) return `\${${inner.slice(4)}}`; // the bridge inherits the client's env
    if (!CLIENT_VARIABLE.test(inner)) return whole; // ${NAME} / ${NAME:-default}: the same syntax here
    const variable = `MCP_GUARD_CLIENT_${envName(inner)}`;
    entryEnv[variable] = whole;
    return `\${${variable}}`;
  });
}

function translate(found: Found, cwd: string): Translated | string {
  const e = found.entry;
  const t: Translated = { config: {}, secrets: {}, entryEnv: {}, entryKeep: {}, notes: [] };
  // VS Code loads envFile into the bridge's environment: its names are read from the client, like ${NAME}s.
  const fromFile = typeof e.envFile === "string" ? envFileVariables(e.envFile, cwd) : undefined;
  const fileNames = fromFile && Object.keys(fromFile);
  const secrets = new EntrySecrets(e, variableName(found.name), fileNames);
  /** A string for the YAML: its secrets as ${VAR}s, the client's references as the session can fill them. */
  const copied = (text: string) => references(secrets.withoutSecrets(text), t.entryEnv);
  const url = remoteUrl(e);
  if (url) {
    const headers = (e.headers ?? {}) as Record<string, unknown>;
    const auth = Object.entries(headers).find(([k]) => k.toLowerCase() === "authorization")?.[1];
    if (typeof auth !== "string")
      return "a remote server that authenticates in the client (OAuth); left as the client has it";
    t.config = { transport: remoteTransport(e), url: copied(url) };
    const token = auth.replace(/^Bearer\s+/i, "");
    t.config.upstream_auth_token = /\$\{/.test(token)
      ? copied(token)
      : secrets.file(token, `${variableName(found.name)}_TOKEN`);
    t.secrets = secrets.values;
    return t;
  }
  if (typeof e.command !== "string" || e.command.length === 0) return "no command or url";
  t.config.command = copied(e.command);
  const args = Array.isArray(e.args) ? e.args.filter((a): a is string => typeof a === "string") : [];
  if (args.length)
    t.config.args = args.map((arg, i) => {
      const flag = credentialFlag(args[i - 1], arg);
      return flag ? references(secrets.fileFlagValue(flag, arg), t.entryEnv) : copied(arg);
    });
  if (typeof e.cwd === "string") t.config.cwd = copied(e.cwd);
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries((e.env ?? {}) as Record<string, unknown>)) {
    if (typeof value !== "string") continue;
    env[key] = secretTypes(key, value) ? references(secrets.fileEnv(key, value), t.entryEnv) : copied(value);
  }
  if (typeof e.envFile === "string") {
    // VS Code loads the file into the bridge's environment; the config names its variables for the server.
    t.entryKeep.envFile = e.envFile;
    if (fileNames) for (const name of fileNames) env[name] ??= `\${${name}}`;
    else
      t.notes.push(
        `${found.name}: could not read envFile ${e.envFile}; add its variables to the server's env in mcp-guard.yaml as NAME: \${NAME}`,
      );
  }
  if (Object.keys(env).length) t.config.env = env;
  t.secrets = secrets.values;
  return t;
}

/** What an earlier run of init left: the servers of the config it wrote, and the secrets it filed. */
export interface Earlier {
  /** Server definitions by name: a client's entry may launch each, so a new server takes another name. */
  servers: Record<string, unknown>;
  /** NAME -> value in the secrets file: a new secret with another value takes another name. */
  secrets: Record<string, string>;
}

export function plan(
  found: readonly Found[],
  cwd: string,
  earlier: Earlier = { servers: {}, secrets: {} },
): Plan {
  const result: Plan = { servers: [], skipped: [], notes: [] };
  const translated = found.map((f) => ({
    f,
    t: isGuarded(f.entry, process.platform, cwd) ? "already launches mcp-guard connect" : translate(f, cwd),
  }));
  /**
   * Every secret variable across servers: one name, one value. The names other entries read from their
   * client's environment are taken from the start: a session looks a variable up in the secrets file when
   * its client does not set it, so a secret filed under such a name would reach that other entry's server.
   */
  const taken = new Map<string, string | undefined>(Object.entries(earlier.secrets));
  for (const { t } of translated)
    if (typeof t !== "string") for (const name of clientVariables(t)) taken.set(name, undefined);
  for (const { f, t } of translated) {
    if (typeof t === "string") {
      result.skipped.push({ found: f, why: t });
      continue;
    }
    result.notes.push(...t.notes);
    const same = result.servers.find(
      (s) =>
        s.sources[0]!.name === f.name &&
        JSON.stringify(s.config) === JSON.stringify(renamed(t.config, s.secrets, t.secrets)) &&
        JSON.stringify(s.entryEnv) === JSON.stringify(t.entryEnv),
    );
    if (same) {
      same.sources.push(f);
      continue;
    }
    // A name an earlier run defined is this server's only when it is the same server with the same secrets.
    const sameAsEarlier = (name: string) =>
      JSON.stringify(earlier.servers[name]) === JSON.stringify(t.config) &&
      Object.entries(t.secrets).every(([variable, value]) => earlier.secrets[variable] === value);
    const nameTaken = (name: string) =>
      result.servers.some((s) => s.name === name) ||
      (Object.hasOwn(earlier.servers, name) && !sameAsEarlier(name));
    let name = f.name.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^[^A-Za-z0-9]+/, "") || "server";
    if (nameTaken(name)) name = `${name}-${f.file.client}`;
    for (let i = 2; nameTaken(name); i++) name = `${name.replace(/-\d+$/, "")}-${i}`;
    // Two servers with the same variable and different values (two clients' GitHub tokens) get two names.
    const secrets: Record<string, string> = {};
    const chosenFor: Record<string, string> = {};
    for (const [variable, value] of Object.entries(t.secrets)) {
      let chosen = variable;
      if (taken.has(chosen) && taken.get(chosen) !== value) chosen = `${variable}_${envName(name)}`;
      for (let i = 2; taken.has(chosen) && taken.get(chosen) !== value; i++)
        chosen = `${variable}_${envName(name)}_${i}`;
      taken.set(chosen, value);
      secrets[chosen] = value;
      chosenFor[variable] = chosen;
    }
    // In one pass: a secret renamed to another's old name is not renamed again.
    const text = JSON.stringify(t.config).replace(
      /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g,
      (whole, variable: string) =>
        Object.hasOwn(chosenFor, variable) ? `\${${chosenFor[variable]}}` : whole,
    );
    result.servers.push({
      name,
      config: JSON.parse(text) as Record<string, unknown>,
      secrets,
      entryEnv: t.entryEnv,
      entryKeep: t.entryKeep,
      sources: [f],
    });
  }
  return result;
}

/** The ${VAR}s an entry's config reads from its client's environment (not from secrets init files). */
function clientVariables(t: Translated): string[] {
  const names = [...JSON.stringify(t.config).matchAll(/\$\{([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]!);
  return names.filter((name) => !(name in t.secrets) && !(name in t.entryEnv));
}

/** A candidate's config with its secret placeholders named as an existing server's, when the values match. */
function renamed(
  config: Record<string, unknown>,
  existing: Record<string, string>,
  mine: Record<string, string>,
): Record<string, unknown> {
  let text = JSON.stringify(config);
  for (const [variable, value] of Object.entries(mine)) {
    const match = Object.entries(existing).find(([, v]) => v === value)?.[0];
    if (!match) return { different: true };
    text = text.split(`\${${variable}}`).join(`\${${match}}`);
  }
  return JSON.parse(text) as Record<string, unknown>;
}
