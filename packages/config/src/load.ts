// parse -> interpolate -> validate, returning errors (file, line, key path, expectation) instead of throwing.
import { statSync } from "node:fs";
import { MAX_CONFIG_BYTES, readRegularFile, UnreadableFileError } from "@mcp-guard/wire/regular-file";
import { isMap, LineCounter, parseDocument, type Document } from "yaml";
// As a namespace, as in schema.ts, so that the bundled loader holds only the parts of zod it uses.
import * as z from "zod";
import { closest } from "./did-you-mean.js";
import { interpolate, type InterpolationError } from "./interpolate.js";
import { fetchBase } from "./extends.js";
import type { ConfigIssue } from "./issues.js";
import { floorMerge } from "./merge.js";
import { baseProgramTwins, personalServerIssues } from "./personal-servers.js";
import { configuredServer } from "./configured-server.js";
import { configSchema, type Config } from "./schema.js";
import {
  keysWrittenIn,
  plaintextKeysInBase,
  plaintextKeysReadableByOthers,
  readableByOthers,
  type ExposedKeys,
} from "./readable-keys.js";
import { readSecretsFile, secretsFilePath } from "./secrets-file.js";
import { writableByOthers } from "./writable-by-others.js";
import type { ServerVariables } from "./session-server.js";

export type LoadResult =
  | { ok: true; config: Config; file: string; variables: ServerVariables }
  | {
      ok: false;
      file: string;
      issues: ConfigIssue[];
      /** The sha256 (hex) of keys written as is in a file others can read: a daemon stops accepting them. */
      exposedKeys?: string[];
      /**
       * A file others can read that YAML cannot parse (conflict markers, a quote left open) may show any key
       * in it where none is found: a daemon stops accepting every key it took from the file as written.
       */
      exposesEveryKeyAsWritten?: true;
    };

export function loadConfigFile(file: string, env: NodeJS.ProcessEnv = process.env): LoadResult {
  let text: string;
  let othersWrite: string | undefined;
  let mode: number;
  try {
    text = readRegularFile(file, MAX_CONFIG_BYTES);
    mode = statSync(file).mode;
    othersWrite = writableByOthers(file, "the config", "the policy");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const message =
      err instanceof UnreadableFileError
        ? `cannot read the config: it ${err.reason}`
        : code === "ENOENT"
          ? "config file not found"
          : `cannot read config file (${code ?? String(err)})`;
    return { ok: false, file, issues: [{ file, line: undefined, path: "", message }] };
  }
  // Keys a readable file shows are exposed whatever else is wrong with it: looked for in the YAML as written
  // (a file failing the schema shows them all the same) and in what the schema read (YAML merge keys). YAML
  // that cannot be parsed may hide some: then every key the daemon took from the file as written counts.
  const written = readableByOthers(mode) ? keysWrittenIn(text) : { keys: [], complete: true };
  const exposedAmong = (schemaKeys: string[]) =>
    plaintextKeysReadableByOthers(file, mode, [...written.keys, ...schemaKeys]);
  if (othersWrite !== undefined)
    return refused(
      file,
      [{ file, line: undefined, path: "", message: othersWrite }],
      exposedAmong([]),
      written,
    );
  const parsed = parseConfigText(text, file, env);
  const exposed = exposedAmong(parsed.ok ? Object.keys(parsed.config.auth.api_keys) : []);
  if (parsed.ok && exposed === undefined) return parsed;
  return refused(file, parsed.ok ? [] : parsed.issues, exposed, written);
}

function refused(
  file: string,
  issues: ConfigIssue[],
  exposed: ExposedKeys | undefined,
  written: { complete: boolean },
): LoadResult {
  const every = written.complete ? {} : { exposesEveryKeyAsWritten: true as const };
  if (exposed === undefined) return { ok: false, file, issues, ...every };
  const exposure = { file, line: undefined, path: "auth.api_keys", message: exposed.message };
  return { ok: false, file, issues: [exposure, ...issues], exposedKeys: exposed.digests, ...every };
}

export interface LoadOptions {
  env?: NodeJS.ProcessEnv;
  /**
   * Where verified copies of `extends` bases are kept (<home>/extends-cache). A function is asked only when
   * the config extends a base: working the home out may cost a parse of its own (daemon/config-load.ts).
   */
  cacheDir?: string | (() => string);
  /** The built-in detection actions: the floor a personal config is compared with. */
  detectionDefaults?: Record<string, { request: string; response: string }>;
}

