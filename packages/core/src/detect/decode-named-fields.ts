// Credentials written in a file format that names them by position or by a short tag, which the secret rules'
// `name = value` reading does not see:
//  - an XML element named as a password or a secret however the name is spelled (<pw>, <pwd>, <dbPasswd>,
//    <client_secret>, <Passwort>): the names are read word by word as an object's keys are
//    (password-names.ts, secret-names.ts); a SAML AttributeValue is named by its Attribute's Name
//    (saml-attribute-values.ts);
//  - a PostgreSQL password file line (host:port:database:user:password, as ~/.pgpass holds it);
//  - the other files and tool outputs that store a password by a shape of their own (credential-files.ts).
// Each is given to the rules as `"password": "<value>"`, so the value is judged as a password written in text
// is (a stand-in, a word such as "true" or a sentence is none); the view maps the value back one to one.
//
// Linear: one native search per "</" and per ":digits:" (a pgpass line's port, found from its colon: see
// lead-search.ts), each followed by bounded reads of one line or one element.

import { credentialFileFields } from "./credential-files.js";
import { ViewBuilder, type DecodedView } from "./decode.js";
import { LeadSearch } from "./lead-search.js";
import { passwordName } from "./password-names.js";
import { samlValueOfNamedAttribute } from "./saml-attribute-values.js";
import { pairedStandIn } from "./secrets/placeholders.js";
import { secretName } from "./secret-names.js";

/** Longer element contents or pgpass lines are text, not a credential. */
const MAX_VALUE = 256;
const MAX_NAME = 64;
/** A name or key attribute of an opening tag, and its value. */
const NAME_ATTRIBUTE = /\s(name|key)\s*=\s*["']([^"'<>]{1,64})["']/i;
const CLOSE_NAME = /<\/([A-Za-z_][A-Za-z0-9_.:-]{0,63})[ \t]*>/y;
/**
 * host:port:database:user:password; a field may hold "\\:" (pgpass escapes its colons so). The host is a name
 * or an address, and the database and the user each "*" or a name holding a letter: a row of numbers
 * separated by colons (a sequencer's read name, a time) is no such line.
 */
const PGPASS_LINE =
  /(?:^|(?<=[\n\r]))[ \t]*(?:\*|(?:[A-Za-z0-9]|\\:)(?:[A-Za-z0-9._-]|\\:){0,252}):(?:[0-9]{1,5}|\*):(\*|(?:[^:\s\\]|\\.){0,62}[A-Za-z_](?:[^:\s\\]|\\.){0,62}):(\*|(?:[^:\s\\]|\\.){0,62}[A-Za-z_](?:[^:\s\\]|\\.){0,62}):((?:[^\s\\]|\\.){1,256})[ \t]*(?=$|[\r\n])/y;
/**
 * A line of colon-separated hex bytes and nothing else, as `openssl x509 -text` prints a certificate's
 * modulus and signature: its first fields read as host, port, database and user, but it is a number (the
 * private numbers of a key printed so are key-text-dumps.ts's, found by the name above them), or its
 * Authority Key Identifier's `keyid:` and the key's 20 bytes, whose label reads as the host.
 */
const BYTE_LINE = /[ \t]*(?:keyid:)?[0-9a-fA-F]{2}(?::[0-9a-fA-F]{2}){4,}:?[ \t]*(?=$|[\r\n])/y;
/** The longest host a pgpass line holds (a DNS name). */
const MAX_HOST = 256;
const PORT = new LeadSearch(":", /:(?:[0-9]{1,5}|\*):/g);

/** Whether an element's or field's name names a password or a secret's value. */
const namesCredential = (name: string): boolean =>
  passwordName(name) !== undefined || secretName(name) !== undefined;

/**
 * The view of the credentials these formats name, or undefined when the text holds none. `leadsSeen`: which
 * of the credential files' leads the keyword pass saw in the text (see credential-files.ts), when one read it.
 */
export function namedFieldsView(text: string, leadsSeen?: Uint8Array): DecodedView | undefined {
  const view = new ViewBuilder();
  let written = false;
  const add = (start: number, end: number) => {
    if (end - start > MAX_VALUE || end <= start) return;
    if (written) view.replace("\n", start, start);
    view.replace('"password": "', start, start);
    // An escaped value (pgpass writes "\\:" for ":") is judged unescaped, and mapped whole.
    const value = text.slice(start, end);
    if (value.includes("\\")) view.replace(value.replace(/\\(.)/g, "$1"), start, end);
    else view.copy(text, start, end);
    view.replace('"', end, end);
    written = true;
  };
  if (text.includes("</")) elements(text, add);
  if (text.includes(":")) pgpassLines(text, add);
  credentialFileFields(text, add, leadsSeen);
  return written ? view.build() : undefined;
}

