// The client's roots, as the server reads them: a server resolves relative paths against them (server-filesystem
// makes them its allowed directories), so the guard resolves tool arguments there too.
import { normalizeUri } from "./normalize.js";
import { pathsOpenedFor } from "./opened-file-paths.js";

export interface ClientRoots {
  /** The file roots as canonical paths, and as the server decodes them where that differs (opened-file-paths.ts). */
  paths: string[];
  /** The answer's roots without those the guard cannot read, when there were any; undefined otherwise. */
  readable: unknown[] | undefined;
}

/**
 * The roots of a roots/list answer. A root is read as canonical URIs are (normalizeUri), and one that reading
 * refuses is read again as the server's URL parser reads it: WHATWG's, which Node's fileURLToPath and the MCP
 * SDK use, resolves `..` (`file:///a/x/../home` is /a/home). A root neither reading accepts is taken out of
 * the answer: the server would otherwise work in a place the guard does not know.
 */
export function clientRoots(roots: readonly unknown[]): ClientRoots {
  const paths: string[] = [];
  const readable: unknown[] = [];
  for (const root of roots) {
    const written = (root as { uri?: unknown } | null)?.uri;
    const uri = canonicalRoot(written);
    if (uri === undefined || typeof written !== "string") continue;
    readable.push(root);
    // Also where the server's URL parser puts it, decoded once: `x%2541` is its folder `x%41`, not `xA`.
    if (uri.startsWith("file:///")) paths.push(...pathsOpenedFor(written, uri));
  }
  return { paths, readable: readable.length < roots.length ? readable : undefined };
}

/** A root's URI as the server's URL parser reads it, normalised; undefined when the guard cannot read it. */
export function canonicalRoot(uri: unknown): string | undefined {
  const direct = normalizeUri(uri);
  if (direct.ok) return direct.value;
  if (typeof uri !== "string" || !URL.canParse(uri)) return undefined;
  const parsed = normalizeUri(new URL(uri).href);
  return parsed.ok ? parsed.value : undefined;
}
