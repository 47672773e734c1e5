// Instance-metadata and container-credential endpoints hand the machine's cloud credentials to whoever asks
// from inside it, so a tool that fetches one hands them to the agent. They are recognised by host, read the
// way the client that would fetch them reads a host: under any scheme (curl also speaks gopher, dict and
// tftp, which server-side request forgery uses to reach the same host), under none (curl and wget take
// `169.254.169.254/latest/…` as http), and as a piece of a longer string (a command line, code, a query).

/** The endpoints' hosts, as the URL parser writes them (IPv6 compressed, in lower case, without brackets). */
const METADATA_HOSTS = new Set([
  "169.254.169.254", // AWS, Azure, GCP, Oracle, DigitalOcean, OpenStack
  "fd00:ec2::254", // AWS over IPv6
  "fe80::a9fe:a9fe", // OpenStack over IPv6 (link-local: clients name it with a zone, `%25eth0`)
  "metadata.google.internal",
  "metadata",
  "100.100.100.200", // Alibaba Cloud
  "169.254.170.2", // ECS task credentials
  "169.254.170.23", // EKS pod identity
  "fd00:ec2::23", // EKS pod identity over IPv6
  "instance-data", // EC2's own names for its endpoint, resolved inside the instance
  "instance-data.ec2.internal",
]);
/** The IPv4 metadata addresses, as a name written with them inside resolves (see embedsMetadataAddress). */
const METADATA_IPV4 = [...METADATA_HOSTS].filter((h) => /^[0-9.]+$/.test(h));
const METADATA_IPV4_HEX = new Set(
  METADATA_IPV4.map((ip) =>
    ip
      .split(".")
      .map((n) => Number(n).toString(16).padStart(2, "0"))
      .join(""),
  ),
);
/** An IPv4 address written with dashes, as wildcard DNS services read it inside a label (169-254-169-254). */
const DASHED_IPV4 = /(?<![0-9])([0-9]{1,3})-([0-9]{1,3})-([0-9]{1,3})-([0-9]{1,3})(?![0-9])/g;

/**
 * What every naming of a metadata host holds: a digit (the addresses, and any percent-encoding), one of the
 * names, or a character beyond ASCII (the parser maps fullwidth digits and letters, and "。", to ASCII).
 */