/** Loads a config and, if it extends a base, fetches, verifies and floor-merges the base. */
export async function loadConfig(
  file: string,
  options: LoadOptions = {},
): Promise<LoadResult & { warnings?: string[] }> {
  const personal = loadConfigFile(file, options.env ?? process.env);
  if (!personal.ok || !personal.config.extends) return personal;
  const { url, sha256 } = personal.config.extends;
  const fail = (message: string): LoadResult => ({
    ok: false,
    file,
    issues: [{ file, line: undefined, path: "extends", message }],
  });
  const cacheDir = typeof options.cacheDir === "function" ? options.cacheDir() : options.cacheDir;
  if (!cacheDir) return fail("extends needs a daemon home for its cache");
  const base = await fetchBase(url, sha256, cacheDir);
  if (!base.ok) return fail(base.message);
  if (/\$\{/.test(base.text.replace(/\$\$\{/g, ""))) {
    // A remote base must not pull local environment variables (secrets) into values it controls.
    return fail(
      `the base config ${url} uses \${…} variables; a base config may not read the local environment`,
    );
  }
  const parsed = parseConfigText(base.text, url, {});
  if (!parsed.ok) return parsed;
  // The base alone gives `auth` (merge.ts), and anyone who can fetch it reads it. Refused at start too, so no
  // config in force holds a base's key as written: nothing for a running daemon to withhold.
  const baseKeys = plaintextKeysInBase(url, Object.keys(parsed.config.auth.api_keys));
  if (baseKeys)
    return {
      ok: false,
      file,
      issues: [{ file: url, line: undefined, path: "auth.api_keys", message: baseKeys }],
    };
  if (parsed.config.extends)
    return fail(`the base config ${url} itself extends another; only one level is allowed`);
  const { extends: _extends, ...mine } = personal.config;
  const sidesteps = personalServerIssues(parsed.config, mine as Config, url);
  if (sidesteps.length > 0)
    return { ok: false, file, issues: sidesteps.map((i) => ({ file, line: undefined, ...i })) };
  const warnings = base.fromCache ? [`${url} is unreachable; using its verified cached copy`] : [];
  for (const [name, server] of Object.entries((mine as Config).servers)) {
    if (configuredServer(parsed.config.servers, name)) continue;
    const twins = baseProgramTwins(parsed.config, server);
    if (twins.length > 0)
      warnings.push(
        `servers.${name} runs the program of the base's ${twins.map((t) => `"${t}"`).join(", ")}; the base's policy for it applies to "${name}" too`,
      );
  }
  return {
    ok: true,
    file,
    variables: personal.variables,
    config: floorMerge(parsed.config, mine as Config, options.detectionDefaults),
    ...(warnings.length > 0 ? { warnings } : {}),
  };
}

export function parseConfigText(
  text: string,
  file: string,
  env: NodeJS.ProcessEnv = process.env,
): LoadResult {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length === 0 && (doc.contents === null || text.trim() === "")) {
    const message =
      "the file is empty; a config needs at least a servers: section (mcp-guard init writes one, mcp-guard.example.yaml shows every key)";
    return { ok: false, file, issues: [{ file, line: undefined, path: "", message }] };
  }
  if (doc.errors.length > 0) {
    // The parser can report one problem several times (a nesting too deep for it, at each level it unwinds).
    const seen = new Set<string>();
    const issues: ConfigIssue[] = [];
    for (const e of doc.errors) {
      const line = e.linePos?.[0]?.line;
      const message = `invalid YAML: ${e.message.split(" at line ")[0]!.split("\n")[0]}`;
      if (seen.has(`${line}:${message}`)) continue;
      seen.add(`${line}:${message}`);
      issues.push({ file, line, path: "", message });
    }
    return { ok: false, file, issues };
  }
  let raw: unknown;
  try {
    raw = doc.toJS() ?? {};
  } catch (err) {
    // The YAML library refuses aliases that would expand without bound (a "billion laughs" file).
    const message = `invalid YAML: ${err instanceof Error ? err.message : String(err)}`;
    return { ok: false, file, issues: [{ file, line: undefined, path: "", message }] };
  }
  const issues: ConfigIssue[] = [];
  const secrets = secretsOf(raw, file);
  if (!secrets.ok) issues.push(issueAt(doc, lines, file, ["daemon", "secrets_file"], secrets.message));
  const lookup = { ...env, ...secrets.values };
  const { servers, ...rest } = (typeof raw === "object" && raw !== null ? raw : {}) as Record<
    string,
    unknown
  >;
  const interpolationErrors: InterpolationError[] = [];
  const value = interpolate(rest, lookup, interpolationErrors) as Record<string, unknown>;
  const variables: ServerVariables = {
    raw: {},
    missing: {},
    secrets: secrets.values,
    secretsFile: secrets.path,
  };
  if (typeof servers === "object" && servers !== null && !Array.isArray(servers)) {
    // Entries, not assignments, as in interpolate: a server named `__proto__` is a name like any other.
    const resolved: [string, unknown][] = [];
    for (const [name, entry] of Object.entries(servers)) {
      const missing: InterpolationError[] = [];
      resolved.push([name, interpolate(entry, lookup, missing, ["servers", name])]);
      if (JSON.stringify(entry).includes("${")) variables.raw[name] = entry;
      if (missing.length) variables.missing[name] = [...new Set(missing.map((m) => m.variable))];
    }
    value.servers = Object.fromEntries(resolved);
  } else if (servers !== undefined) value.servers = servers;
  issues.push(...interpolationErrors.map((e) => issueAt(doc, lines, file, e.path, e.message)));
  const parsed = configSchema.safeParse(value);
  if (!parsed.success) {
    for (const zodIssue of parsed.error.issues) issues.push(...fromZod(doc, lines, file, zodIssue));
  }
  // Every problem in one run, in the order a person reads the file.
  issues.sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity));
  if (issues.length > 0 || !parsed.success) return { ok: false, file, issues };
  return { ok: true, config: parsed.data, file, variables };
}

