// What names and URIs are compared as. Both are normalised before matching, and inputs that cannot be
// normalised safely are refused outright rather than matched approximately.
import { INVISIBLE } from "../integrity/hidden.js";
import { mixesLookalikeScripts } from "../integrity/lookalike-scripts.js";
import { canonicalPath, filePathOfUri } from "./file-path.js";

export type Normalized =
  | { ok: true; value: string }
  | {
      ok: false;
      reason: "malformed_name" | "malformed_uri" | "path_traversal" | "uri_too_long";
      detail: string;
    };

type Refusal = Extract<Normalized, { ok: false }>;
const refuse = (reason: Refusal["reason"], detail: string): Refusal => ({ ok: false, reason, detail });

/** Longest resource URI accepted; a longer one is refused, never matched partially. */
export const MAX_URI_LENGTH = 16_384;
const MAX_NAME_LENGTH = 1024;

/**
 * Tool and prompt names: NFKC (so full-width and compatibility forms compare as their plain letters), and
 * refused when they hide characters or mix look-alike scripts (a Cyrillic "а" inside a Latin name).
 */
export function normalizeName(name: unknown): Normalized {
  if (typeof name !== "string" || name.length === 0)
    return refuse("malformed_name", "the name is missing or not a string");
  if (name.length > MAX_NAME_LENGTH)
    return refuse("malformed_name", `the name is longer than ${MAX_NAME_LENGTH} characters`);
  if (INVISIBLE.test(name))
    return refuse("malformed_name", "the name contains invisible or control characters");
  const value = name.normalize("NFKC");
  if (mixesLookalikeScripts(value)) return refuse("malformed_name", "the name mixes look-alike scripts");
  return { ok: true, value };
}

/**
 * A name as rules are keyed and looked up by: normalizeName's form, or the name as written when it has none
 * (a call under such a name is refused by the permissions check before any rule is looked up).
 */
export function comparedName(name: string): string {
  const normalized = normalizeName(name);
  return normalized.ok ? normalized.value : name;
}

/**
 * Resource URIs: percent-decoding repeated until stable (so %252e%252e is seen as ..), backslashes read as
 * slashes, scheme and host lower-cased. Any ".." segment is refused as traversal whatever its encoding (and
 * with path parameters, `..;x`, which servlet containers drop before climbing), and "." segments and empty
 * segments are removed. `climbs: "resolve"` reads a ".." of a URI that is not a file: URI as its parser
 * does instead (`/a/../b` is `/b`): for a check that only refuses what a URI names, never for a permission.
 */
export function normalizeUri(uri: unknown, climbs: Climbs = "refuse"): Normalized {
  if (typeof uri !== "string" || uri.length === 0)
    return refuse("malformed_uri", "the URI is missing or not a string");
  if (uri.length > MAX_URI_LENGTH)
    return refuse("uri_too_long", `the URI is longer than ${MAX_URI_LENGTH} characters`);
  // A URL parser (WHATWG: Node's URL, fetch, fileURLToPath, the MCP SDK) strips blanks from both ends before
  // reading, so "file:///etc/shadow " is /etc/shadow to the server. Leading ones leave no scheme (refused);
  // trailing ones are dropped here, before decoding (an encoded %20 is part of the name).
  const text = uri.replace(/ +$/, "");
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(text);
  if (!scheme) return refuse("malformed_uri", "the URI has no scheme");
  let rest = text.slice(scheme[0].length);
  for (let round = 0; round < 4 && rest.includes("%"); round++) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(rest);
    } catch {
      return refuse("malformed_uri", "the URI has an invalid percent-encoding (overlong or broken UTF-8)");
    }
    if (decoded === rest) break;
    rest = decoded;
  }
  if (INVISIBLE.test(rest)) {
    return refuse("malformed_uri", "the URI contains control or invisible characters");
  }
  rest = rest.replace(/\\/g, "/");
  const schemeName = scheme[1]?.toLowerCase();
  if (schemeName === undefined) throw new Error("normalizeUri: the scheme pattern captured no name");
  if (schemeName === "file") return normalizeFileUri(rest);
  if (WEB_SCHEMES.has(schemeName)) return normalizeWebUri(schemeName, rest, climbs);
  return withSegments(schemeName, rest, climbs);
}

/** What normalizeUri does with a ".." segment of a URI that is not a file: URI. */
type Climbs = "refuse" | "resolve";

/** Schemes whose URLs a server's parser reads the WHATWG way (Node's fetch, the MCP SDK). */
const WEB_SCHEMES = new Set(["http", "https", "ws", "wss", "ftp"]);