const MIGHT_NAME = /[0-9]|metadata|instance-data|[\u0080-\uffff]/i;
/** A host needs a dot, an IPv6 colon or bracket, or a port or path after a number. */
const HOST_MARK = /[.:[/\u3002\uff0e\uff61]/;
/**
 * Where a URL or host ends inside a command line or code: blanks, quotes, brackets other than IPv6's, and
 * the separators of arguments, options and queries; `$` too, as `169.254.170.2$RELATIVE_URI` expands after
 * the host.
 */
const PIECE_BREAK = /[\s'"`()<>{},;|&=$]+/;
/** The URL parser skips leading and trailing controls and spaces, and tabs and newlines anywhere. */
// eslint-disable-next-line no-control-regex -- the URL parser skips C0 controls, so they are dropped here
const PARSER_SKIPS = /^[\u0000-\u0020]+|[\u0000-\u0020]+$|[\t\n\r]/g;
// eslint-disable-next-line no-control-regex -- as PARSER_SKIPS
const LEADING_SKIPS = /^[\u0000-\u0020]+/;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
/** The schemes whose URLs the parser reads a host from without `//` (`http:169.254.169.254/`). */
const SPECIAL_SCHEMES = new Set(["http", "https", "ws", "wss", "ftp"]);
/** Those and the other schemes curl fetches, whose host is looked up like any other. */
const FETCHED_SCHEMES = new Set([
  ...SPECIAL_SCHEMES,
  ...["ftps", "gopher", "gophers", "dict", "tftp", "ldap", "ldaps", "telnet", "smb", "smbs"],
  ...["imap", "imaps", "pop3", "pop3s", "smtp", "smtps", "mqtt", "rtsp", "rtmp", "scp", "sftp"],
]);
/** An IPv6 literal's zone (`[fe80::a9fe:a9fe%25eth0]`), which curl and Python accept and the parser does not. */
const ZONE = /(\[[0-9a-f:.]*)%[^\]]*\]/i;

/**
 * True when `value`, or a piece of it, names a metadata endpoint: as a URL of any scheme, or as a host
 * without one (`169.254.169.254/latest/…`, `metadata.google.internal:80`), read as the parser reads it (an
 * address in hex, octal or as one number, a trailing dot, an IPv4-mapped IPv6 address, any spelling of an
 * IPv6 one, a port or userinfo, leading spaces and controls, inner tabs and newlines). A single word
 * (`metadata`, `instance-data`) or a number is taken for a host only after a scheme: alone it is an ordinary
 * word, a relative path or an id far more often.
 */
export function namesMetadataEndpoint(value: string): boolean {
  return namesMetadataHost(value) || metadataInPieces(value);
}

/** namesMetadataEndpoint for `value` read whole, not in pieces. */
export function namesMetadataHost(value: string): boolean {
  return MIGHT_NAME.test(value) && readsAsMetadata(value);
}

/**
 * namesMetadataEndpoint for the pieces of `value` alone (none when it has no break). A caller that reads the
 * value whole and then each of its words (whose own pieces hold these) reads them here only otherwise.
 */
export function metadataInPieces(value: string): boolean {
  if (!MIGHT_NAME.test(value) || !PIECE_BREAK.test(value)) return false;
  return value
    .split(PIECE_BREAK)
    .some((piece) => piece !== value && MIGHT_NAME.test(piece) && readsAsMetadata(piece));
}

function readsAsMetadata(text: string): boolean {
  if (!HOST_MARK.test(text)) return false;
  // A host holds no space: past the first one inside the text (a path's, or the end of a URL in prose) the
  // parser finds no other host, so only what comes before it is read (not all of a long text, every time).
  const start = text.replace(LEADING_SKIPS, "");
  const space = start.indexOf(" ");
  const head = space < 0 ? start : start.slice(0, space);
  const host = hostOf(head.replace(PARSER_SKIPS, "").replace(ZONE, "$1]"));
  if (host === undefined) return false;
  const bare = host.replace(/\.+$/, "");
  const address = bare.startsWith("[") ? ipv4Mapped(bare.slice(1, -1)) : bare;
  return METADATA_HOSTS.has(address) || embedsMetadataAddress(address);
}

/**
 * The host a client connects to for `text`, read as http whatever its scheme (the authority is the same,
 * and read as http the parser also normalises an address under a scheme it does not know, as curl does);
 * undefined when it names none. A one-word name (`metadata`) is taken for a host only under a scheme a
 * client fetches: elsewhere (`metadata/schema.json`, `notes://metadata/recent`) it is far more often an
 * ordinary word, a relative path or an application's own name; a number alone, an id.
 */
function hostOf(text: string): string | undefined {
  const scheme = SCHEME.exec(text)?.[1]?.toLowerCase();
  if (scheme === undefined) {
    const plain = plainHost(text);
    if (plain !== undefined) return plain ?? undefined;
  }
  const rest = scheme === undefined ? "" : text.slice(scheme.length + 1);
  const schemed = scheme !== undefined && (rest.startsWith("//") || SPECIAL_SCHEMES.has(scheme));
  if (!schemed && /^[0-9]+$/.test(text)) return undefined;
  const url = schemed ? `http:${rest}` : `http://${text}`;
  if (!URL.canParse(url)) return undefined;
  const host = new URL(url).hostname;
  const fetched = scheme !== undefined && schemed && FETCHED_SCHEMES.has(scheme);
  return fetched || !/^[a-z][a-z0-9-]*\.*$/.test(host) ? host : undefined;
}

/** Where a schemeless URL's authority ends (a backslash is a slash to the parser). */
const AUTHORITY_END = /[/?#\\]/;
/** An IPv4 host of one to four decimal parts, none with a leading zero (which would make it octal). */
const DECIMAL_IPV4 = /^(?:0|[1-9][0-9]{0,9})(?:\.(?:0|[1-9][0-9]{0,9})){0,3}$/;

/**
 * hostOf for a schemeless text, without the URL parser, for the shapes most pieces of prose and code have: a
 * word before a path (`docs/v2`), a version, a date or an address in decimal (`2.4.1`, `2024/05/03`,
 * `10.0.0.1:8080`), each read as the parser reads it (a dotted address of fewer than four parts fills the
 * rest from its last). null where hostOf finds no host (a one-word name without a scheme, an address the
 * parser refuses); undefined for any other shape, which the parser reads.
 */
function plainHost(text: string): string | null | undefined {
  const end = text.search(AUTHORITY_END);
  const authority = end < 0 ? text : text.slice(0, end);
  const colon = authority.indexOf(":");
  if (colon >= 0 && !/^[0-9]*$/.test(authority.slice(colon + 1))) return undefined;
  const host = colon < 0 ? authority : authority.slice(0, colon);
  if (/^[A-Za-z][A-Za-z0-9-]*$/.test(host)) return null;
  if (!DECIMAL_IPV4.test(host)) return undefined;
  const parts = host.split(".").map(Number);
  const last = parts.pop() as number;
  if (parts.some((part) => part > 255) || last >= 256 ** (4 - parts.length)) return null;
  const value = parts.reduce((sum, part, i) => sum + part * 256 ** (3 - i), 0) + last;
  return [value >>> 24, (value >>> 16) & 255, (value >>> 8) & 255, value & 255].join(".");
}

/**
 * Whether a name holds a metadata address the way wildcard DNS services (nip.io, sslip.io, xip.io and their
 * like) read one and answer with it: four labels of the address (169.254.169.254.nip.io), the address
 * dashed inside a label (app-169-254-169-254.nip.io), in hex as a label's end (a9fea9fe.nip.io), or an IPv6
 * address dashed as a whole label (fd00-ec2--254.sslip.io). Whatever the domain: a name that carries the
 * address has no other business being fetched by a tool.
 */
function embedsMetadataAddress(host: string): boolean {
  // Each way of carrying an address writes one of these: 169 or 100 in decimal, a9fe or 6464 in hex, or an
  // IPv6 address's first group. Most hosts (version numbers, dates, other addresses) hold none.
  if (!EMBEDDED_MARK.test(host)) return false;
  const labels = host.split(".");
  for (let i = 0; i + 4 <= labels.length; i++)
    if (METADATA_HOSTS.has(labels.slice(i, i + 4).join("."))) return true;
  for (const label of labels) {
    for (const m of label.matchAll(DASHED_IPV4))
      if (METADATA_HOSTS.has(`${m[1]}.${m[2]}.${m[3]}.${m[4]}`)) return true;
    const hex = /(?:^|-)([0-9a-f]{8})$/.exec(label)?.[1];
    if (hex !== undefined && METADATA_IPV4_HEX.has(hex)) return true;
    if (label.includes("--") && METADATA_HOSTS.has(dashedIpv6(label))) return true;
  }
  return false;
}

/** What a name carrying a metadata address holds (see embedsMetadataAddress), derived from METADATA_HOSTS. */
const EMBEDDED_MARK = new RegExp(
  [
    ...new Set([
      ...METADATA_IPV4.map((ip) => ip.split(".")[0] as string),
      ...[...METADATA_IPV4_HEX].map((hex) => hex.slice(0, 4)),
      ...[...METADATA_HOSTS].filter((h) => h.includes(":")).map((h) => h.split(":")[0] as string),
    ]),
  ].join("|"),
);

/** A label such as fd00-ec2--254 read as the IPv6 address it spells, in URL's form; "" when it is none. */
function dashedIpv6(label: string): string {
  const literal = `http://[${label.replaceAll("-", ":")}]/`;
  return URL.canParse(literal) ? new URL(literal).hostname.slice(1, -1) : "";
}

/** ::ffff:a9fe:a9fe (how URL writes ::ffff:169.254.169.254) as 169.254.169.254; other addresses unchanged. */
function ipv4Mapped(ipv6: string): string {
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(ipv6);
  if (!mapped?.[1] || !mapped[2]) return ipv6;
  const high = parseInt(mapped[1], 16);
  const low = parseInt(mapped[2], 16);
  return [high >> 8, high & 255, low >> 8, low & 255].join(".");
}
