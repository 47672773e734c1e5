// Passwords in the files and tool outputs that store them by a shape of their own rather than by a
// `name = value` the secret rules read, beside the pgpass lines and XML elements of decode-named-fields.ts,
// which gives each value found here to the rules as `"password": "<value>"` (so a stand-in, a word such as
// "true" or a sentence is still none). Each reader needs its file's own structure, not only a word of it:
//  - a directive line that exists only to carry a password: nslcd's and pam_ldap's `bindpw`, slapd's and a
//    kickstart's `rootpw` (its options before the value), SSSD's `ldap_default_authtok =`, and a Wi-Fi
//    network's `psk`/`wep_key0` inside wpa_supplicant.conf's `network={…}` or a NetworkManager keyfile's
//    `[wifi-security]` section (a 64-hex psk is the derived key, a secret too);
//  - nmcli's `802-11-wireless-security.psk:` (also `wifi-sec.psk` on its command line), netsh's indented
//    `Key Content  : …` and a Wi-Fi QR code's `WIFI:…;P:…;` field;
//  - a debconf selection of type password (`d-i passwd/root-password password …`, a preseed file or
//    debconf-set-selections): owner, question with its slash, the type, the value;
//  - cloud-init's `chpasswd:` → `list:` lines (`user:password`, cloud-init's own RANDOM excepted);
//  - Subversion's credential cache (svn.simple, svn.ssl.client-passphrase): `K n`, a key of n characters
//    that names a password, `V m`, then the value of m characters;
//  - PgBouncer's userlist.txt, every line `"user" "password"` (a stored md5 or SCRAM verifier logs in to
//    PgBouncer as the password does, so it is judged as one), where a verifier, a chosen password or a
//    comment naming the file says it is one and not a list of quoted word pairs;
//  - pppd's chap-secrets/pap-secrets under their `client server secret` header, or with quoted fields and
//    `*` as the server; davfs2's secrets (URL or mount point, user, password) in a text that names davfs2.
//
// Linear: each reader starts at a native search for its literal, reads the line it falls on once (the
// search then resumes after that line) with a sticky pattern of bounded parts.

import { passwordName } from "./password-names.js";
import { LineStarts } from "./line-starts.js";

type Add = (start: number, end: number) => void;

/** Lines longer than this are text, not a configuration line. */
const MAX_LINE = 1024;

/** Each line holding `lead`, once: `read(lineStart, lineEnd)`. */
function linesWith(text: string, lead: string, read: (lineStart: number, lineEnd: number) => void): void {
  for (let at = text.indexOf(lead); at >= 0;) {
    const lineStart = text.lastIndexOf("\n", at) + 1;
    let lineEnd = text.indexOf("\n", at);
    if (lineEnd < 0) lineEnd = text.length;
    if (lineEnd - lineStart <= MAX_LINE) read(lineStart, lineEnd);
    at = text.indexOf(lead, lineEnd);
  }
}

/**
 * linesWith for a global pattern: each line holding a match of it, once. A line can hold a selection's type
 * field (DEBCONF_TYPE) only where it holds "password": where the word is only in code (`password = …`,
 * `password: string`), its lines are passed over in one search (source code: 1.3 ms per MB line by line, 0.25).
 */
function linesMatching(text: string, pattern: RegExp, read: (lineStart: number) => void): void {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const lineStart = text.lastIndexOf("\n", m.index) + 1;
    let lineEnd = text.indexOf("\n", m.index);
    if (lineEnd < 0) lineEnd = text.length;
    if (lineEnd - lineStart <= MAX_LINE) read(lineStart);
    pattern.lastIndex = lineEnd;
  }
}

/** Runs a sticky pattern (flags "yd") at `from`; adds the first of `groups` it filled. */
function readAt(text: string, pattern: RegExp, from: number, groups: number[], add: Add): void {
  pattern.lastIndex = from;
  const m = pattern.exec(text);
  if (m === null) return;
  for (const group of groups) {
    const span = m.indices?.[group];
    if (span !== undefined) {
      add(span[0], span[1]);
      return;
    }
  }
}