/**
 * A web URL with its authority as the server's URL parser reads it: any number of slashes after the
 * scheme, userinfo dropped, the host as the parser writes it (an IPv4 address in hex, octal or as one
 * number becomes dotted decimal), a trailing dot and the scheme's default port dropped. A URL the parser
 * refuses is refused.
 */
function normalizeWebUri(scheme: string, rest: string, climbs: Climbs): Normalized {
  const slashless = rest.replace(/^\/*/, "");
  const end = slashless.search(/[/?#]/);
  const rawAuthority = end < 0 ? slashless : slashless.slice(0, end);
  const path = end < 0 ? "" : slashless.slice(end);
  if (!URL.canParse(`${scheme}://${rawAuthority}/`))
    return refuse("malformed_uri", "the URL's host cannot be parsed");
  const url = new URL(`${scheme}://${rawAuthority}/`);
  const host = url.hostname.replace(/\.$/, "");
  const authority = url.port ? `${host}:${url.port}` : host;
  const rooted = path.startsWith("/") || path === "" ? path : `/${path}`;
  return withSegments(scheme, `//${authority}${rooted}`, climbs);
}

/** Lower-cased scheme and authority, "." and empty segments removed, ".." refused or resolved. */
function withSegments(schemeName: string, rest: string, climbs: Climbs): Normalized {
  let authority = "";
  let path = rest;
  if (rest.startsWith("//")) {
    const end = rest.indexOf("/", 2);
    authority = (end < 0 ? rest.slice(2) : rest.slice(2, end)).toLowerCase();
    path = end < 0 ? "" : rest.slice(end);
  }
  const suffixAt = path.search(/[?#]/);
  const suffix = suffixAt < 0 ? "" : path.slice(suffixAt);
  path = suffixAt < 0 ? path : path.slice(0, suffixAt);
  const segments = path.split("/");
  if (climbs === "refuse" && segments.some((s) => s.replace(/;.*$/s, "") === ".."))
    return refuse("path_traversal", "the URI climbs out of its directory with ..");
  const kept: string[] = [];
  const root = path.startsWith("/") ? 1 : 0; // the empty segment before a leading "/" is never climbed out of
  segments.forEach((s, i) => {
    if (s === "..") kept.splice(Math.max(kept.length - 1, root));
    else if (s !== "." && (s !== "" || i === 0 || i === segments.length - 1)) kept.push(s);
  });
  const head = rest.startsWith("//") ? `//${authority}` : "";
  return { ok: true, value: `${schemeName}:${head}${kept.join("/")}${suffix}` };
}

/**
 * Every spelling of a local file becomes file:///<canonical path> (see file-path.ts). A ".." anywhere, the
 * query and fragment included, is refused: a server that reads the URI naively would climb with it.
 */
function normalizeFileUri(rest: string): Normalized {
  if (rest.split(/[/?#]/).some((s) => s === ".."))
    return refuse("path_traversal", "the URI climbs out of its directory with ..");
  const path = filePathOfUri(rest);
  if (!path.ok) return refuse("malformed_uri", path.detail);
  return { ok: true, value: `file://${path.path}` };
}

/**
 * A path from a tool's arguments, as the same canonical file: URI a resource rule matches. A relative
 * path is resolved against `base` (the directory the server resolves it against), and ".." is resolved
 * the way the server's path.resolve does; without a base a relative path cannot be placed and is refused.
 */
export function normalizePath(path: string, base?: string): Normalized {
  if (path.length > MAX_URI_LENGTH)
    return refuse("uri_too_long", `the path is longer than ${MAX_URI_LENGTH} characters`);
  if (INVISIBLE.test(path))
    return refuse("malformed_uri", "the path contains control or invisible characters");
  const slashed = path.replace(/\\/g, "/");
  const absolute = slashed.startsWith("/") ? slashed : base ? `${base}/${slashed}` : undefined;
  if (!absolute) return refuse("malformed_uri", "a relative path with no known directory to resolve it in");
  // The kernel reads ".." after a /proc or /dev link from the link's target, path.resolve from its name:
  // the two disagree, so such a path has no single meaning.
  if (/\/(?:proc|dev)\//.test(absolute) && absolute.split("/").includes(".."))
    return refuse("path_traversal", "the path climbs out of a /proc or /dev link with ..");
  const canonical = canonicalPath(resolveDots(absolute));
  if (!canonical.ok) return refuse("malformed_uri", canonical.detail);
  return { ok: true, value: `file://${canonical.path}` };
}

function resolveDots(absolute: string): string {
  const kept: string[] = [];
  for (const segment of absolute.split("/")) {
    if (segment === "..") kept.pop();
    else if (segment !== "" && segment !== ".") kept.push(segment);
  }
  return `/${kept.join("/")}`;
}