/** Each element named as a credential: its content's [start, end), trimmed. */
function elements(text: string, add: (start: number, end: number) => void): void {
  for (let close = text.indexOf("</"); close >= 0; close = text.indexOf("</", close + 2)) {
    CLOSE_NAME.lastIndex = close;
    const m = CLOSE_NAME.exec(text);
    if (m === null) continue;
    const name = m[1] as string;
    if (name.length > MAX_NAME) continue;
    // The opening tag: the nearest "<name" before, followed by ">" or attributes, within one value's length.
    const from = Math.max(0, close - MAX_VALUE - MAX_NAME - 256);
    // Searched in that window alone: an element whose opening tag is further back (a page's </div>) costs
    // no more than one whose tag is near.
    const found = text.slice(from, close).lastIndexOf(`<${name}`);
    if (found < 0) continue;
    const open = from + found;
    const after = text.charCodeAt(open + name.length + 1);
    if (after !== 62 && after !== 32 && after !== 9) continue; // > or an attribute
    const tagEnd = text.indexOf(">", open);
    if (tagEnd < 0 || tagEnd >= close || text[tagEnd - 1] === "/") continue;
    // Named by its tag (<pw>, <ns:pwd>) or by a name or key attribute (<entry name="pw">, as Android's
    // resources and many settings files write it).
    const attribute = NAME_ATTRIBUTE.exec(text.slice(open, tagEnd))?.[2];
    if (
      !namesCredential(name.replace(/^.*:/, "")) &&
      !(attribute !== undefined && namesCredential(attribute)) &&
      !valueOfNamedParent(text, name, open) &&
      !valueOfNamedKey(text, name, open) &&
      !samlValueOfNamedAttribute(text, name, open, namesCredential)
    )
      continue;
    let start = tagEnd + 1;
    let end = close;
    while (start < end && /\s/.test(text[start] as string)) start++;
    while (end > start && /\s/.test(text[end - 1] as string)) end--;
    // Character data written as such is the value itself.
    if (text.startsWith("<![CDATA[", start) && text.endsWith("]]>", end) && end - start > 12) {
      start += 9;
      end -= 3;
    }
    // Content that holds another element is a structure, read element by element.
    if (text.slice(start, end).includes("<")) continue;
    // A sample's pair (<username>proxyuser</username>, <password>proxypass</password>): a stand-in.
    if (pairedStandIn(text.slice(start, end), text, start)) continue;
    add(start, end);
  }
}

/** An element that opens a parent's content, and the parent's name: `<Password>⏎  <Value>`. */
const PARENT_BEFORE = /<([A-Za-z_][A-Za-z0-9_.:-]{0,63})(?:[ \t\r\n][^<>]{0,256})?>[ \t\r\n]{0,64}$/;

/**
 * A `<Value>` element that is the first child of an element named as a password: Windows Setup's
 * unattend.xml writes `<AdministratorPassword>`, `<AutoLogon><Password>` and `<LocalAccount><Password>` so,
 * `<Value>…</Value>` beside `<PlainText>` (base64 of the password with the element's name when false: as
 * good as the password).
 */
function valueOfNamedParent(text: string, name: string, open: number): boolean {
  if (name.replace(/^.*:/, "").toLowerCase() !== "value") return false;
  const parent = PARENT_BEFORE.exec(text.slice(Math.max(0, open - 400), open))?.[1];
  return parent !== undefined && passwordName(parent.replace(/^.*:/, "")) !== undefined;
}

/** The `<key>` element right before a value's, and its name: `<key>ClientSecret</key>⏎  <string>`. */
const KEY_BEFORE = /<key>[ \t]{0,4}([^<>\s]{1,64})[ \t]{0,4}<\/key>[ \t\r\n]{0,64}$/;

/**
 * A property list's value (`<string>` or `<data>`, base64 of the bytes) named by the `<key>` before it, as Apple's
 * plists and their kin write each dictionary entry: the key is the value's name, as a tag would be.
 */
function valueOfNamedKey(text: string, name: string, open: number): boolean {
  if (name !== "string" && name !== "data") return false;
  const key = KEY_BEFORE.exec(text.slice(Math.max(0, open - 160), open))?.[1];
  return key !== undefined && namesCredential(key);
}

/** Each pgpass line: its password's [start, end). */
function pgpassLines(text: string, add: (start: number, end: number) => void): void {
  let readTo = 0;
  let nextBreak = text.indexOf("\n");
  let lineStart = 0;
  let tried = -1;
  const ports = PORT.in(text);
  let from = 0;
  for (let port = ports.next(0); port !== null; port = ports.next(from)) {
    // Where the port's field starts (its first colon): back over the digits or the "*" before the last colon.
    const portEnd = port.index + port[0].length;
    from = portEnd;
    let index = portEnd - 2;
    while (text.charCodeAt(index) !== 58 /* : */) index--;
    if (index < readTo) continue;
    // The line's start: the last line break before, found by native searches forward, each break once.
    while (nextBreak >= 0 && nextBreak < index) {
      lineStart = nextBreak + 1;
      nextBreak = text.indexOf("\n", lineStart);
    }
    // A line is tried once, and only when its host is a host's length at most. Either way the ports after
    // this one on its line are let go here too (their hosts are longer still, or the line is tried): the
    // search resumes on the next line (a megabyte of JSON on one line, full of times, is passed at once).
    const nextLine = nextBreak < 0 ? text.length : nextBreak + 1;
    if (index - lineStart > MAX_HOST || lineStart === tried) {
      from = nextLine;
      continue;
    }
    tried = lineStart;
    from = nextLine;
    // The database, the user and the password follow the port, so two more colons stand on its line (a time,
    // 23:37:38, has none): without them the line is let go before the pattern is tried.
    const colon = text.indexOf(":", portEnd);
    const lineEnd = nextBreak < 0 ? text.length : nextBreak;
    if (colon < 0 || colon >= lineEnd) continue;
    const second = text.indexOf(":", colon + 1);
    if (second < 0 || second >= lineEnd) continue;
    PGPASS_LINE.lastIndex = lineStart;
    const line = PGPASS_LINE.exec(text);
    if (line === null) continue;
    BYTE_LINE.lastIndex = lineStart;
    if (BYTE_LINE.test(text)) continue;
    const password = line[3] as string;
    const end = line.index + line[0].trimEnd().length;
    add(end - password.length, end);
    readTo = end;
    from = Math.max(end, nextLine);
  }
}
