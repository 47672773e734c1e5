// Other spellings of the authority of a URI whose scheme is neither the web's (web-spellings.ts) nor file:.
// A database server's resources are listed as `postgres://<user>@<host>/<table>/…` (the database URL without
// its password), and the reference servers take the table from the path alone: a read written with another
// user, none, the default port, the scheme's other name or the host's final dot reaches the same table. So a
// deny rule names its resource under all of those. And since such a server reads no host at all, a read with
// any authority (another host, another port, none: `postgres:///t`) is also read as each host a deny rule of
// its scheme names. Deny only: an allow list keeps matching the authority as written.
//
// Nor do those servers read the whole path: server-postgres takes the last two segments of
// `new URL(uri).pathname` as <table>/schema, and mcp-server-mysql the last two pieces of `uri.split("/")` as
// <database>/<table>. So a read of a database scheme is also read by its path's tail (the last segments, the one
// before them as the host: `postgres://h/x/payroll/schema` is `postgres://x/payroll/schema`, whose table is
// payroll), and a read written without `//` (`postgres:payroll/schema`, `postgres:/payroll/schema`, whose
// pathname is the same table) as one with an empty authority (round 52).
import type { Pattern } from "./patterns.js";

/** Schemes a client library reads as another's. */
const ALIASES: Readonly<Record<string, string>> = {
  postgresql: "postgres",
  mariadb: "mysql",
  sqlserver: "mssql",
};
/** A scheme's default port, which a read may write or leave out. */
const DEFAULT_PORTS: Readonly<Record<string, string>> = {
  postgres: "5432",
  mysql: "3306",
  mssql: "1433",
  oracle: "1521",
  redis: "6379",
  mongodb: "27017",
  cassandra: "9042",
  neo4j: "7687",
  bolt: "7687",
  couchdb: "5984",
  memcached: "11211",
  amqp: "5672",
  amqps: "5671",
  nats: "4222",
  kafka: "9092",
  ldap: "389",
  ldaps: "636",
  imap: "143",
  imaps: "993",
  ssh: "22",
  sftp: "22",
  smb: "445",
};
/**
 * How many trailing path segments a database scheme's read is also read by (tailReadings): a server reads two,
 * a rule names a few more at most, and the readings stay bounded however long the path.
 */
const TAIL_SEGMENTS = 8;
/** Handled elsewhere: web URLs by web-spellings.ts, file: URIs by file-spellings.ts. */
const OTHER_READERS = new Set(["http", "https", "ws", "wss", "ftp", "file"]);
const AUTHORITY_URI = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)(.*)$/is;

/** Scheme and authority as one server reads them: alias resolved, userinfo, default port and final dot gone. */
function canonical(uri: string): { scheme: string; host: string; rest: string } | undefined {
  const parts = AUTHORITY_URI.exec(uri);
  const written = parts?.[1]?.toLowerCase();
  if (!parts || written === undefined || OTHER_READERS.has(written)) return undefined;
  const scheme = ALIASES[written] ?? written;
  const authority = (parts[2] ?? "").slice((parts[2] ?? "").lastIndexOf("@") + 1);
  const port = /:[^:\]]*$/.exec(authority)?.[0] ?? "";
  const name = authority.slice(0, authority.length - port.length).replace(/\.$/, "");
  const kept = port === `:${DEFAULT_PORTS[scheme] ?? ""}` || port === ":" ? "" : port;
  return { scheme, host: `${name}${kept}`, rest: parts[3] ?? "" };
}

/** A deny rule's source and, for a URI with an authority, the same rule with its authority read canonically. */
export function authorityTwins(source: string): string[] {
  const read = canonical(source);
  if (!read) return [source];
  const twin = `${read.scheme}://${read.host}${read.rest}`;
  return twin === source ? [source] : [source, twin];
}

/**
 * The readings of a canonical URI with an authority a deny rule is also matched against (no query, fragment or
 * trailing slash); undefined for any other URI. Whatever its host, a read stands for each host a deny rule of
 * its scheme names: the server may not read the host.
 */
export function authorityReadings(value: string, deny: readonly Pattern[]): string[] | undefined {
  const bare = value.replace(/[?#].*$/s, "").replace(/(?<=[^/])\/+$/, "");
  const read = canonical(withAuthority(bare));
  if (!read) return undefined;
  const hosts = new Set([read.host]);
  for (const pattern of deny) {
    const named = pattern.kind === "regex" ? undefined : canonical(pattern.source);
    if (named?.scheme === read.scheme && named.host !== "") hosts.add(named.host);
  }
  const readings = [bare, ...[...hosts].map((host) => `${read.scheme}://${host}${read.rest}`)];
  if (!Object.hasOwn(DEFAULT_PORTS, read.scheme)) return readings;
  return [...readings, ...tailReadings(read, hosts)];
}

/**
 * A database scheme's URI written without an authority (`postgres:payroll/schema`, `postgres:/payroll/schema`)
 * as one with an empty authority, as its server's URL parser gives the same pathname; any other URI as it is.
 */
function withAuthority(uri: string): string {
  const opaque = /^([a-z][a-z0-9+.-]*):(?!\/\/)\/?/i.exec(uri);
  const written = opaque?.[1]?.toLowerCase();
  if (!opaque || written === undefined) return uri;
  const scheme = ALIASES[written] ?? written;
  return Object.hasOwn(DEFAULT_PORTS, scheme) ? `${scheme}:///${uri.slice(opaque[0].length)}` : uri;
}

/**
 * A database scheme's read by its path's tail (see above): for each of its last TAIL_SEGMENTS segments on, the
 * path from there, under the segment before it as the host and under each host `hosts` holds (the read's own
 * and those the deny rules of its scheme name: the server reads no host).
 */
function tailReadings(
  read: { scheme: string; host: string; rest: string },
  hosts: ReadonlySet<string>,
): string[] {
  const segments = [read.host, ...read.rest.split("/").slice(1)];
  const readings: string[] = [];
  for (let from = Math.max(2, segments.length - TAIL_SEGMENTS); from < segments.length; from++) {
    const path = `/${segments.slice(from).join("/")}`;
    for (const host of new Set([segments[from - 1] ?? "", ...hosts]))
      readings.push(`${read.scheme}://${host}${path}`);
  }
  return readings;
}

/**
 * The read a database server makes of a canonical URI, for an allow list: the URI with its path cut to the
 * last two segments (server-postgres' <table>/schema, mcp-server-mysql's <database>/<table>) under the
 * authority as written; undefined for another scheme or a path of two segments or fewer (read as written).
 * An allowed `postgres://h/orders/**` must not allow `postgres://h/orders/payroll/schema`, read as payroll.
 */
export function databaseTailRead(value: string): string | undefined {
  const bare = value.replace(/[?#].*$/s, "").replace(/(?<=[^/])\/+$/, "");
  const parts = AUTHORITY_URI.exec(withAuthority(bare));
  const read = canonical(withAuthority(bare));
  if (!parts || !read || !Object.hasOwn(DEFAULT_PORTS, read.scheme)) return undefined;
  const segments = (parts[3] ?? "").split("/").slice(1);
  if (segments.length <= 2) return undefined;
  return `${parts[1] ?? ""}://${parts[2] ?? ""}/${segments.slice(-2).join("/")}`;
}
