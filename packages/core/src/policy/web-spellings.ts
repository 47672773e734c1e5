// Other spellings of a web URL that reach the page a deny rule names. normalize.ts writes a URL as a WHATWG
// parser (fetch, the MCP SDK) reads it; these are what the site behind it makes of that. Deny only: an allow
// list keeps matching the URL as written. The resource permissions (policy.ts) and the sensitive-resource
// check (integrity/sensitive.ts) both read URLs through this file, so a spelling closed here is closed in both.
// - Servlet containers (Tomcat, Jetty) drop each segment's ";parameters" (RFC 3986 3.3) before routing and
//   before resolving dot segments: `/admin;x/users` is `/admin/users`, `/public/..;/admin` is `/admin`.
// - A site served from a Windows disk (IIS) opens a segment without its trailing dots and blanks and without a
//   `:stream` suffix (`admin.`, `admin%20`, `admin::$INDEX_ALLOCATION` are the folder `admin`), as file: URIs
//   are read (file-spellings.ts).
// - A site answers http with a redirect to the same path over https, which fetch clients follow, and `wss` is
//   the same host's TLS WebSocket: a rule for one of http, https, ws and wss names the others (webSchemeTwins).
// - A single-label host (`intranet`) is completed by the resolver's search domain, so it may be any name a
//   deny rule gives that label (`intranet.example.com`). A name with a dot is left alone: `example.co` must not
//   be read as a rule's `example.co.uk`.
import { windowsName } from "./file-spellings.js";
import type { Pattern } from "./patterns.js";

/** Schemes one site answers under the same host and path. */
const SITE_SCHEMES = ["http", "https", "ws", "wss"];
const SITE_URL = /^(https?|wss?):\/\//i;
/** A normalised web URL: scheme, authority, path (its query and fragment cut off before). */
const WEB_URL = /^((?:https?|wss?|ftp):\/\/)([^/?#]*)(.*)$/s;
/** A port a site's other scheme leaves out (a rule written with none may be reached through it). */
const DEFAULT_PORT = /:(?:80|443)$/;

/** A deny rule's source and the same rule under the other schemes of its site (none for other sources). */
export function webSchemeTwins(source: string): string[] {
  const scheme = SITE_URL.exec(source);
  if (!scheme) return [source];
  const rest = source.slice(scheme[0].length);
  return SITE_SCHEMES.map((name) => `${name}://${rest}`);
}

/**
 * The readings of a canonical web URL (case-folded as deny patterns are matched) a deny rule is also matched
 * against, with no query, fragment or trailing slash; undefined when the value is no web URL. `deny` gives the
 * host names a single-label host may stand for.
 */
export function webReadings(value: string, deny: readonly Pattern[]): string[] | undefined {
  const parts = WEB_URL.exec(value.replace(/[?#].*$/s, ""));
  if (!parts) return undefined;
  const [, scheme = "", written = "", path = ""] = parts;
  const authority = written.replace(DEFAULT_PORT, "");
  const paths = new Set([path.replace(/(?<=[^/])\/+$/, ""), servedPath(path)]);
  const readings: string[] = [];
  for (const host of [authority, ...searchDomainNames(authority, deny)])
    for (const served of paths) readings.push(`${scheme}${host}${served}`);
  return readings;
}

/**
 * A segment of dots and blanks with two dots or more (`.. `, `...`): whether Windows reads it as `..` once the
 * trailing blanks and dots go is left to the deny side, which reads it as a climb (no folder is named so).
 */
const CLIMB_LIKE = /^\.[. ]*\.[. ]*$/;

/** A path as a servlet container or a Windows disk opens it: parameters, dots, blanks, streams and climbs gone. */
function servedPath(path: string): string {
  const kept: string[] = [];
  for (const segment of path.split("/")) {
    const bare = segment.replace(/;.*$/s, "");
    const name = CLIMB_LIKE.test(bare) ? ".." : windowsName(bare);
    if (name === "..") kept.pop();
    else if (name !== "" && name !== ".") kept.push(name);
  }
  return `/${kept.join("/")}`;
}

/**
 * The fully qualified names a single-label host may resolve to that a deny rule names: its label followed by
 * what follows the first label of each rule's host (`intranet` and `intranet.example.com` or
 * `*.example.com` give `intranet.example.com`). Regular expressions name no host this can read.
 */
function searchDomainNames(authority: string, deny: readonly Pattern[]): string[] {
  const port = /:\d*$/.exec(authority)?.[0] ?? "";
  const label = authority.slice(0, authority.length - port.length);
  if (label === "" || label.includes(".") || label.startsWith("[")) return [];
  const names = new Set<string>();
  for (const pattern of deny) {
    if (pattern.kind === "regex") continue;
    const host = WEB_URL.exec(pattern.source)?.[2]?.replace(/:\d*$/, "");
    const dot = host?.indexOf(".") ?? -1;
    if (host !== undefined && dot > 0) names.add(`${label}${host.slice(dot)}${port}`);
  }
  return [...names];
}