function secretsOf(
  raw: unknown,
  file: string,
): { ok: boolean; values: Record<string, string>; path: string | undefined; message: string } {
  const configured = (raw as { daemon?: { secrets_file?: unknown } } | null)?.daemon?.secrets_file;
  if (typeof configured !== "string") return { ok: true, values: {}, path: undefined, message: "" };
  const path = secretsFilePath(configured, file);
  const read = readSecretsFile(path);
  return read.ok
    ? { ok: true, values: read.values, path, message: "" }
    : { ok: false, values: {}, path, message: read.message };
}

function fromZod(doc: Document, lines: LineCounter, file: string, issue: z.core.$ZodIssue): ConfigIssue[] {
  const path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
  if (issue.code === "unrecognized_keys") {
    const known = knownKeys(path);
    return issue.keys.map((key) => {
      const guess = closest(key, known);
      const hint = guess
        ? ` (did you mean "${guess}"?)`
        : known.length
          ? ` (expected one of: ${known.join(", ")})`
          : "";
      return issueAt(doc, lines, file, [...path, key], `unknown key "${key}"${hint}`);
    });
  }
  if (issue.code === "invalid_value" && issue.values.every((v) => typeof v === "string")) {
    // An enum value: name the choices, and the closest one to what was written.
    const written = doc.getIn(path);
    const choices = issue.values as string[];
    const guess = typeof written === "string" ? closest(written, choices) : undefined;
    const said = typeof written === "string" ? `"${written}" is not one of` : "expected one of";
    return [
      issueAt(
        doc,
        lines,
        file,
        path,
        `${said} ${choices.join(", ")}${guess ? ` (did you mean "${guess}"?)` : ""}`,
      ),
    ];
  }
  return [issueAt(doc, lines, file, path, issue.message)];
}

function issueAt(
  doc: Document,
  lines: LineCounter,
  file: string,
  path: (string | number)[],
  message: string,
): ConfigIssue {
  return { file, line: lineOf(doc, lines, path, true), path: path.join("."), message };
}

/** The line of the deepest entry on the path that exists in the document: its key's line where it has one. */
function lineOf(
  doc: Document,
  lines: LineCounter,
  path: (string | number)[],
  atKey: boolean,
): number | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const prefix = path.slice(0, depth);
    if (atKey && depth === path.length && depth > 0) {
      const parent = prefix.length > 1 ? doc.getIn(prefix.slice(0, -1), true) : doc.contents;
      if (isMap(parent)) {
        const pair = parent.items.find(
          (item) => (item.key as { value?: unknown })?.value === prefix[prefix.length - 1],
        );
        const range = (pair?.key as { range?: [number, number, number] } | undefined)?.range;
        if (range) return lines.linePos(range[0]).line;
      }
      continue;
    }
    const node = depth === 0 ? doc.contents : doc.getIn(prefix, true);
    const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
    if (range) return lines.linePos(range[0]).line;
  }
  return undefined;
}

/** Keys the schema accepts at a path, for "did you mean". */
function knownKeys(path: (string | number)[]): string[] {
  let schema: z.core.$ZodType | undefined = configSchema;
  for (const segment of path) {
    schema = unwrap(schema);
    if (schema instanceof z.ZodObject)
      schema = (schema.shape as Record<string, z.core.$ZodType>)[String(segment)];
    else if (schema instanceof z.ZodRecord) schema = schema.valueType as z.core.$ZodType;
    else return [];
  }
  schema = unwrap(schema);
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

function unwrap(schema: z.core.$ZodType | undefined): z.core.$ZodType | undefined {
  let current = schema;
  for (let i = 0; i < 10 && current; i++) {
    const inner = (current._zod.def as { innerType?: z.core.$ZodType; in?: z.core.$ZodType }).innerType;
    if (!inner) return current;
    current = inner;
  }
  return current;
}
