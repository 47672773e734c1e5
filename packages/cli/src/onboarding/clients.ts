// Where MCP clients keep their server lists, and the shapes of their entries.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { readRegularFile } from "@mcp-guard/wire/regular-file";
import { parseJsonc } from "./jsonc.js";

export type ClientName = "claude-desktop" | "claude-code" | "cursor" | "vscode" | "windsurf" | "gemini";

export interface ClientFile {
  client: ClientName;
  scope: "user" | "project";
  path: string;
  /** Where the server map sits inside the file. */
  keyPath: string[];
}

export interface Where {
  home: string;
  cwd: string;
  platform: NodeJS.Platform;
  appData?: string | undefined;
}

function appSupport(w: Where, ...rest: string[]): string {
  if (w.platform === "darwin") return join(w.home, "Library", "Application Support", ...rest);
  if (w.platform === "win32") return join(w.appData ?? join(w.home, "AppData", "Roaming"), ...rest);
  return join(w.home, ".config", ...rest);
}

export function clientFiles(w: Where): ClientFile[] {
  return [
    {
      client: "claude-desktop",
      scope: "user",
      path: appSupport(w, "Claude", "claude_desktop_config.json"),
      keyPath: ["mcpServers"],
    },
    { client: "claude-code", scope: "user", path: join(w.home, ".claude.json"), keyPath: ["mcpServers"] },
    {
      client: "claude-code",
      scope: "project",
      path: join(w.home, ".claude.json"),
      keyPath: ["projects", w.cwd, "mcpServers"],
    },
    { client: "claude-code", scope: "project", path: join(w.cwd, ".mcp.json"), keyPath: ["mcpServers"] },
    { client: "cursor", scope: "user", path: join(w.home, ".cursor", "mcp.json"), keyPath: ["mcpServers"] },
    { client: "cursor", scope: "project", path: join(w.cwd, ".cursor", "mcp.json"), keyPath: ["mcpServers"] },
    {
      client: "vscode",
      scope: "user",
      path: appSupport(w, "Code", "User", "mcp.json"),
      keyPath: ["servers"],
    },
    { client: "vscode", scope: "project", path: join(w.cwd, ".vscode", "mcp.json"), keyPath: ["servers"] },
    {
      client: "windsurf",
      scope: "user",
      path: join(w.home, ".codeium", "windsurf", "mcp_config.json"),
      keyPath: ["mcpServers"],
    },
    {
      client: "gemini",
      scope: "user",
      path: join(w.home, ".gemini", "settings.json"),
      keyPath: ["mcpServers"],
    },
    {
      client: "gemini",
      scope: "project",
      path: join(w.cwd, ".gemini", "settings.json"),
      keyPath: ["mcpServers"],
    },
  ];
}

/**
 * Claude Code's ~/.claude.json keeps every project's history beside the server lists and grows to tens of
 * MiB; no client file comes near this.
 */
const MAX_CLIENT_FILE_BYTES = 128 * 1024 * 1024;

/**
 * The text of a client's file, read only if it is a regular file: a project's .mcp.json can be a symlink to
 * /dev/zero (git stores links) or a named pipe, which readFileSync would read until memory ran out or wait
 * on for ever (regular-file.ts).
 */
export function readClientFile(path: string): string {
  return readRegularFile(path, MAX_CLIENT_FILE_BYTES);
}

export type Entry = Record<string, unknown>;

export interface Found {
  file: ClientFile;
  name: string;
  entry: Entry;
}

export interface ReadResult {
  found: Found[];
  searched: string[];
  unreadable: { path: string; error: string }[];
}

export function readClients(w: Where): ReadResult {
  const result: ReadResult = { found: [], searched: [], unreadable: [] };
  for (const file of clientFiles(w)) {
    result.searched.push(file.path);
    if (!existsSync(file.path)) continue;
    let doc: unknown;
    try {
      doc = parseJsonc(readClientFile(file.path));
    } catch (err) {
      result.unreadable.push({ path: file.path, error: (err as Error).message });
      continue;
    }
    const servers = at(doc, file.keyPath);
    if (typeof servers !== "object" || servers === null) continue;
    for (const [name, entry] of Object.entries(servers)) {
      if (typeof entry === "object" && entry !== null)
        result.found.push({ file, name, entry: entry as Entry });
    }
  }
  return result;
}

export function at(doc: unknown, keyPath: readonly string[]): unknown {
  let v = doc;
  for (const key of keyPath)
    v = typeof v === "object" && v !== null ? (v as Record<string, unknown>)[key] : undefined;
  return v;
}

/** The URL of a remote entry, whichever key the client uses. */
export function remoteUrl(entry: Entry): string | undefined {
  for (const key of ["url", "serverUrl", "httpUrl"])
    if (typeof entry[key] === "string") return entry[key] as string;
  return undefined;
}

/**
 * Keys with which a client narrows what it runs from an entry: Gemini CLI's `excludeTools`/`includeTools`
 * filter the tools it offers the model, Windsurf's `disabledTools` too, and `"disabled": true` (Windsurf,
 * Cursor, Cline) keeps the server from starting. The client applies them to whatever the entry launches, so
 * the entry init rewrites keeps them: dropping one would offer the excluded tool or start the disabled server.
 */
const CLIENT_LIMITS = ["disabled", "disabledTools", "excludeTools", "includeTools"];

/** The entry's client-side limits, to keep in the entry that launches the bridge instead. */
export function clientLimits(entry: Entry): Entry {
  return Object.fromEntries(CLIENT_LIMITS.filter((k) => Object.hasOwn(entry, k)).map((k) => [k, entry[k]]));
}

export function remoteTransport(entry: Entry): "sse" | "streamable-http" {
  const type = String(entry.type ?? entry.transport ?? "");
  return type === "sse" || (!type && String(remoteUrl(entry)).endsWith("/sse")) ? "sse" : "streamable-http";
}