const LINE_END = "[ \\t]*(?=\\r?\\n|$)";
/** A value to the end of its line, in double quotes or bare (a bare one may not start an option). */
const LINE_VALUE = `(?:"([^"\\r\\n]{1,256})"|([^\\s"-][^\\s]{0,255}))${LINE_END}`;

/** Directives named for the password they carry: nslcd/pam_ldap, slapd/kickstart, SSSD. */
const PASSWORD_DIRECTIVE = new RegExp(
  `[ \\t]{0,16}(?:(?:root)?bindpw(?:[ \\t]{1,32}|[ \\t]{0,8}=[ \\t]{0,8})|rootpw(?:[ \\t]{1,8}--[a-z-]{1,20}){0,3}[ \\t]{1,32}|ldap_default_authtok[ \\t]{0,8}=[ \\t]{0,8})${LINE_VALUE}`,
  "yd",
);
/** A Wi-Fi network's key, as wpa_supplicant.conf (`psk="…"`, `wep_key0=`) and NetworkManager write it. */
const WIFI_KEY = new RegExp(
  `[ \\t]{0,16}(?:psk|sae_password|wep[_-]key[0-3])[ \\t]{0,4}=[ \\t]{0,4}${LINE_VALUE}`,
  "yd",
);
/** nmcli's settings: `802-11-wireless-security.psk:   …` as `-s … show` prints it, or set on its command line. */
const NMCLI_KEY =
  /(?:wireless-security|wifi-sec)\.(?:psk|wep-key[0-3]|leap-password)(?::[ \t]{1,64}|[ \t]{1,4}|=)(["']?)([^\s"']{1,256})\1(?=[\s;&|]|$)/dy;
/** netsh wlan show profile … key=clear: `    Key Content            : …` (a passphrase is 8 to 63 characters). */
const NETSH_KEY = /[ \t]{1,16}Key Content[ \t]{1,40}:[ \t]([^\r\n]{1,63}?)[ \t]*(?=\r?\n|$)/dy;
/** A Wi-Fi QR code's text: `WIFI:` then one- or two-letter fields, each ended by `;` (escaped `\;` inside). */
const WIFI_QR = /WIFI:(?:[A-Z]{1,2}:(?:[^;\\\r\n]|\\.){0,64};){0,8}?P:((?:[^;\\\r\n]|\\.){1,64});/dy;
/** A debconf selection of type password: owner, owner/question, "password", value. */
const DEBCONF_PASSWORD =
  /[ \t]{0,16}[a-z0-9][a-z0-9.+-]{0,63}[ \t]{1,16}[a-z0-9][a-z0-9.+_-]{0,63}\/[A-Za-z0-9._/+-]{1,128}[ \t]{1,16}password[ \t]{1,16}([^\s][^\r\n]{0,255}?)[ \t]*(?=\r?\n|$)/dy;

/** A debconf selection's type field, blanks either side: every line DEBCONF_PASSWORD reads holds it. */
const DEBCONF_TYPE = /[ \t]password[ \t]/g;

/**
 * Every literal a reader below starts from. The secret rules' keyword pass notes which of them a text holds
 * (SharedPass.watchedSeen): it reads every character anyway, where a search for each is a pass of its own
 * (ten absent literals cost source code about 3.5 ms per MB, one regex for all of them 2 ms on any text). It
 * reads them case-folded, and a tab, a line break, a comma or a semicolon as a blank, so it notes a literal
 * wherever it stands as written here (and perhaps where it does not): a reader whose literal it did not note
 * would find nothing, and is not run. Each reader still searches for its literal as written.
 */
export const CREDENTIAL_FILE_LEADS = [
  "bindpw",
  "rootpw",
  "ldap_default_authtok",
  "network={",
  "[wifi-security]",
  "wireless-security.",
  "wifi-sec.",
  "Key Content",
  "WIFI:",
  "password",
  "chpasswd:",
  "\nV ",
  "davfs2",
  "secret",
] as const;
type Lead = (typeof CREDENTIAL_FILE_LEADS)[number];
const LEAD_NUMBER = new Map<Lead, number>(CREDENTIAL_FILE_LEADS.map((lead, i) => [lead, i]));

/** For a text no keyword pass read: every lead in one search (most texts hold none). */
const ANY_LEAD =
  /bindpw|rootpw|ldap_default_authtok|network=\{|\[wifi-security\]|wireless-security\.|wifi-sec\.|Key Content|WIFI:|password|chpasswd:|\nV |davfs2|secret/;
const ALL_LEADS = new Uint8Array(CREDENTIAL_FILE_LEADS.length).fill(1);
const NO_LEADS = new Uint8Array(CREDENTIAL_FILE_LEADS.length);

/**
 * Every reader below, each only where what it starts from stands. `seen`: which leads the keyword pass noted
 * in the text (in CREDENTIAL_FILE_LEADS' order), when one read it.
 */
export function credentialFileFields(text: string, add: Add, seen?: Uint8Array): void {
  const leads = seen ?? (ANY_LEAD.test(text) ? ALL_LEADS : NO_LEADS);
  const quoted = text.includes('"');
  if (quoted) pgbouncerUserlist(text, add);
  // Most texts (every short string of a message) hold no lead: nothing more is looked up for them. The keyword
  // pass notes other readers' literals after these (see secrets/index.ts): only ours count here.
  const first = leads.indexOf(1);
  if (first < 0 || first >= CREDENTIAL_FILE_LEADS.length) {
    if (quoted) pppSecrets(text, add, false);
    return;
  }
  const has = (lead: Lead) => leads[LEAD_NUMBER.get(lead) ?? -1] === 1;
  leadReaders(text, add, has);
  if (quoted || (has("secret") && text.includes("secret"))) pppSecrets(text, add, has("secret"));
  if (has("davfs2") && text.includes("davfs2")) davfsSecrets(text, add);
}

/** The readers that start at a literal and read one line (or one list) each, each where `has` its literal. */
function leadReaders(text: string, add: Add, has: (lead: Lead) => boolean): void {
  for (const lead of ["bindpw", "rootpw", "ldap_default_authtok"] as const)
    if (has(lead)) linesWith(text, lead, (start) => readAt(text, PASSWORD_DIRECTIVE, start, [1, 2], add));
  if (
    (has("network={") && text.includes("network={")) ||
    (has("[wifi-security]") && text.includes("[wifi-security]"))
  ) {
    const inNetwork = wifiNetworks(text);
    for (const lead of ["psk", "sae_password", "wep_key", "wep-key"])
      linesWith(text, lead, (start) => {
        WIFI_KEY.lastIndex = start;
        if (WIFI_KEY.test(text) && inNetwork(start)) readAt(text, WIFI_KEY, start, [1, 2], add);
      });
  }
  for (const lead of ["wireless-security.", "wifi-sec."] as const)
    if (has(lead))
      for (let at = text.indexOf(lead); at >= 0; at = text.indexOf(lead, at + lead.length))
        readAt(text, NMCLI_KEY, at, [2], add);
  if (has("Key Content")) linesWith(text, "Key Content", (start) => readAt(text, NETSH_KEY, start, [1], add));
  if (has("WIFI:"))
    for (let at = text.indexOf("WIFI:"); at >= 0; at = text.indexOf("WIFI:", at + 5))
      readAt(text, WIFI_QR, at, [1], add);
  if (has("password"))
    linesMatching(text, DEBCONF_TYPE, (start) => readAt(text, DEBCONF_PASSWORD, start, [1], add));
  if (has("chpasswd:") && text.includes("chpasswd:")) chpasswdLists(text, add);
  if (has("\nV ") && text.includes("\nV ") && text.includes("K ")) svnHashes(text, add);
}

/**
 * Whether a line stands inside wpa_supplicant.conf's `network={` (before its `}`) or a NetworkManager
 * keyfile's `[wifi-security]` section (before the next section). Each opening and its end are found once.
 */
function wifiNetworks(text: string): (lineStart: number) => boolean {
  const blocks = spansOf(text, "network={", "}");
  const sections = spansOf(text, "[wifi-security]", "\n[");
  return (lineStart) => within(blocks, lineStart) || within(sections, lineStart);
}

/** Each `open` and the first `close` after it, in order and apart. */
function spansOf(text: string, open: string, close: string): [number, number][] {
  const spans: [number, number][] = [];
  for (let at = text.indexOf(open); at >= 0;) {
    const found = text.indexOf(close, at + open.length);
    const end = found < 0 ? text.length : found;
    spans.push([at, end]);
    at = text.indexOf(open, end);
  }
  return spans;
}

/** Whether `at` falls inside one of the ordered, disjoint spans (a binary search). */
function within(spans: [number, number][], at: number): boolean {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const [from, to] = spans[mid] as [number, number];
    if (at <= from) high = mid - 1;
    else if (at >= to) low = mid + 1;
    else return true;
  }
  return false;
}

/** The indentation of the line starting at `start`. */
function indentAt(text: string, start: number): number {
  let i = start;
  while (text[i] === " " || text[i] === "\t") i++;
  return i - start;
}

const CHPASSWD_ENTRY =
  /[ \t]{1,64}(?:-[ \t]{1,8})?["']?[A-Za-z0-9_.-]{1,32}:([^\s"']{1,256})["']?[ \t]*(?=\r?\n|$)/dy;
/** Lines of a cloud-init list read at most. */
const MAX_ENTRIES = 200;

/** cloud-init's `chpasswd:` → `list: |` (or `list:` and `- user:password` items): each line's password. */
function chpasswdLists(text: string, add: Add): void {
  linesWith(text, "chpasswd:", (start, end) => {
    if (!/^[ \t]*chpasswd:[ \t]*$/.test(text.slice(start, end))) return;
    const outer = indentAt(text, start);
    let line = end + 1;
    let listIndent = -1;
    for (let n = 0; n < MAX_ENTRIES && line < text.length; n++) {
      let next = text.indexOf("\n", line);
      if (next < 0) next = text.length;
      const content = text.slice(line, next);
      const indent = indentAt(text, line);
      if (content.trim() === "") {
        line = next + 1;
        continue;
      }
      if (indent <= outer) return;
      if (listIndent < 0) {
        if (/^[ \t]*list:[ \t]*[|>]?[-+]?[ \t]*$/.test(content)) listIndent = indent;
      } else if (indent <= listIndent && !/^[ \t]*-/.test(content)) {
        listIndent = /^[ \t]*list:[ \t]*[|>]?[-+]?[ \t]*$/.test(content) ? indent : -1;
      } else {
        CHPASSWD_ENTRY.lastIndex = line;
        const m = CHPASSWD_ENTRY.exec(text);
        const span = m?.indices?.[1];
        // cloud-init's own word for a generated password.
        if (m != null && span !== undefined && m[1] !== "RANDOM" && m[1] !== "R") add(span[0], span[1]);
      }
      line = next + 1;
    }
  });
}

/** Subversion's hash dump: `K n`⏎key⏎`V m`⏎value. */
const SVN_KEY_LINE = /K ([0-9]{1,3})\r?\n$/;

function svnHashes(text: string, add: Add): void {
  for (let v = text.indexOf("\nV "); v >= 0; v = text.indexOf("\nV ", v + 3)) {
    const keyStart = text.lastIndexOf("\n", v - 1) + 1;
    if (keyStart === 0 || v - keyStart > 64) continue;
    const key = text.slice(keyStart, v).replace(/\r$/, "");
    const k = SVN_KEY_LINE.exec(text.slice(Math.max(0, keyStart - 8), keyStart));
    if (k === null || Number(k[1]) !== key.length || passwordName(key) === undefined) continue;
    const size = /^V ([0-9]{1,4})\r?\n/.exec(text.slice(v + 1, v + 10));
    if (size === null) continue;
    const start = v + 1 + size[0].length;
    const end = start + Number(size[1]);
    if (end > text.length || !/^\r?\n|^$/.test(text.slice(end, end + 2))) continue;
    add(start, end);
  }
}

const USERLIST_LINE = /^[ \t]*"[^"\s]{1,63}"[ \t]{1,16}"((?:[^"\r\n]|""){1,512})"[ \t]*\r?$/d;
const COMMENT_OR_BLANK = /^[ \t]*(?:[;#].*)?\r?$/;
/** A verifier PgBouncer stores in place of a password: md5 of password and user, or SCRAM-SHA-256. */
const VERIFIER = /^(?:md5[0-9a-f]{32}|SCRAM-SHA-256\$[0-9]{1,7}:)/;
/** A chosen password: eight characters or more, no blank, a letter with a digit or a symbol (not a word's hyphen). */
const CHOSEN = /^(?=[^\s]{8,}$)(?=.*\p{L})(?=.*[\p{N}!@#$%^&*+=~?/\\|<>{}()[\]])/u;
const NAMES_ITSELF = /pgbouncer|userlist/i;

/**
 * PgBouncer's userlist.txt: every line `"user" "password"`, a comment or blank, at least one entry. Pairs of
 * quoted words have that shape too (a word list, a table of quoted pairs, `echo "a" "b"`), so the text must
 * also show a sign of the file: an entry holding a verifier or a chosen password, or the file's name in it.
 * Then every entry's password is read, a weak one too (a stored password needs no strength to log in).
 */
function pgbouncerUserlist(text: string, add: Add): void {
  const first = text.search(/\S/);
  if (first < 0 || (text[first] !== '"' && text[first] !== ";" && text[first] !== "#")) return;
  const found: [number, number][] = [];
  let vouched = false;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    const m = USERLIST_LINE.exec(line);
    const span = m?.indices?.[1];
    if (span !== undefined) {
      found.push([start + span[0], start + span[1]]);
      const value = m?.[1] ?? "";
      vouched ||= VERIFIER.test(value) || CHOSEN.test(value);
    } else if (COMMENT_OR_BLANK.test(line)) vouched ||= NAMES_ITSELF.test(line);
    else return;
    start = end + 1;
  }
  if (vouched) for (const [s, e] of found) add(s, e);
}

/** A field of pppd's secrets files: quoted, or a word. */
const PPP_LINE =
  /^[ \t]*("[^"\r\n]{0,128}"|[^\s"#]{1,128})[ \t]{1,32}("[^"\r\n]{0,253}"|[^\s"#]{1,253})[ \t]{1,32}(?:"([^"\r\n]{1,256})"|([^\s"#]{1,256}))(?:[ \t].{0,512})?\r?$/d;
const PPP_HEADER = /#[ \t]*client[ \t]+server[ \t]+secret/;

/**
 * pppd's chap-secrets and pap-secrets: client, server, secret, addresses. Only the lines that may be one are
 * read (those after the file's header, and before it those whose client is quoted, found by one search), not
 * every line of every text with a quote in it: a copy and a trim per line cost source code about 5 ms per MB.
 */
function pppSecrets(text: string, add: Add, mayHoldSecret: boolean): void {
  // Its header's "secret" is a lead: where none was noted, the text holds none (see credentialFileFields).
  const header = mayHoldSecret && text.includes("secret") ? text.search(PPP_HEADER) : -1;
  const read = (start: number, end: number) => {
    const line = text.slice(start, end);
    const m = line.length <= MAX_LINE ? PPP_LINE.exec(line) : null;
    if (m === null) return;
    const [, client, server, quoted, bare] = m;
    // Under the file's header, or quoted as pppd's files write them with "*" or a quoted server, named as pppd
    // names a peer (see peerName), and with the addresses after the secret bare, as pppd's files write them (a
    // row of four quoted words or more is a list).
    const shaped =
      (header >= 0 && header < start) ||
      (quoted !== undefined &&
        client?.startsWith('"') === true &&
        (server === "*" || server?.startsWith('"')) &&
        peerName(client) &&
        peerName(server ?? "") &&
        !line.slice((m.indices?.[3]?.[1] ?? line.length) + 1).includes('"') &&
        !besideQuotedList(text, start, end));
    const span = m.indices?.[quoted !== undefined ? 3 : 4];
    if (shaped && span !== undefined && (quoted ?? bare) !== "*") add(start + span[0], start + span[1]);
  };
  const lineEnd = (from: number) => {
    const end = text.indexOf("\n", from);
    return end < 0 ? text.length : end;
  };
  const afterHeader = header < 0 ? text.length : lineEnd(header) + 1;
  // Before the header, the lines whose first field is quoted: the only kind that may be a secrets line without
  // it. Their starts are found natively (line-starts.ts), where a multiline pattern was tried at every character.
  if (text.includes('"')) {
    const starts = new LineStarts(text);
    for (let at = 0; at >= 0 && at < afterHeader; at = starts.after(at))
      if (opensQuoted(text, at)) read(at, lineEnd(at));
  }
  for (let start = afterHeader; start < text.length;) {
    const end = lineEnd(start);
    read(start, end);
    start = end + 1;
  }
}

/**
 * Whether the line before or after [start, end) opens with a quote but is no secrets line (one or two quoted
 * words, `"show" "showsrc"`): the line is then a row of a list of quoted words (a completion script's
 * subcommands, `"upgrade" "full-upgrade" "dist-upgrade"`), which pppd's files, a secrets line on every line, are not.
 */
function besideQuotedList(text: string, start: number, end: number): boolean {
  const before = start > 0 ? text.slice(text.lastIndexOf("\n", start - 2) + 1, start - 1) : "";
  const nextEnd = text.indexOf("\n", end + 1);
  const after = end < text.length ? text.slice(end + 1, nextEnd < 0 ? text.length : nextEnd) : "";
  return [before, after].some(
    (line) => /^[ \t]*"/.test(line) && (line.length > MAX_LINE || !PPP_LINE.test(line)),
  );
}

/**
 * Whether a client or server field is a peer's name as pppd matches it: a name, or "*" alone for any. pppd
 * matches no other wildcard, so a quoted glob ("nct6775-*", lm-sensors' chip lists continued over lines) is
 * some other file's word list.
 */
function peerName(field: string): boolean {
  const name = field.startsWith('"') ? field.slice(1, -1) : field;
  return name === "*" || !name.includes("*");
}

/** Whether the line at `at` opens with a quote, after blanks (spaces and tabs). */
function opensQuoted(text: string, at: number): boolean {
  let i = at;
  while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
  return text.charCodeAt(i) === 34;
}

const DAVFS_LINE =
  /^[ \t]*(?:https?:\/\/[^\s"]{1,512}|\/[^\s"]{0,512}|"[^"\r\n]{1,512}")[ \t]{1,32}(?:"[^"\r\n]{1,128}"|(?:[^\s"\\]|\\.){1,128})[ \t]{1,32}(?:"([^"\r\n]{1,256})"|((?:[^\s"\\]|\\.){1,256}))[ \t]*\r?$/d;

/** davfs2's secrets file (a text that names davfs2): URL or mount point, user, password. */
function davfsSecrets(text: string, add: Add): void {
  let start = text.indexOf("davfs2");
  start = text.lastIndexOf("\n", start) + 1;
  while (start < text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    const m = line.length <= MAX_LINE ? DAVFS_LINE.exec(line) : null;
    const span = m?.indices?.[1] ?? m?.indices?.[2];
    if (span !== undefined) add(start + span[0], start + span[1]);
    start = end + 1;
  }
}
