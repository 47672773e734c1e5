// Credentials recognised by where they stand rather than by their own shape: a value assigned to a name that
// says "password" or "token", an Authorization header, credentials inside a URL, webhook URLs whose path is
// the secret. Each pattern starts at its keyword; the value then has to survive the placeholder filter and a
// randomness requirement that depends on how strongly the name implies a secret.
import { inCssSelector, isCodeValue } from "./code-values.js";
import { LONGEST_READ, quotedValueRunsOn } from "./long-values.js";
import { entropy } from "./randomness.js";
import type { SecretRule } from "./engine.js";
import { CONFIG_LINE_GATE, LINE_PHRASE_GATE, NAME_THEN_BLANK_GATE, QUOTED_VALUE_GATE } from "./gates.js";
import {
  characterClasses,
  isBlank,
  isHostName,
  isIdentifier,
  isPlaceholder,
  isReference,
  isStandIn,
  isWords,
  pairedStandIn,
} from "./placeholders.js";
import {
  antiForgeryName,
  digestOfMachineCredential,
  inDynamicReference,
  publicSiteKey,
} from "./name-says-not-secret.js";
import { isChainAddress, isHeaderName, isMediaType, namesKeyOfResource } from "./values-not-credentials.js";
import { anonymousLoginIdentity, anonymousNetrcIdentity } from "./anonymous-login.js";
import { CREDENTIAL_SUFFIX } from "../credential-suffixes.js";
import { isHashScheme } from "./hash-schemes.js";
import { regexSource } from "./script-values.js";
import { itemsOfNameList } from "./string-lists.js";
import { isTranslatedLabel } from "./translated-labels.js";
import { describesSetting, namesTheOption, nextEmptySetting } from "./setting-words.js";

/**
 * What may follow the keyword inside the same name (db_password_hash, apiKey2) without changing its meaning,
 * then the words for whose it is (DB_PASSWORD_PROD, API_KEY_EU, DB_PASSWORD_REPLICA, smtp_password_v4), none
 * of which makes the name about the credential (see credential-suffixes.ts).
 */
const VALUE_FORM_WORDS =
  "(?:value|str|string|hash|plain|plaintext|text|b64|base64|enc|encrypted|base|[0-9]{1,2})";
const NAME_TAIL = `(?:[_.-]?${VALUE_FORM_WORDS})?${CREDENTIAL_SUFFIX}`;
/**
 * A YAML block scalar's header and the line break and indent before its first line (`password: |`, `token: >-`,
 * `secret: |2+`): the value stands alone on the next line, as a chart's values or a Secret's stringData hold a
 * credential pasted from a terminal. Its first line is read as the value; a block holding several lines (a
 * script, a certificate) starts with what its own rules judge. The header may carry a comment
 * (`password: | # from vault`) and blank lines may come before the first line: YAML reads the same value.
 */
const YAML_BLOCK =
  ":[ \\t]{0,4}[|>](?:[1-9][+-]?|[+-][1-9]?)?(?:[ \\t]{1,4}#[^\\n]{0,80})?[ \\t]{0,4}\\r?\\n(?:[ \\t]{0,16}\\r?\\n){0,2}[ \\t]{1,16}";
/**
 * A heredoc opened after the name's `=` (`password = <<EOF`, Terraform's `<<-EOT`, Ruby's `<<~EOS`, a shell's
 * `PASS=$(cat <<EOF`): the value stands alone on the next line, up to the closing word. Its first line is read
 * as the value, as a YAML block's is. Ruby's DSLs pass it without the `=` (`password <<-PASS`), after a blank.
 */
const HEREDOC =
  "(?:=|(?<=[ \\t]))[ \\t]{0,4}(?:\\$\\([ \\t]{0,4}cat[ \\t]{1,4})?<<[-~]?[ \\t]{0,4}[\"']?[A-Za-z_][A-Za-z0-9_]{0,15}[\"']?[ \\t]{0,4}\\)?[ \\t]{0,4}\\r?\\n[ \\t]{0,16}";
/**
 * A Terraform variable's default (`variable "db_password" {`, then `type`, `description`, `sensitive` … lines,
 * then `default = "…"`): the block's name says what the default is. Only those attributes, each on a line of
 * its own (200 characters at most, six of them), may stand between the brace and the default, so the reach is
 * bounded and a block holding anything else is not read.
 */
const TERRAFORM_DEFAULT =
  '(?<=["][ \\t]{0,4})\\{[ \\t]{0,4}(?:\\r?\\n(?:[ \\t]{0,16}(?:type|description|sensitive|nullable|ephemeral)[ \\t]{0,16}=[^\\n]{0,200}\\r?\\n){0,6}[ \\t]{0,16})?default[ \\t]{0,16}=';
/**
 * A command-line option alone as an item of a YAML list and its value as the next item, as a container's
 * `args:` writes them (`- --db-password` then `- "…"`); see listedOption.
 */
const NEXT_LIST_ITEM = "[ \\t]{0,4}\\r?\\n[ \\t]{0,16}-[ \\t]{1,4}";
/**
 * A Markdown table's next cell (`| password | … |`): the name's cell, then the value's; see tableCell.
 */
const NEXT_TABLE_CELL = "`?[ \\t]{0,4}\\|[ \\t]{0,16}";
/**
 * A JSON or YAML list of one quoted item (`"password": ["…"]`): the item is the name's value, as it would be
 * written without the brackets. Only one item, closed right after it: a list of several is read by its own rules.
 */
const ONE_ITEM_LIST = ":[ \\t]{0,4}\\[[ \\t]{0,4}(?=[\"'][^\"'\\s]{6,200}[\"'][ \\t]{0,4}\\])";
/**
 * Between the name and the value: quotes (escaped too, as in JSON carried inside a string), a type (Go's
 * `token string =`, Kotlin's `: String =`), spaces (aligned configs), one assignment operator of a config or
 * language, the word "is" of prose ("your key is …"), a dash between blanks or only a space ("todoist SECRET
 * 5179f75c…", "API token - 5179f75c…", a value set beside its name; judged more strictly, see juxtaposed), or the
 * parenthesis of a setter's or builder's call given a literal (`setPassword("…")`, `.token("…")`; see
 * setterCall). C#'s verbatim strings open with @". A bracket may close the name: an index's `]` and a Perl hash
 * element's `}` (`$self->{pass} = "…"`).
 */
const ASSIGN =
  "(?:\\\\{0,3}[\"'\\]}]){0,2}(?::?[ \\t]{1,4}(?:string|String|str|bytes|\\[\\]byte)(?=[ \\t]{0,4}[:=]))?[ \\t]{0,16}(?:value=|=|:=|::=|:::=|\\?=|\\.=|=>|" +
  YAML_BLOCK +
  "|" +
  HEREDOC +
  "|" +
  TERRAFORM_DEFAULT +
  "|" +
  NEXT_LIST_ITEM +
  "|" +
  NEXT_TABLE_CELL +
  "|" +
  ONE_ITEM_LIST +
  "|:|->|(?<=[ \\t])is(?=[ \\t])|,[ \\t]{0,4}(?=[\"'])|>[ \\t]{0,4}(?:\\r?\\n[ \\t]{0,16})?|(?<=[ \\t])-(?=[ \\t])|\\((?=[ \\t]{0,4}[\"'`])|(?<=[ \\t]))[ \\t]{0,16}(?:@(?=[\"']))?\\\\{0,3}[\"'`]?";
/**
 * The value. Between quotes it runs to the closing quote, separators and brackets included (a password such as
 * `8x7$k2#m9q!w4v@1p&c5e^r0`, cut at "&", would leave its tail in the clear); it still holds no whitespace (a
 * quoted sentence is prose) nor an escape other than an escaped backslash (a JSON "\n" ends it), holds the
 * other kinds of quote (`'`123QWERasdf'`), and does not start with an operator or a separator (`key "+k+"`,
 * `key ".concat(k)`, `pass "'+v+'"`: the quote before it closed a string).
 * Unquoted, separators end it as in code (but see CONFIG_LINE).
 */
const QUOTED = ['"', "'", "`"]
  .map(
    (q) =>
      `(?<=${q})(?![,;:.)}\\]>+|&]|["'\`][ \\t]{0,4}\\+)(?:[^\\s${q}\\\\]|\\\\\\\\(?!\\\\{0,3}${q})){6,${LONGEST_READ}}(?=\\\\{0,3}${q})`,
  )
  .join("|");
/**
 * Unquoted, an `&` ends the value only where a query string's next field starts (`pw=…&user=bob`) or as
 * code's `&&` or `&=`; a password holds one as any other symbol (`pass: Tr0ub4dor&3`, whose `&3` was left in
 * the clear). A character reference (`&amp;`, `&lt;`, `&quot;`, `&#38;`, `&#x3C;`) is one character of the
 * value, as a page shows it: a password holding `&`, `<` or `"` is written so in HTML, and its `;` ended the
 * value, leaving the tail in the clear. An escaped query's next field (`pw=…&amp;user=bob`) ends it at its `&`,
 * and one does not open it: an attribute escapes a quoted string so (`token="&quot;http://…&quot;"`).
 */
const CHARACTER_REFERENCE = "&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});";
const UNQUOTED = `(?!${CHARACTER_REFERENCE})(?:[^\\s"'\`,;&<>(){}[\\]\\\\]|${CHARACTER_REFERENCE}(?![A-Za-z_][\\w.-]{0,40}=)|&(?![&=]|(?:amp;)?[A-Za-z_][\\w.-]{0,40}=)){6,${LONGEST_READ}}`;
const VALUE = `(${QUOTED}|${UNQUOTED})`;

export type Strength = "password" | "secret" | "weak";

const STRENGTH: Record<string, Strength> = {
  password: "password",
  passwd: "password",
  pwd: "password",
  // The shortest abbreviation (DB_PW, pw: …, user_pw=): a name of its own only where it ends one (see
  // nameEndsHere), so "pwn" or "npw" are not it.
  pw: "password",
  passphrase: "password",
  // Also an ordinary word ("first pass: process …"): alone and in lower case it takes a value random
  // enough for a secret (see strengthOf).
  pass: "secret",
  secret: "secret",
  token: "secret",
  // A personal access token (ado_pat, GITLAB_PAT): the abbreviation as a whole name, not a word's letters.
  pat: "secret",
  credential: "secret",
  credentials: "secret",
  key: "weak",
  auth: "weak",
};
/** The prefilter needs only the shortest form of each (password starts with pass). */
const NAME_KEYWORDS = ["pass", "pwd", "pw", "secret", "token", "pat", "credential", "key", "auth"] as const;

/** A capturing group every match of the rule's pattern fills; a missing one is a bug in the pattern. */
function groupOf(match: RegExpExecArray, group: number): string {
  const value = match[group];
  if (value === undefined)
    throw new Error(`secret context rule: group ${group} missing in ${match.toString()}`);
  return value;
}

/** The words before "key" that make it a secret's name, joined to it by `_`, `-`, `.` or nothing. */
export const KEY_OF_A_SECRET = /(?:api|secret|private|access|signing|encryption|master|auth|client)[_.-]?$/i;

/** What follows a name set as a variable: `=` (not `==`) or Go's and make's `:=`, after a closing quote and blanks. */
const SET_BY_EQUALS = /^["']?[ \t]*:?=(?!=)/;

/**
 * After "PW" and a colon, a first word that mixes lower-case letters with digits (`PW: Tr0ub4dor&3`): a chosen
 * password, which a country's data never is (Palau's name, its codes PLW, 585, PW-004, its dialling code +680).
 */
const CHOSEN_AFTER_PW =
  /^["']?[ \t]{0,4}:[ \t]{0,4}["']?(?=[^\s"']{0,63}[a-z])(?=[^\s"']{0,63}[0-9])[^\s"']{6,64}/;

/** How strongly a credential's name says its value is one: a password's, a secret's, or only a weak hint (key, auth). */
function strengthOf(match: RegExpExecArray): Strength {
  const written = groupOf(match, 1);
  const name = written.toLowerCase();
  // "pass" alone is also an ordinary word; in a longer name or in capitals (DB_PASS, PASS=) it is a password's.
  if (name === "pass" && (written === "PASS" || namePrefix(match).length > 0)) return "password";
  // "PW" alone in capitals is a country's code (Palau: { "PW": "+680 …" }); in a longer name (DB_PW), in
  // lower case, or set with "=" as a shell or an env file sets a variable (PW=…; a code table maps with ":")
  // it is a password's.
  if (name === "pw" && written === "PW" && namePrefix(match).length === 0) {
    const after = match.input.slice(match.index + match[0].indexOf(written) + 2);
    return SET_BY_EQUALS.test(after) || CHOSEN_AFTER_PW.test(after.slice(0, 80)) ? "password" : "weak";
  }
  // A key named for what it guards (api_key, SECRET_KEY, private_key, accessKey, signing-key) is as strong a
  // hint as "token"; a bare key is any map's.
  if (name === "key" && KEY_OF_A_SECRET.test(match.input.slice(Math.max(0, match.index - 11), match.index)))
    return "secret";
  return STRENGTH[name] ?? "weak";
}

/**
 * Names whose key or token is not a credential: public keys, anti-forgery tokens, the many "keys" of data
 * structures and storage (cache_key, primary_key, bucket_key …), and a listing's position, which each API
 * names its own way (nextPageToken, NextToken, ContinuationToken, PaginationToken, pagination_token, skipToken,
 * resumptionToken): an opaque cursor the server handed out, as MCP's own nextCursor is.
 */
export const NOT_A_CREDENTIAL = new Set(
  "public publishable pub csrf xsrf authenticity bucket cache primary sort partition foreign idempotency object storage map dict lookup translation i18n entry row column index unique composite host next page paging pagination skip resumption continuation cursor sync".split(
    " ",
  ),
);

/**
 * The last word of the name before the keyword, in lower case: after the last separator or at the last
 * capital (user_cache_, userCache → cache; bitbucket_ → bitbucket, which is not "bucket").
 */
function lastWord(prefix: string): string {
  let end = prefix.length;
  const c = prefix.charCodeAt(end - 1);
  if (c === 95 || c === 46 || c === 45) end--; // _ . -
  let start = end;
  while (start > 0) {
    const d = prefix.charCodeAt(start - 1);
    if (d === 95 || d === 46 || d === 45) break;
    start--;
    if (d >= 65 && d <= 90 && start > 0) {
      const before = prefix.charCodeAt(start - 1);
      if (!(before >= 65 && before <= 90)) break; // a capital after a lower-case letter starts the word
    }
  }
  return prefix.slice(start, end).toLowerCase();
}

/** The rest of the name before the keyword (up to 30 characters of identifier). */
function namePrefix(match: RegExpExecArray): string {
  const text = match.input;
  let from = match.index;
  while (from > 0 && match.index - from < 30 && isNameCharacter(text.charCodeAt(from - 1))) from--;
  return text.slice(from, match.index);
}

function isNameCharacter(c: number): boolean {
  return (
    (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 46 || c === 45
  );
}

/**
 * `<dbPassword>secret</dbPassword>`, `<string name="api_key">secret</string>`: a ">" assigns only when it closes an
 * XML element named by the key (by its tag, or by its name attribute as Android's resources do), and the
 * value is that element's content, followed by its closing tag (`<your-client-secret>` on a line of its own is
 * a placeholder, not an element whose content is the next line).
 */
function closesElement(match: RegExpExecArray, prefix: string): boolean {
  const whole = match[0];
  if (!whole.includes(">")) return true;
  const operator = /^[A-Za-z0-9_.-]*["'\]]{0,2}[ \t]{0,4}>/.exec(whole);
  if (!operator) return true;
  // An element named by the key (<dbPassword>), or an Android string resource (<string name="api_key">).
  const nameStart = match.index - prefix.length;
  const named = /name=["']$/.test(match.input.slice(Math.max(0, nameStart - 6), nameStart));
  if (match.input[nameStart - 1] !== "<" && !named) return false;
  const after = match.input.slice(match.index + whole.length, match.index + whole.length + 48);
  return /^[ \t\r\n]{0,40}<\//.test(after);
}

/** Words that make one lower-case name with a following keyword: apikey, accesstoken, dbpassword. */
const COMPOUND =
  /(?:api|access|secret|private|auth|refresh|client|app|bot|session|master|admin|root|db|user|oauth|service|deploy|signing|encryption|webhook|account|license|licence|subscription|consumer|shared|personal|integration|management|project|instance)$/i;

/**
 * The name ends at the keyword: what precedes it must not be a letter of the same word (monkey, author),
 * except a lower-case letter before a capital (apiKey), capitals before capitals (APIKEY), an acronym before
 * a lower-case keyword (SSHpassword, SMTPpassword) or a capitalised one (APIToken), or a word that makes one
 * name with it (apikey).
 */
function nameEndsHere(match: RegExpExecArray, prefix: string): boolean {
  // "https://oauth2.example.com/token", "auth…": a word that ends a path or URL is not a name being assigned.
  if (match.input[match.index - prefix.length - 1] === "/") return false;
  // A Java system property or a Gradle project property on a command line (-Dpassword=…, -Ptoken=…): the
  // option's letter is glued to the name.
  if (prefix === "-D" || prefix === "-P") return true;
  const before = match.input.charCodeAt(match.index - 1);
  const lower = before >= 97 && before <= 122;
  if (!(lower || (before >= 65 && before <= 90)) || COMPOUND.test(prefix)) return true;
  const keyword = groupOf(match, 1);
  if (lower) return /^[A-Z]/.test(keyword);
  // Three letters end many words in capitals (LIBEXPAT_A): glued to a longer run of capitals, "PAT" is the
  // word's tail; after a short acronym it is the token's name (Contentful's CFPAT-…, ADOPAT).
  if (keyword.toLowerCase() === "pat") return /(?:^|[^A-Za-z])[A-Z]{1,3}$/.test(prefix);
  // After capitals: the keyword in capitals (APIKEY), in lower case after an acronym (SSHpassword), or
  // capitalised after an acronym of two letters or more (APIKey, JWTSecret, ETSYToken), where the capital
  // starts a new word as in any camel-case name; one capital before it is a word's first letter (OAuth).
  return (
    keyword === keyword.toUpperCase() ||
    (/^[a-z]{3}/.test(keyword) && /(?:^|[^A-Za-z])[A-Z]{2,6}$/.test(prefix)) ||
    (/^[A-Z][a-z]/.test(keyword) && /[A-Z]{2}$/.test(prefix))
  );
}

/** password = getenv("X"), token = vault["x"]: the value is an expression that fetches the secret. */
function followedByCall(match: RegExpExecArray): boolean {
  const next = match.input.charCodeAt(match.index + match[0].length);
  return next === 40 || next === 91; // ( [
}

/**
 * A token in the query of an image's URL (codecov.io/…/badge.svg?token=…) is published with the image on
 * purpose: a badge's token only reads the badge, and every README that shows the badge carries it.
 */
function inImageUrl(match: RegExpExecArray): boolean {
  const before = match.input.slice(Math.max(0, match.index - 5), match.index);
  return /\.(?:svg|png)\?$/i.test(before);
}

/**
 * An OpenPGP key's fingerprint (40 hex digits) or long id (16) under a GPG or PGP key's name ("Release GPG key:
 * 4ED7…") or a release manager's (Apache Commons POMs' `<commons.releaseManagerKey>`, the key a release is
 * signed with, listed in the project's KEYS file): it names a public key, published so that others can check
 * signatures. The private key itself is armoured (private-keys.ts) and its passphrase is named as one.
 */
function pgpFingerprint(match: RegExpExecArray, value: string): boolean {
  if (!/^(?:[A-F0-9]{16}|[A-F0-9]{40})$/i.test(value)) return false;
  const before = match.input.slice(Math.max(0, match.index - 5), match.index);
  if (/(?:gpg|pgp)[ _.-]?$/i.test(before) || /release[_.-]?manager[_.-]?$/i.test(namePrefix(match)))
    return true;
  // Prose naming a signing key or a person's key by its fingerprint, as GnuPG prints it (upper case): a
  // changelog's "Add new upstream signing key 1988…", "Add Simon Josefsson's key B1D2…".
  const words = match.input.slice(Math.max(0, match.index - 12), match.index);
  return (
    /^[A-F0-9]+$/.test(value) &&
    /(?:signing |\w's )$/.test(words) &&
    match[0].startsWith(`${groupOf(match, 1)} `)
  );
}

/** A Kubernetes taint's value and effect (`key1=value1:NoSchedule`): a node's label, public in `kubectl describe`. */
const TAINT = /^[A-Za-z0-9_.-]{0,63}:(?:NoSchedule|PreferNoSchedule|NoExecute)$/;

/**
 * A content address, not a credential: an algorithm's digest (`key: "sha256:5c53…"`, an image's or a cache
 * entry's), or hex that the same text gives elsewhere as an object's id (containerd's `"SnapshotKey"` is the
 * container's `"ID"`).
 */
function contentDigest(value: string, m: RegExpExecArray): boolean {
  if (/^(?:sha(?:1|224|256|384|512)|blake2b|md5):[a-f0-9]{32,128}$/.test(value)) return true;
  if (!/^[a-f0-9]{32,128}$/.test(value)) return false;
  for (let at = m.input.indexOf(value); at >= 0; at = m.input.indexOf(value, at + 1)) {
    if (
      /(?:^|[^A-Za-z])(?:id|ID|Id|digest|Digest)["']?[ \t]{0,4}[:=][ \t]{0,4}["']?$/.test(
        m.input.slice(Math.max(0, at - 16), at),
      )
    )
      return true;
  }
  return false;
}

/**
 * A public key's DER, base64 (`"key": "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8A…"`, a Chrome extension manifest's): a
 * SubjectPublicKeyInfo opens with a sequence holding the algorithm's sequence and its object identifier, where a
 * PKCS#8 private key opens with its version number. A public key is published on purpose.
 */
function publicKeyInfo(value: string): boolean {
  if (!value.startsWith("MI") || value.length < 60) return false;
  const head = Buffer.from(value.slice(0, 24), "base64");
  let i = 1;
  if (head[0] !== 0x30) return false;
  const length = head[i] as number;
  i += length === 0x81 ? 2 : length === 0x82 ? 3 : length < 0x80 ? 1 : 99;
  return head[i] === 0x30 && head[i + 2] === 0x06;
}

/**
 * The last word before the keyword names what it is not (cache_key), or that word is "key" and the one before
 * it does: a public key's token (.NET's publicKeyToken) or id is public as the key is.
 */
function notACredential(prefix: string, match: RegExpExecArray): boolean {
  if (prefix === "" && SPACED_PUBLIC.has(spacedWordBefore(match))) return true;
  if (WEBSOCKET_NONCE.test(prefix)) return true;
  const word = lastWord(prefix);
  if (NOT_A_CREDENTIAL.has(word) || antiForgeryName(word)) return true;
  if (word !== "key") return false;
  const before = prefix.slice(0, prefix.length - (/[_.-]$/.test(prefix) ? 4 : 3));
  return before.length > 0 && NOT_A_CREDENTIAL.has(lastWord(before));
}

/**
 * A WebSocket handshake's Sec-WebSocket-Key (RFC 6455, 4.1): a nonce of 16 random bytes sent in the clear, which
 * the server hashes into Sec-WebSocket-Accept to show it speaks WebSocket; it authenticates nobody.
 */
const WEBSOCKET_NONCE = /sec[_-]websocket[_-]$/i;

/**
 * The words that, written before "key" with a blank (`public key:` of `wg show` and age, Tailscale's `node key:`),
 * say the key is the public half; "private key" under the same layout stays a credential.
 */
const SPACED_PUBLIC = new Set(["public", "publishable", "pub", "node"]);

/** The word a single blank before the keyword parts from it (up to 12 letters), in lower case; "" if none. */
function spacedWordBefore(match: RegExpExecArray): string {
  const text = match.input;
  const blank = match.index - 1;
  const c = text.charCodeAt(blank);
  if (c !== 32 && c !== 9) return "";
  let from = blank;
  while (from > 0 && blank - from < 12 && isLetter(text.charCodeAt(from - 1))) from--;
  if (from > 0 && isNameCharacter(text.charCodeAt(from - 1))) return "";
  return text.slice(from, blank).toLowerCase();
}

const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * An AWS Encryption SDK message in base64 (its header: version 01, type 80 and an algorithm's id 00xx–03xx, or
 * version 02 and algorithm 0478/0578), assigned to the keyword.
 */
const ENCRYPTION_SDK_MESSAGE = /^["']?[ \t]{0,4}[:=][ \t]{0,4}["']?(?:AYA[A-D]|Ag[RV]4)[A-Za-z0-9+/]{60}/;

/**
 * A name that says its value is encrypted (EncryptedToken, as AWS's page cursors carry one) over an AWS
 * Encryption SDK message: ciphertext, which discloses nothing without its KMS key. Both must say so: the header
 * alone under another name (LONG_CREDENTIAL: AgV4…) is still judged as any value.
 */
function encryptedMessage(match: RegExpExecArray, prefix: string): boolean {
  if (lastWord(prefix) !== "encrypted") return false;
  const keyword = groupOf(match, 1);
  const after = match.index + match[0].indexOf(keyword) + keyword.length;
  return ENCRYPTION_SDK_MESSAGE.test(match.input.slice(after, after + 80));
}

/** Where an assignment match stands: a whole name ending at the keyword, assigned a value, not a call. */
/** A manual page's section after its name, then a colon and a blank (`passwd.8: `, `chpasswd.8: `, `passwd.1ssl: `). */
const MAN_PAGE_SECTION = /^\.[1-9][a-z]{0,6}:[ \t]/;

/** Two colons, then a name's letter: a scope's separator, not an assignment's colon (nor `::=`). */
const SCOPE_AFTER = /^::[A-Za-z_]/;

function standsAsAssignment(match: RegExpExecArray): boolean {
  if (followedByCall(match) || !setterCall(match)) return false;
  const prefix = namePrefix(match);
  if (listedWord(match, prefix) || anotherSwitch(match, prefix)) return false;
  const afterName = match.index + groupOf(match, 1).length;
  if (inCssSelector(match.input, match.index - prefix.length, afterName)) return false;
  // A manual page's file name heading a changelog entry (`update-passwd.8: Document that …`): `.<section>`.
  if (MAN_PAGE_SECTION.test(match.input.slice(afterName, afterName + 12))) return false;
  // A scope joined by `::` (apt's `apt::key::net-update-enabled`, git's `key::ecdsa-sha2-nistp256`): the name
  // goes on after it, and no value follows a colon of its own.
  if (SCOPE_AFTER.test(match.input.slice(afterName, afterName + 3))) return false;
  return (
    nameEndsHere(match, prefix) &&
    closesElement(match, prefix) &&
    !notACredential(prefix, match) &&
    !encryptedMessage(match, prefix) &&
    !publicSiteKey(groupOf(match, 1), lastWord(prefix)) &&
    !inResourceName(match, prefix) &&
    !inArtifactCoordinate(match, prefix)
  );
}

/**
 * A command-line switch whose name goes on past the credential's word (`--pass-arg=asyncify-imports@env.sleep`,
 * wasm-opt's; `--pass-through`, `--pass-env`): a switch's name runs to the blank or `=` after it, so this is
 * another option, whose argument is no password. `--pass <value>` and `--pass=<value>` still name one, and so
 * does a word that says which form of it follows (`--secret-string`, `--password-hash`, `--token-value`).
 */
const SWITCH_GOES_ON = new RegExp(`^-(?!${VALUE_FORM_WORDS}(?![A-Za-z0-9]))[A-Za-z]`);

function anotherSwitch(match: RegExpExecArray, prefix: string): boolean {
  if (prefix !== "-" && prefix !== "--") return false;
  return SWITCH_GOES_ON.test(match[0].slice(groupOf(match, 1).length));
}

/**
 * A Maven coordinate, group:artifact[:packaging[:classifier]]:version[:scope], as a Gradle lockfile
 * (`…=compileClasspath,runtimeClasspath`), `mvn dependency:list` and a build's dependency notation write it:
 * the group is a dotted name (com.auth0, com.google.auth), the version dotted numbers. A credential's word in it
 * (`com.auth0:java-jwt`, `google-auth-library-credentials:1.23.0`) names a library, and what follows is the
 * rest of its name and its version, not a value. The whole blank-delimited word must take that shape.
 */
const ARTIFACT_COORDINATE =
  /^[A-Za-z][A-Za-z0-9_-]{0,62}(?:\.[A-Za-z0-9_-]{1,63}){1,8}:[A-Za-z0-9_.-]{1,128}(?::[A-Za-z][A-Za-z0-9_-]{0,30}){0,2}:[0-9]{1,8}\.[0-9A-Za-z]{1,20}(?:[.-][A-Za-z0-9]{1,20}){0,5}(?::[a-z]{3,10})?(?:=[A-Za-z,]{0,400})?$/;

function inArtifactCoordinate(match: RegExpExecArray, prefix: string): boolean {
  const at = match.index - prefix.length;
  const text = match.input;
  let start = at;
  while (start > 0 && at - start < 200 && !/[\s"'`([,]/.test(text[start - 1] as string)) start--;
  let end = match.index + match[0].length;
  const limit = Math.min(text.length, end + 600);
  while (end < limit && !/[\s"'`)\]]/.test(text[end] as string)) end++;
  return ARTIFACT_COORDINATE.test(text.slice(start, end));
}

/**
 * How a comma sets the value after the name, when one does: after a name written as a string (`set("password",
 * "…")`, `["--password", "…"]`) or after a variable (`"Bearer " + self.api_key, "…"`, `str(pat, 'ISO-8859-1')`),
 * which may be an argument passed beside another, so that the literal is the name's only when it looks
 * machine-made (see assignedValue).
 */
function commaAfter(match: RegExpExecArray): "quoted" | "variable" | undefined {
  const operator = /^[^"'`]*?(?:\\{0,3}["'\]]){0,2}[ \t]*,/.exec(match[0].slice(groupOf(match, 1).length));
  if (operator === null || /[=:>(]/.test(operator[0])) return undefined;
  return /["']/.test(operator[0]) ? "quoted" : "variable";
}

/**
 * A quoted word after another quoted word and a comma is an item of a list of words (`"md5", "password",
 * "scram-sha-256"`, the methods a comment lists), not a name the next item is set to, when that item is a word
 * too (a method's name: md5, scram-sha-256): a command-line option (`"root", "--password", "…"`) or a chosen
 * password after it (`login("root", "password", "Xk9#mP2$vL")`) is still set so.
 * So is the first item of a bracketed list of field names (`redact: ['password', 'creditCard', 'ssn']`, a
 * logger's or serialiser's fields to hide): after "[" when the next item is a field's name (words, camel or
 * snake case); after "(", a call's arguments as much as a tuple, only when a third name follows.
 */
function listedWord(match: RegExpExecArray, prefix: string): boolean {
  if (prefix.startsWith("-") || commaAfter(match) !== "quoted") return false;
  const next = /[^"'`]*$/.exec(match[0])?.[0] ?? "";
  const at = match.index - prefix.length;
  const before = match.input.slice(Math.max(0, at - 12), at);
  if (WORD_ITEM.test(next) && /["'][ \t]{0,4},[ \t]{0,4}\\{0,3}["']$/.test(before)) return true;
  if (!FIELD_NAME_ITEM.test(next)) return false;
  if (/[[][ \t]{0,4}\\{0,3}["']$/.test(before)) return true;
  if (!/[(][ \t]{0,4}\\{0,3}["']$/.test(before)) return false;
  const end = match.index + match[0].length;
  return /^\\{0,3}["'][ \t]{0,4},[ \t]{0,4}\\{0,3}["'][A-Za-z_]/.test(match.input.slice(end, end + 16));
}

/** A word, or words joined by dashes, as a list of methods names them (md5, scram-sha-256). */
const WORD_ITEM = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
/** A field's name in a list of them: letters in words, camel or snake case (creditCard, card_number, ssn). */
const FIELD_NAME_ITEM = /^[a-z]+(?:[A-Z][a-z]+|_[a-z]+)*$/;

/**
 * A call that opens right after the name (`setPassword("…")`, `withApiKey("…")`, `.password("…")`,
 * `.apiKey("…")`) sets the credential only when the method is named for setting it: a setter's verb (set,
 * with) first, or the name alone as a builder's method after a dot. Other calls read, check or transform
 * (`hashPassword("…")`, `getToken("name")`, `useToken("name")`), whose literal is an argument, not the credential.
 */
function setterCall(match: RegExpExecArray): boolean {
  // Most matches hold no parenthesis at all; one inside a quoted value is not the call's.
  const open = match[0].indexOf("(");
  if (open < 0 || !/^[A-Za-z0-9_.-]*$/.test(match[0].slice(0, open))) return true;
  const before = match.input.slice(Math.max(0, match.index - 30), match.index);
  const method = /[A-Za-z0-9_]*$/.exec(before)?.[0] ?? "";
  if (/^(?:set|with)(?:_|[A-Z]|$)/i.test(method)) return true;
  const dot = before.charCodeAt(before.length - method.length - 1) === 46;
  return dot && (method === "" || COMPOUND.test(method)) && method.length <= 12;
}

/**
 * A field of an Amazon resource name (arn:aws:secretsmanager:us-east-1:123456789012:secret:db-creds-AbC123):
 * "secret:" there is the resource's type, and what follows it the secret's name, not its value.
 */
function inResourceName(match: RegExpExecArray, prefix: string): boolean {
  const at = match.index - prefix.length;
  if (match.input.charCodeAt(at - 1) !== 58) return false; // :
  const line = match.input.slice(Math.max(0, at - 220), at);
  return (
    /arn:aws[a-z-]{0,12}:[a-z0-9-]{1,40}:[a-z0-9-]{0,30}:[0-9]{0,12}:$/.test(line) || inDynamicReference(line)
  );
}

/**
 * A URL is where a service is, not a credential, unless it carries one (scheme://user:password@host): then the
 * password decides, as in the connection string rule (a placeholder or the user name repeated is none).
 */
function urlWithoutCredentials(value: string): boolean {
  const url = /^[A-Za-z][A-Za-z0-9+.-]{1,20}:\/\/(?:([^\s/:@]{0,128}):([^\s/@]{1,256})@)?/.exec(value);
  if (!url) return false;
  const [, user, password] = url;
  return !password || password === user || isPlaceholder(password) || isReference(password);
}

/** JavaScript's typed arrays, the type a key or secret is declared with in code. */
const TYPED_ARRAY =
  /^(?:Uint8|Uint8Clamped|Uint16|Uint32|Int8|Int16|Int32|Float32|Float64|BigInt64|BigUint64)Array$/;

/**
 * A command-line option (`--disable-warning=FSTWRN004`): what "pass" or "key" beside it in prose tells the reader
 * to give a program, not a credential.
 */
const LONG_OPTION = /^--[A-Za-z][A-Za-z0-9-]*(?:=|$)/;

/** Base64 of ordinary words separated by spaces ("dummy text data"): encoded prose, not key material. */
function isEncodedText(value: string): boolean {
  if (value.length < 12 || value.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(value)) return false;
  const decoded = Buffer.from(value, "base64").toString("latin1");
  return /^[A-Za-z]{2,}(?: [A-Za-z]{1,}){2,}[.!]?$/.test(decoded);
}

/**
 * A value set beside its name with no operator ("API token 5179f75c…") or by the word "is", unquoted: prose
 * does that too ("password protected", "the token is invalid"), so the value must look machine-made whatever
 * the name (the weak name's bar, and both letters and digits), and a password's name is not enough.
 */
function juxtaposed(match: RegExpExecArray, value: string): boolean {
  // What stands between the whole name (its words after the keyword too: credentials-passing, passwd-style)
  // and the value: a hyphen inside the name is no dash setting a value.
  const between = match[0]
    .slice(groupOf(match, 1).length, match[0].length - value.length)
    .replace(/^[A-Za-z0-9_.-]*/, "");
  // A dash between blanks (`API token - 5179f75c…`, a list or a note) sets a value as loosely as a space.
  // A table's bar between cells sets it as a colon does (see tableCell).
  if (/[=:>,|]/.test(between) || (between.includes("-") && !/[ \t]-[ \t]/.test(between))) return false;
  // A command-line option (--password hunter22, PowerShell's -Password …) sets its value with a space, and
  // one alone as a list's item its next item (see listedOption).
  if (isOption(match) || STEP_TO_NEXT_ITEM.test(between)) return false;
  // A value in quotes is set on purpose (Gradle's `password "…"`, `the password is "centipede"`).
  const end = match.index + match[0].length;
  const quote = match.input[end - value.length - 1];
  if (!((quote === '"' || quote === "'") && match.input[end] === quote)) return true;
  // Unless the name is quoted too: two strings a blank apart are a call's arguments (a Helm template's
  // `dict "key" "mariadb-password" "providedValues"`), the next one no more the name's value than in prose.
  return quotedArguments(match, between);
}

/**
 * The name stands in quotes, only a blank and the value's quote follow its closing quote, and the quoted name is
 * itself an argument's value: a resource's name joined to the keyword by a hyphen or underscore
 * (`"mariadb-root-password"`, Terraform's `"random_password"`), or the string after a selector (`"key"`,
 * `"field"`). A quoted credential name alone (`dict "password" "…"`, Valve's `"password"\t\t"…"`, Helm's
 * `set .Values.auth "rootPassword" "…"`) is the name of the value after it.
 */
function quotedArguments(match: RegExpExecArray, between: string): boolean {
  const prefix = namePrefix(match);
  const openAt = match.index - prefix.length - 1;
  const open = match.input[openAt];
  if (!((open === '"' || open === "'") && new RegExp(`^${open}[ \\t]{1,4}${open}$`).test(between)))
    return false;
  if (/[-_]$/.test(prefix)) return true;
  return SELECTOR_BEFORE.test(match.input.slice(Math.max(0, openAt - 24), openAt));
}

/** A quoted word that selects the next argument (a template's `"key"`, `"field"`, `"name"`), then a blank. */
const SELECTOR_BEFORE = /["'](?:key|field|name|item|property|path|id|secretKey|secretName)["'][ \t]{1,4}$/;

/** A member path (win32api.RegEnumKey, Foo::Bar::KEY) whose last member is `name`. */
function memberOfTheSameName(value: string, name: string): boolean {
  return (
    (value.endsWith(`.${name}`) || value.endsWith(`::${name}`)) &&
    /^[A-Za-z_$][\w$]*(?:(?:\.|::)[A-Za-z_$][\w$]*)+$/.test(value)
  );
}

/** A .netrc entry's login token after its password (the pattern's lookahead holds its first character). */
function netrcLoginAfter(m: RegExpExecArray): string {
  const after = m[3];
  if (after === undefined) return "";
  const loginAt = m.index + m[0].length + after.length - 1;
  return after.slice(0, -1) + (/^[^\s]{1,128}/.exec(m.input.slice(loginAt, loginAt + 128))?.[0] ?? "");
}

/** The name is a command-line option: one or two hyphens, after a blank, a quote or the start. */
function isOption(match: RegExpExecArray): boolean {
  const prefix = namePrefix(match);
  if (prefix !== "-" && prefix !== "--") return false;
  const at = match.index - prefix.length;
  return at === 0 || /[\s"'`(]/.test(match.input[at - 1] ?? "");
}

function machineMade(value: string): boolean {
  return /[0-9]/.test(value) && /[A-Za-z]/.test(value) && strongEnough(value, "weak");
}

/**
 * Code rather than data: an identifier or a member path, without digits (rightValue, kEnumerableProperty,
 * entry.config.workspaceDir, _getNationalPrefix, this.#token). A machine-made token has digits; the rare one
 * of letters only is missed here, a price for not reporting every assignment between variables in code.
 */
const CODE_PATH = /^[_$#]?[A-Za-z][A-Za-z_$]*(?:\??\.[_$#]?[A-Za-z][A-Za-z_$]*)*$/;

/**
 * Words run together in camel case (sourceCode, nextKeyIsArrayIndex, defaultIDDPrefix, a tokenizer's
 * "?NoLineTerminatorHere"): what a token or key variable is set to in code. A random run of mixed-case letters
 * often takes that shape (cbvdheSrOn), so the words must read as words: each with a vowel and no four
 * consonants in a row, two letters only for a short word (Id, Is, No …), at most one acronym, and vowels for
 * three letters in ten or more. About one random value of ten to twelve letters in 200 still passes (of
 * twenty letters, 3 in 10,000); machine-made secrets of letters only are rare in the first place.
 */
const INNER_NUMBER = /(?<=[a-z])[0-9]{1,4}(?=[A-Z][a-z])/g;
const MAX_INNER_NUMBERS = 2;

/** The name without the numbers standing between its words, or undefined when it holds too many. */
function withoutInnerNumbers(name: string): string | undefined {
  let count = 0;
  const value = name.replace(INNER_NUMBER, () => {
    count++;
    return "";
  });
  return count <= MAX_INNER_NUMBERS ? value : undefined;
}

const CAMEL_SHAPE = /^[?@#$_]?(?:[a-z]{2,}|[A-Z][a-z]+)(?:[A-Z][a-z]+|[A-Z]{2,4}(?=[A-Z][a-z]|$)){1,12}$/;
const ONE_WORD = /^[A-Z][a-z]{4,20}$/;
const SHORT_WORDS = new Set(
  "id is in on of to by at no or if up do as an my me we it be go ok ui io db js os".split(" "),
);
function isCamelCaseName(name: string): boolean {
  // A constant's "k" (kEnumerableProperty, kMaxLength), as Node's and Chromium's sources name them.
  const unprefixed = /^k[A-Z]/.test(name) ? name.slice(1) : name;
  // A year or version between two words (ClientCapabilities2026Schema, Vue3Plugin, an SDK's schema for one
  // revision of a protocol) is one of the name's words; the words around it must still read as words.
  const value = withoutInnerNumbers(unprefixed);
  if (value === undefined) return false;
  // One capitalised word is a class's, a type's or a constant's name (`token = Punctuation`, a lexer's token
  // type; `PseudoToken = Whitespace + …`): a generated value of letters mixes their case throughout.
  if (!CAMEL_SHAPE.test(value) && !ONE_WORD.test(value)) return false;
  let acronyms = 0;
  let letters = 0;
  let vowels = 0;
  for (const word of value.match(/[A-Z]{2,4}(?=[A-Z][a-z]|$)|[A-Z]?[a-z]+/g) ?? []) {
    if (/^[A-Z]{2,4}$/.test(word)) {
      if (++acronyms > 1) return false;
      continue;
    }
    const lower = word.toLowerCase();
    if (lower.length === 2 ? !SHORT_WORDS.has(lower) : !/[aeiouy]/.test(lower) || /[^aeiouy]{4}/.test(lower))
      return false;
    letters += lower.length;
    vowels += lower.length - lower.replace(/[aeiouy]/g, "").length;
  }
  return vowels * 10 >= letters * 3 && (acronyms === 0 || value.length >= 12);
}

const NUMBERED_MEMBER_PATH =
  /^[_$]?[A-Za-z][A-Za-z_$]*[0-9]{0,3}(?:\??\.[_$#]?[A-Za-z][A-Za-z_$]*[0-9]{0,3})+$/;
const SNAKE_CASE_NAME = /^[a-z]{2,20}(?:_[a-z]{2,20}){1,4}$/;
/**
 * An operator and its next operand after an unquoted value (`= x86_cpu_index_1_edx + 16,`, `= base_len * 2`):
 * the value is an operand of an expression, C's enumerators and constants written from other names.
 */
const ARITHMETIC_AFTER = /^[ \t]{1,4}(?:[+*/%|&^-]|<<|>>)[ \t]{1,4}(?:[0-9]|[A-Za-z_(])/;

/**
 * A C-style name of short words joined by underscores (`x86_cpu_index_1_edx`, `max_key_len`): at least two
 * words of three letters or more, and few digits, as a program's names are; a random run with underscores
 * holds longer mixed parts.
 */
function identifierOfWords(value: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9]{0,19}(?:_[A-Za-z0-9]{1,20}){1,7}$/.test(value)) return false;
  const parts = value.split("_");
  const digits = value.replace(/[^0-9]/g, "").length;
  return (
    digits <= 4 && parts.filter((part) => /^[a-z]{3,}$|^[A-Z]{3,}$|^[A-Z][a-z]{2,}$/.test(part)).length >= 2
  );
}

/**
 * Words of letters that name a credential (previousPassword, old_secret, AccessTokenKey): another variable or
 * field, passed where the value would be (`check(new_password, "previousPassword")`), not a value.
 */
function namesACredential(value: string): boolean {
  if (!/^[A-Za-z][A-Za-z_-]{5,60}$/.test(value)) return false;
  const words = value.split(/[_-]|(?<=[a-z])(?=[A-Z])/);
  return (
    words.length >= 2 &&
    words.every((w) => w.length >= 2) &&
    words.some((w) => CREDENTIAL_WORDS.has(w.toLowerCase()))
  );
}
const CREDENTIAL_WORDS = new Set(
  "password passwd pass pwd passphrase secret token key credential credentials".split(" "),
);

/**
 * A relative path to a file (user/avatars/3f9a….png, config/prod.json): folders, then a name with an extension
 * of letters. Base64 has no dot and URL-safe alphabets no slash, so a key in either alphabet is never this.
 */
const FILE_PATH = /^(?:[A-Za-z0-9_-]{1,128}\/){1,16}[A-Za-z0-9_.-]{1,128}\.[a-z]{2,5}$/;

/**
 * A command's long option (`--cluster-name`, `--hostname`, `--kube-context`): words of letters, each perhaps
 * numbered, after two hyphens. It names what the next argument is (`["eks", "get-token", "--cluster-name", …]`,
 * where a list's next item after "token" would be its value), and is never that value.
 */
const COMMAND_OPTION = /^--[a-z]+[0-9]{0,3}(?:-[a-z]+[0-9]{0,3})*$/;

/**
 * A long option with its metavariable, as a usage synopsis writes it (`--kms-keyring=KMS_KEYRING`,
 * `--primary-cluster=PRIMARY_CLUSTER`): the upper-case name spells the option's own words, or its last ones, so
 * it stands for a value to be given; a real value does not repeat the option's name.
 */
function optionWithMetavariable(value: string): boolean {
  const m = /^--([a-z][a-z0-9]*(?:-[a-z0-9]+)*)=([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)$/.exec(value);
  if (!m) return false;
  const option = m[1] as string;
  const spelled = (m[2] as string).toLowerCase().replace(/_/g, "-");
  return option === spelled || option.endsWith(`-${spelled}`);
}

/** An ISO 8601 date with its time, as logs stamp their lines (2026-11-27T10:14:02.1234567Z). */
const TIMESTAMP =
  /^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:[.,][0-9]{1,9})?)?(?:Z|[+-][0-9]{2}:?[0-9]{2})?$/;

/** Below every threshold of strongEnough for values of six characters or more. */
const MIN_ASSIGNED_ENTROPY = 1.8;

/** The engine has already dropped placeholders; this judges what remains by how strongly the name hints. */
export function strongEnough(value: string, strength: Strength, inCode = false): boolean {
  // Punctuation only (",.:-@*?!", a list of separators or a regex class) spells no credential.
  if (!/[\p{L}\p{N}]/u.test(value)) return false;
  // The name of a hashing scheme (`password_encryption = scram-sha-256`, PASSWORD_HASH = "argon2"): a setting.
  if (isHashScheme(value)) return false;
  // A date and time (a job log's line stamp after a step named "Generate token"): when, not a credential.
  if (TIMESTAMP.test(value)) return false;
  // A media type, perhaps keyed by a status (fastify's `Key "200:application/json"`): what a reply carries.
  if (isMediaType(value)) return false;
  // A type (`setSecret(secret: Uint8Array)`, a TypeScript signature): the value's kind, not a value.
  if (TYPED_ARRAY.test(value)) return false;
  if (isReference(value) || isHostName(value) || urlWithoutCredentials(value) || isEncodedText(value))
    return false;
  // Code, not data: a member path (entry.config.dir), or an identifier without digits where code goes on
  // after it (rightValue; kEnumerableProperty,) or that names a type (password: BinaryLike). A random value
  // of letters only on a line of its own (client_secret=iUhkaVfyi) is still judged as a value.
  if (
    CODE_PATH.test(value) &&
    (value.includes(".") || (strength === "password" ? isIdentifier(value) : inCode))
  )
    return false;
  // Unquoted where code goes on after it, a member path whose names are numbered (_step2.value.key, as
  // transpilers write): an expression.
  if (inCode && NUMBERED_MEMBER_PATH.test(value)) return false;
  if (namesACredential(value) || FILE_PATH.test(value) || COMMAND_OPTION.test(value)) return false;
  // A language file's label for the field (`"password": "Passwort"`, `"regen_api_key": "APIキーを再生成"`).
  if (isTranslatedLabel(value)) return false;
  if (optionWithMetavariable(value)) return false;
  // Names written in camel case (sourceCode, nationalPrefixIsOptional, "?NoLineTerminatorHere" of a
  // tokenizer): what a token or key variable is set to in code. Every word has two letters or more, so a
  // random run of letters (iUhkaVfyi) is not taken for one; a password may be such words, so it is judged on.
  if (strength !== "password" && isCamelCaseName(value)) return false;
  // So is an HTTP header's name (Content-Type, X-Api-Key): the header a token travels in, named by a constant.
  if (strength !== "password" && isHeaderName(value)) return false;
  const bits = entropy(value);
  if (strength === "password")
    return value.length >= 6 && bits >= Math.min(2.2, Math.log2(value.length) * 0.7);
  if (isWords(value) || isIdentifier(value)) return false;
  // A number longer than any integer type holds (over 20 digits) is not an id: a numeric key or secret.
  if (/^[0-9]{24,}$/.test(value)) return true;
  if (strength === "secret")
    return (
      value.length >= 8 &&
      bits >= Math.min(2.7, Math.log2(value.length) * 0.7) &&
      characterClasses(value) >= 2
    );
  // A weak name ("key") needs a value that is not itself a dotted or underscored identifier, whose parts are
  // words, each perhaps numbered (app.v2, user_id-3, Access-Control-Max-Age); random parts (x7fk2-9qaz) make
  // a token.
  // So is a namespaced name (io.modelcontextprotocol/related-task) or a command-line option or CSS property
  // (--color-background-primary).
  // So is the prefix of such a name, to which code appends the rest (`'_threading_local._localimpl.' + str(…)`,
  // a module's private names led by an underscore).
  if (/^(?:--|_{1,2})?[a-z]+[0-9]{0,3}(?:[._/-]{1,2}[a-z]+[0-9]{0,3})+[._/:-]?$/i.test(value)) return false;
  return value.length >= 16 && bits >= 3.3 && characterClasses(value) >= 2;
}

/**
 * Code in quotes: a JavaScript template literal that interpolates (`${prefix}-${id}`), a reference spliced in
 * by quotes of another kind, or a member path with indexes (users.*.password, a[0].token, as redaction and
 * query paths are written), its first member a wildcard too (pino's `*.headers.cookie`).
 */
function interpolatedOrIndexed(value: string, match: RegExpExecArray): boolean {
  const quote = match.input[match.index + match[0].length - value.length - 1];
  if (quote === "`" && value.includes("${")) return true;
  // Words, then a template's expression (`key: go-mod-cache-v2-${{ hashFiles('**/go.sum') }}`, an Actions
  // cache key; `name-{{ .Values.x }}`): the value is made at run time from the words and what the expression
  // names, and the words alone are no secret.
  const end = match.index + match[0].length;
  if (
    /^\$?\{\{/.test(match.input.slice(end - 1, end + 2)) &&
    /^[a-z][a-z0-9]*(?:[-_.][a-z0-9]+)*[-_.]?\$?$/.test(value)
  )
    return true;
  // Quotes of another kind around a reference: shell quoting that splices a variable in ("'$DB_PASS'").
  const inner = value.replace(/^["'`]+|["'`]+$/g, "");
  if (inner !== value && (isReference(inner) || isStandIn(inner))) return true;
  return /^(?:[A-Za-z_$][\w$]*|\*)(?:\.(?:[\w$]+|\*)|\[[^\]]{0,40}\])+$/.test(value) && /[[*]/.test(value);
}

/**
 * A Go template's action calls a function (`{{- $password = randAscii 16 }}`, Sprig's random password in a
 * Helm chart): inside an open `{{`, a bare name followed by its arguments and the action's close is the
 * function, not the password (which is made when the chart is rendered).
 */
function templateFunctionCall(value: string, m: RegExpExecArray): boolean {
  if (!/^[a-z][A-Za-z0-9]{1,40}$/.test(value)) return false;
  const end = m.index + m[0].length;
  const lineStart = m.input.lastIndexOf("\n", m.index) + 1;
  const before = m.input.slice(Math.max(lineStart, m.index - 120), m.index);
  const open = before.lastIndexOf("{{");
  if (open < 0 || before.indexOf("}}", open) >= 0) return false;
  return /^[ \t]+[^\n{}]{1,80}\}\}/.test(m.input.slice(end, end + 90));
}

/**
 * One rule per keyword, each pattern starting with its own literal (a leading alternation of every name
 * would be tried at each of the many keyword positions in source code).
 */
const NAMES: Record<(typeof NAME_KEYWORDS)[number], string> = {
  pass: "pass(?:word|wd|phrase)?",
  pwd: "pwd",
  // Not followed by a letter: "pwd" and "pword" are other names, "pwned" no name.
  pw: "pw(?![A-Za-z])",
  secret: "secret",
  token: "token",
  pat: "pat",
  credential: "credentials?",
  key: "key",
  auth: "auth",
};

/** A name holding a keyword the assignment rules read a value by (accountKey, pageToken, tokenAddress). */
export const HOLDS_ASSIGNED_NAME = new RegExp(Object.values(NAMES).join("|"), "i");
/** A name the assignment rules read a value by: it ends at its keyword, or the keyword's tail (token_value). */
export const ASSIGNED_NAME = new RegExp(`(?:${Object.values(NAMES).join("|")})${NAME_TAIL}$`, "i");

/**
 * A value that carries a vendor's prefix but not that vendor's shape (meraki_token = <65 characters>,
 * token=spu-<upper-case hex>) is not that vendor's token, and the vendor's rule rightly leaves it; it may still be
 * a credential. The principle: a name that says secret, token or key, set to a value random enough for the
 * name's strength, is reported as a generic secret whatever its format; the vendor's prefix counts for nothing
 * in that judgement (the engine judges only what follows it, so token: xoxp-xxxxxxxxxx is blank).
 */
const ASSIGNMENTS: SecretRule[] = NAME_KEYWORDS.map((keyword) => ({
  type: "secret_assignment",
  generic: true,
  keywords: [keyword],
  pattern: new RegExp(`(${NAMES[keyword]})${NAME_TAIL}${ASSIGN}${VALUE}`, "i"),
  group: 2,
  // The least randomness any name's strength accepts (a password of six characters): a cheap first gate.
  entropy: MIN_ASSIGNED_ENTROPY,
  context: standsAsAssignment,
  validate: assignedValue,
  extend: quotedValueRunsOn,
}));

/**
 * The same names as a page's labels, for the page read as it is shown (decode-markup.ts): a credential's name
 * followed by a colon, written (`<p>Your API key: <code>…</code></p>`, `<b>Client secret:</b> …`) or put by
 * the view between a term and its description or a row's cells (`<dt>API key</dt><dd>…</dd>`,
 * `<tr><td>Access token</td><td>…</td></tr>`), and the value after it, judged as the assignment's is. Only the
 * colon: a page's prose beside a code sample (`the key <code>…</code>`, `the token is …`) labels nothing.
 */
export const LABELLED_ASSIGNMENTS: SecretRule[] = (
  ["secret", "token", "key", "credential", "auth", "pat"] as const
).map((keyword) => ({
  type: "secret_assignment",
  generic: true,
  keywords: [keyword],
  pattern: new RegExp(`(${NAMES[keyword]})${NAME_TAIL}[ \\t]{0,4}:[ \\t]{0,16}["'\`]?${VALUE}`, "i"),
  group: 2,
  entropy: MIN_ASSIGNED_ENTROPY,
  context: standsAsAssignment,
  validate: assignedValue,
  extend: quotedValueRunsOn,
}));

/** What before "token" in a name makes it a credential's: auth_token, accessToken, x-api-token, bot_token. */
const CREDENTIAL_TOKEN = /auth|access|api|bearer|refresh|session|secret|private|personal|bot|id[_-]?$/i;

/** Whether the value a credential's name is set to (group 1 the name) is one, by the name's strength. */
function assignedValue(value: string, m: RegExpExecArray): boolean {
  // A name set to itself (testPass: testPass, an object's shorthand written out, a re-export) is code.
  if (inImageUrl(m) || value === namePrefix(m) + groupOf(m, 1) || pgpFingerprint(m, value)) return false;
  // A module's member bound to a local name of its own (`RegEnumKey = win32api.RegEnumKey`): an alias.
  if (memberOfTheSameName(value, namePrefix(m) + (/^\w*/.exec(m[0])?.[0] ?? ""))) return false;
  if (publicKeyInfo(value) || contentDigest(value, m) || TAINT.test(value)) return false;
  if (interpolatedOrIndexed(value, m) || yamlAliasOrTag(value, m) || callsCmdlet(value, m)) return false;
  if (templateFunctionCall(value, m)) return false;
  if (isNextKey(m) || assertionMessage(m, value) || regexSource(value)) return false;
  const between = m[0].slice(groupOf(m, 1).length, m[0].length - value.length);
  if (!listedOption(m, between) || !tableCell(m, between, value)) return false;
  if (itemsOfNameList(m.input, m.index - namePrefix(m).length, between, value)) return false;
  const nameStart = m.index - namePrefix(m).length;
  const before = m.input.slice(Math.max(0, nameStart - 80), nameStart);
  if (describesSetting(value) || nextEmptySetting(value, between, before)) return false;
  // After an option's name (`qw{ -pass -no_debug }`, "the --password options"): the list's next option, or
  // the noun of a sentence about the option.
  if (isOption(m) && (/^--?[A-Za-z]/.test(value) || namesTheOption(value))) return false;
  // Unquoted, an enum's member, a macro naming another or an object's method call is code (see code-values.ts).
  const end = m.index + m[0].length;
  if (
    !/["'`]/.test(m.input[end - value.length - 1] ?? "") &&
    isCodeValue(value, m.input, end - value.length, end)
  )
    return false;
  const strength = strengthOf(m);
  const keyword = groupOf(m, 1);
  // A bare key set to a label's key or a resource's name (`key: "kubernetes.io/e2e-az-name"`, a chart's node
  // affinity; `tag_key: tagKeys/1234567890`) names something, it unlocks nothing.
  if (strength === "weak" && namesKeyOfResource(value)) return false;
  // A coin's address is what a "token" names in a swap (tokenAddress, inputToken); a credential's token
  // (auth_token, access_token) or a password's or secret's name still reads 40 hex digits as one.
  if (/^token$/i.test(keyword) && !CREDENTIAL_TOKEN.test(namePrefix(m)) && isChainAddress(value))
    return false;
  if (strength === "password" && anonymousLoginIdentity(value, m.input, m.index)) return false;
  if (lintianTag(value, m)) return false;
  if (strength === "password" && (wordOfSentence(value, m) || pairedStandIn(value, m.input, m.index)))
    return false;
  // A variable beside a literal, as a call's arguments stand, is not surely set to it (see commaAfter).
  if (commaAfter(m) === "variable" && !machineMade(value)) return false;
  // OpenSSL's pass phrase argument (`secret = pass:…`, `-passin pass:…`): the password is what follows "pass:".
  if (/^pass:./.test(value)) return strongEnough(value.slice(5), "password") && !isStandIn(value.slice(5));
  if (digestOfMachineCredential(m[0].slice(keyword.length, keyword.length + 8), /^p/i.test(keyword), value))
    return false;
  // The first word of a quoted phrase is not the value: the phrase is judged whole (QUOTED_PHRASE), so a
  // passphrase is not redacted a word at a time and a message ("Incorrect password") not at all.
  if (strength === "password" && (insideQuotedPhrase(m, value) || startsLabel(m, value))) return false;
  // The first word of a language file's label (`"dkim_private_key": "Soukromý klíč"`): the engine runs the
  // value on to the closing quote, so the label is judged whole.
  if (insideQuotedPhrase(m, value) && isTranslatedLabel(quotedPhrase(m, value))) return false;
  // Unquoted and followed by code punctuation, the value is an expression of a program.
  const inCode = /^[;,)}]/.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 1));
  if (!juxtaposed(m, value)) {
    // A variable of words passed on (`"password": new_password,`); before a semicolon it may also be the field
    // of a connection string (`Password=billing_user;`), where values are unquoted.
    const next = m.input.charCodeAt(m.index + m[0].length);
    if ((next === 44 || next === 41 || next === 125) && SNAKE_CASE_NAME.test(value)) return false; // , ) }
    if (
      identifierOfWords(value) &&
      ARITHMETIC_AFTER.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 12))
    )
      return false;
    return strongEnough(value, strength, inCode);
  }
  // fish sets a variable with its value after a space (`set -x DB_PASSWORD …`): an assignment, judged as one.
  if (fishSet(m)) return strongEnough(value, strength);
  return strength !== "password" && !LONG_OPTION.test(value) && machineMade(value);
}

/**
 * The name follows fish's `set` and its scope or export flags at the start of a line (`set -gx NAME`), or a
 * Dockerfile's `ENV` in its older form, a name and its value a space apart (`ENV DB_PASSWORD …`).
 */
function fishSet(m: RegExpExecArray): boolean {
  return /^[ \t]{0,16}(?:set(?:[ \t]{1,4}-[A-Za-z]{1,4}){1,3}|ENV)[ \t]{1,4}$/.test(lineBeforeName(m));
}

/** The text of the name's line before the name (its prefix not included). */
function lineBeforeName(m: RegExpExecArray): string {
  const nameStart = m.index - namePrefix(m).length;
  return m.input.slice(m.input.lastIndexOf("\n", nameStart - 1) + 1, nameStart);
}

/**
 * Where the pattern took the next item of a YAML list as the value (NEXT_LIST_ITEM), the name must be a
 * command-line option alone as the item before it (`- --db-password`, `- "--api-token"`), as a container's
 * args list them: after any other name, a list's next line is only the list's next entry.
 */
function listedOption(m: RegExpExecArray, between: string): boolean {
  if (!STEP_TO_NEXT_ITEM.test(between)) return true;
  return namePrefix(m).startsWith("-") && /^[ \t]*-[ \t]+["']?$/.test(lineBeforeName(m));
}

/** The end of what stands between name and value where the value is a YAML list's next item. */
const STEP_TO_NEXT_ITEM = /\n[ \t]*-[ \t]+["']?$/;

/**
 * Where the pattern stepped over a Markdown table's bar (NEXT_TABLE_CELL), the name must be its row's first
 * cell and the value the whole of the next cell (`| password | … |`): a cell of several words (a chart's
 * README, `| auth.password | Password for the user | "" |`) describes the setting, it does not hold it.
 */
/** The end of what stands between name and value where the value is a table's next cell (not a YAML block's). */
const STEP_TO_NEXT_CELL = /^[^\n]*\|[ \t]*["'`]?$/;

function tableCell(m: RegExpExecArray, between: string, value: string): boolean {
  if (!STEP_TO_NEXT_CELL.test(between)) return true;
  const before = lineBeforeName(m);
  const end = m.index + m[0].length;
  const after = m.input.slice(end, end + 20);
  if (/^[ \t]*\|[ \t]*`?$/.test(before)) return /^[`"']?[ \t]*\|/.test(after);
  // A table written without its outer bars (`apiKey | e9e0…`, as GitHub's tables allow): the name starts its
  // line and the value ends the line or its cell. A lone lower-case word there is a status or an action column
  // (`password | expired`, `password | changed | 2024-05-01`), which such a table holds far more often.
  if (/^[a-z]+$/.test(value)) return false;
  return /^[ \t]*$/.test(before) && /^[`"']?[ \t]*(?:\||\r?\n|$)/.test(after);
}

/** chpst's options, each with its argument (`-u user:group`, `-e /etc/env`) or alone (`-v`, `-P`, `-0`). */
const CHPST_OPTIONS = /^(?:[ \t]+-[uUbe/nlLmdoptfcr][ \t]*[^\s-][^\s]*|[ \t]+-[vP012])*[ \t]+$/;

/**
 * runit's chpst, whose `-u user:group[:group]` runs a service as that user and groups (`chpst -u
 * discourse:www-data`, `chpst -u postgres:postgres:ssl-cert`, as discourse_docker's templates start their
 * services): only chpst's options (`-U user`, `-e dir`, `-/ root`, `-v` …) stand between it and the `-u`.
 */
function afterChpst(m: RegExpExecArray): boolean {
  const before = m.input.slice(Math.max(0, m.index - 200), m.index);
  const at = before.lastIndexOf("chpst");
  if (at < 0 || (at > 0 && !/[\s;|&(]/.test(before[at - 1] as string))) return false;
  // Only chpst's own options stand between it and the `-u`: a command word after them starts the program
  // chpst runs, whose own `-u` (`chpst -u backup:backup curl -u admin:…`) is a user and password again.
  return CHPST_OPTIONS.test(before.slice(at + 5));
}

/**
 * A `-u` pair that is not curl's user and password: date's `-u "+%Y-%m-%dT%H:%M:%SZ"` (a format whose
 * directives stand on both sides of a colon), a shell default `-u "${USERS:-10}"` (the colon is the
 * expansion's, as locust's Dockerfile writes it), and a variable that its command substitution closes
 * (`$(curl -u $USERNAME:$PASSWORD)`: the password is the variable's, the bracket the shell's).
 */
function notCurlUser(value: string, m: RegExpExecArray): boolean {
  const user = m[0].slice(0, m[0].length - value.length);
  if (afterChpst(m)) return true;
  if (/\$\{[A-Za-z_][A-Za-z0-9_]*["']?:["']?$/.test(user)) return true;
  if (/%[A-Za-z]/.test(user) && /%[A-Za-z]/.test(value)) return true;
  return /^\$\{?[A-Za-z_][A-Za-z0-9_]*\}?\)+$/.test(value);
}

/**
 * Lintian's report and override lines, `[W: ]passwd: elevated-privileges 4755 root/root [usr/bin/chfn]`:
 * Debian's package `passwd` or `base-passwd` (lower case, as package names are) at the head of its line, then
 * a tag (lower-case words joined by hyphens). After the bare name the tag's details are required: a tag alone
 * is written as a passphrase of hyphenated words would be (`passwd: correct-horse-battery-staple`), which is
 * still judged; a field is not named `base-passwd`, so after that name the tag alone is one.
 */
function lintianTag(value: string, m: RegExpExecArray): boolean {
  if (!m[0].startsWith("passwd: ") || !/^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$/.test(value)) return false;
  const lineStart = m.input.lastIndexOf("\n", m.index) + 1;
  const head = /^(?:[A-Z]: )?([a-z0-9][a-z0-9.+]*-)?$/.exec(m.input.slice(lineStart, m.index));
  if (head === null) return false;
  const end = m.index + m[0].length;
  return head[1] !== undefined || /^[ \t]+[^\s]/.test(m.input.slice(end, end + 8));
}

/**
 * node-tap's and tape's assertion that always passes, `t.pass('completed')`, `tap.pass('drain')`: "pass" in
 * lower case called as a method with a word for its argument is the assertion's message, not a password set
 * by a builder. A chosen password mixes in digits or symbols and is still judged.
 */
function assertionMessage(m: RegExpExecArray, value: string): boolean {
  if (groupOf(m, 1) !== "pass" || m.input.charCodeAt(m.index - 1) !== 46) return false; // .
  if (!/^pass[ \t]{0,4}\([ \t]{0,4}["'`]$/.test(m[0].slice(0, m[0].length - value.length))) return false;
  return /^[A-Za-z][a-z]{1,30}(?:[._-](?:[a-z]+|[0-9]+)){0,8}$/.test(value);
}

/**
 * An unquoted word of lower-case letters followed by more words (`raise TypeError("pwd: expected bytes, got
 * %s")`, `TypeError: pwd: expected bytes, got str`) is a word of a sentence about the password; a chosen
 * password mixes in digits or symbols, and one of letters alone on its own is still judged.
 */
function wordOfSentence(value: string, m: RegExpExecArray): boolean {
  if (!/^[a-z]{2,24}$/.test(value)) return false;
  const end = m.index + m[0].length;
  const quote = m.input[end - value.length - 1];
  if (quote === '"' || quote === "'" || quote === "`") return false;
  return /^[ \t][A-Za-z]{2,24},?[ \t]{1,4}[A-Za-z%]/.test(m.input.slice(end, end + 60));
}

/**
 * A quoted "value" followed by a colon is the next member's key of a mapping, not a value: in JSON written
 * without blanks a password's name that is itself a value (`"format":"password","description":…`, a schema,
 * `"type":"password","minLength":8`, a form's field) stands before a comma and the next key, which the comma
 * that sets a call's argument (`set("password", "…")`) would otherwise take for its value.
 */
function isNextKey(m: RegExpExecArray): boolean {
  const end = m.index + m[0].length;
  const close = /^\\{0,3}(["'`])[ \t]{0,4}:(?![:=])/.exec(m.input.slice(end, end + 12));
  if (close === null) return false;
  // Only a value its own quote opened: an unquoted one that a quote ends closes a string around it (Go's
  // url.Error, `Get "https://…?access_token=…": dial tcp`), whose colon starts the error's next words.
  return m[0].endsWith(`${close[1] as string}${groupOf(m, 2)}`);
}

/**
 * Whether the value is the first word of an unquoted phrase that runs to the end of its line and speaks of a
 * password ("forgot_password: Forgot your password?"): a label, whose first word is no password either.
 */
function startsLabel(m: RegExpExecArray, value: string): boolean {
  const end = m.index + m[0].length;
  if (m.input[end] !== " " && m.input[end] !== "\t") return false;
  const lineEnd = m.input.indexOf("\n", end);
  const rest = m.input.slice(
    end,
    lineEnd < 0 ? Math.min(m.input.length, end + 256) : Math.min(lineEnd, end + 256),
  );
  return SPEAKS_OF_A_PASSWORD.test(value + rest);
}

/**
 * PowerShell: `$pw = Read-Host -AsSecureString`, `$pw = ConvertTo-SecureString $plain -AsPlainText`: a cmdlet's
 * name (Verb-Noun) followed by its arguments is a command that produces the value, not the value.
 */
function callsCmdlet(value: string, m: RegExpExecArray): boolean {
  if (!/^[A-Z][a-z]{1,15}(?:To|From)?-[A-Z][A-Za-z]{1,40}$/.test(value)) return false;
  const end = m.index + m[0].length;
  return /^[ \t]{1,4}[-$"'(@]/.test(m.input.slice(end, end + 6));
}

/** Whether the value starts a quoted string that goes on past a space (closed later on the same line). */
function insideQuotedPhrase(m: RegExpExecArray, value: string): boolean {
  const start = m.index + m[0].length - value.length;
  const quote = m.input[start - 1];
  if (quote !== '"' && quote !== "'" && quote !== "`") return false;
  const after = m.input.slice(start + value.length, start + 256);
  if (!/^[ \t]/.test(after)) return false;
  // Closed before the line ends (no pattern compiled per candidate: this runs for every password's value).
  const close = after.indexOf(quote);
  const lineEnd = after.indexOf("\n");
  return close >= 0 && (lineEnd < 0 || close < lineEnd);
}

/** The whole quoted phrase whose first word is `value` (insideQuotedPhrase holds). */
function quotedPhrase(m: RegExpExecArray, value: string): string {
  const start = m.index + m[0].length - value.length;
  return m.input.slice(start, m.input.indexOf(m.input[start - 1] ?? "", start + value.length));
}

/**
 * A quoted value of several words under a password's name. A passphrase (`"Tr0ub4dor and 3 more"`,
 * `"hunter2 hunter3"`) is redacted whole; a message or a label (`"Incorrect password, try again"`, `"Must be
 * 8-64 characters"`) is none. What tells them apart: a word of four characters or more that mixes letters
 * with digits or symbols, as chosen passwords do and sentences do not; no brackets, no leading operator (code).
 * Format directives (`%s`), addresses
 * and links, and a number with its unit (`2nd`, `64bit`) are words of sentences. A passphrase of ordinary
 * words only ("correct horse battery staple") reads as a sentence and is not found.
 */
const QUOTED_PHRASES: SecretRule[] = (["pass", "pwd"] as const).map((keyword) => ({
  type: "secret_assignment",
  generic: true,
  keywords: [keyword],
  pattern: new RegExp(
    `(${NAMES[keyword]})${NAME_TAIL}(?:\\\\{0,3}["'\\]]){0,2}[ \\t]{0,16}(?:=|:=|:|=>|->)[ \\t]{0,16}\\\\{0,3}(["'\`])((?:(?!\\2)[^\\n\\\\]){3,256})(?=\\\\{0,3}\\2)`,
    "i",
  ),
  group: 3,
  entropy: MIN_ASSIGNED_ENTROPY,
  gate: QUOTED_VALUE_GATE,
  context: (m) => strengthOf(m) === "password" && standsAsAssignment(m),
  validate: (value) => isPassphrase(value),
}));

/**
 * The same phrase unquoted on a configuration line of its own (`password = Tr0ub4dor and 3 more`, an INI or
 * properties value runs to the end of its line): only its first word was redacted. Judged as above; a line of
 * code (`password = base + salt2`, a call) is none.
 */
const LINE_PHRASES: SecretRule[] = (["pass", "pwd"] as const).map((keyword) => ({
  type: "secret_assignment",
  generic: true,
  keywords: [keyword],
  pattern: new RegExp(
    // A space follows the value's first word, and nothing of code follows the name (brackets, `;`, `=`): in
    // source code, where names are everywhere, most candidates fail at once.
    `(${NAMES[keyword]})${NAME_TAIL}[ \\t]{0,16}(?:=|:=|:)[ \\t]{0,16}(?=[^\\s"'\`()[\\]{};=]{1,254}[ \\t]+[^\\s"'\`()[\\]{};=])([^\\s"'\`<()[\\]{};=][^\\n"'\`()[\\]{};=]{2,254}[^\\s"'\`()[\\]{};=])(?=[ \\t]{0,16}(?:\\r?\\n|$))`,
    "i",
  ),
  group: 2,
  entropy: MIN_ASSIGNED_ENTROPY,
  context: (m) => strengthOf(m) === "password" && onItsOwnLine(m) && standsAsAssignment(m),
  gate: LINE_PHRASE_GATE,
  // Also when the first word alone is a password (`password = correct horse battery staple`): the value is
  // the whole line, and redacting a word of it would leave the rest in the clear.
  validate: (value, m) =>
    /[ \t]/.test(value) &&
    !yamlAliasOrTag(value, m) &&
    !SPEAKS_OF_A_PASSWORD.test(value) &&
    (isPassphrase(value) || strongEnough(value.split(/[ \t]/, 1)[0] ?? "", "password")),
}));

/**
 * A phrase that names a password among its words ("Forgot your password?", "Reset password link") is a label or
 * a message about one, not the password: a chosen passphrase does not spell out what it is.
 */
const SPEAKS_OF_A_PASSWORD = /(?:^|[^A-Za-z])(?:password|passwd|passphrase|passcode)(?![A-Za-z])/i;

/**
 * A password's name with its value beside it, after a blank (`pwd Tr0ub4dor&3`, `PW Kx9#mQ2v`), as people
 * write in chat, tickets and notes (after "is", "was" or "reset to", see said-passwords.ts). Prose does that with ordinary
 * words too ("password reset", "pwd /srv/app", "the password is required"), so the value must be a chosen
 * password beyond doubt (see chosenPassword); a value after an operator is the assignment rules' to judge. The
 * value runs over symbols an unquoted assignment stops at (`&`), since prose has no code to end, and over a
 * closing `!`, `?` or `.` (Summer2024! ends in one; a sentence's full stop redacted with it costs nothing).
 */
const SPOKEN_PASSWORD: SecretRule[] = (["pass", "pwd", "pw"] as const).map((keyword) => ({
  type: "secret_assignment",
  generic: true,
  keywords: [keyword],
  pattern: new RegExp(
    `(${NAMES[keyword]})${NAME_TAIL}[ \\t]{1,4}([^\\s"'\`<>(){}[\\]\\\\,]{7,63}[^\\s"'\`<>(){}[\\]\\\\,:;])(?=[,:;]{0,3}(?:[\\s"'\`<>(){}[\\]\\\\]|$))`,
    "i",
  ),
  group: 2,
  entropy: MIN_ASSIGNED_ENTROPY,
  gate: NAME_THEN_BLANK_GATE,
  context: (m) =>
    (strengthOf(m) === "password" || groupOf(m, 1).toLowerCase() === "pw") &&
    standsAsAssignment(m) &&
    !isOption(m),
  validate: (value, m) =>
    (chosenPassword(value) || (groupOf(m, 1).toLowerCase() === "pwd" && pwdValue(value))) &&
    !PACKAGE_VERSION.test(value) &&
    strongEnough(value, "password"),
}));

/**
 * A package's version (Debian's epoch, upstream version and revision: `1:4.13+dfsg1-1+deb12u1`, as an RPM's
 * or a wheel's also read) beside its name: `dpkg-query -W` prints Debian's `passwd` package so, name, tab and
 * version, and an inventory or SBOM lists it the same way. Numbers first, then dotted parts; a chosen password
 * does not start as a version does.
 */
const PACKAGE_VERSION = /^(?:[0-9]{1,4}:)?[0-9]{1,8}\.[0-9][A-Za-z0-9.+~]{0,60}(?:-[A-Za-z0-9.+~]{1,40})?$/;

/**
 * What follows "pwd" and a blank: the shell's pwd takes no word (only -L or -P), so beside that name a word
 * mixing letters and digits is a password even without a symbol (`pwd hunter22`), as it is not beside
 * "pass", "password" (a password's policy, reset or field is named so: "password reset2") or "passwd" (the
 * command, whose word is a user's name: `passwd deploy2`). A path, an option, a variable or a number is none.
 */
function pwdValue(value: string): boolean {
  // A sentence's closing mark is read with the value (see above), and is not the password's.
  const word = value.replace(/[.!?]+$/, "");
  return /^[A-Za-z0-9]+$/.test(word) && /[A-Za-z]/.test(word) && /[0-9]/.test(word);
}

/** Symbols people put in chosen passwords, and not in paths, dates, versions, identifiers or file names. */
const PASSWORD_SYMBOL = /[!#$%^&*+=?@~|]/;

/**
 * A chosen password beyond doubt: eight characters or more mixing letters, digits and a symbol of
 * PASSWORD_SYMBOL, not a path, option, variable or format (leading / ~ . - $ %), an address, a link, an
 * expression (`a+b=2`), or a hash's name (`$2b$10$…`, judged as a hash elsewhere).
 */
function chosenPassword(value: string): boolean {
  if (!/[A-Za-z]/.test(value) || !/[0-9]/.test(value) || !PASSWORD_SYMBOL.test(value)) return false;
  if (/^[/~.\-$%]/.test(value) || value.includes("/") || value.includes("://")) return false;
  // An e-mail address (bob2@example.com), a mention (@bob2), a shell's or a template's variable.
  if (/@[A-Za-z0-9-]+\./.test(value) || value.startsWith("@") || /[$%]\{/.test(value)) return false;
  // An expression or a comparison: operators between words (x+y=2, a==b, n>=8, i++).
  if (/[A-Za-z0-9_]\s*(?:==|!=|<=|>=|\+\+|&&|\|\|)/.test(value) || /=[A-Za-z0-9_]+[+*]/.test(value))
    return false;
  return true;
}

/**
 * The name starts its line (after indentation, a shell's `export `, cmd's `set ` or a list's `- `), as in a
 * configuration file or a script that sets it.
 */
function onItsOwnLine(m: RegExpExecArray): boolean {
  const lineStart = m.input.lastIndexOf("\n", m.index) + 1;
  return /^[ \t]{0,16}(?:export[ \t]{1,4}|set[ \t]{1,4}|-[ \t]{1,4})?[A-Za-z0-9_.[\]-]{0,80}$/i.test(
    m.input.slice(lineStart, m.index),
  );
}

function isPassphrase(phrase: string): boolean {
  // One quantifier in the patterns (two around a space backtrack quadratically): the space is checked here.
  if (!/[^ \t][ \t]+[^ \t]/.test(phrase)) return false;
  // Code, not a value: the quote closed a string that an operator continues (`"+new Buffer(…)`), or a call.
  if (/^[,;:.)}\]>+|&]|[(){}[\]]/.test(phrase)) return false;
  const words = phrase.trim().split(/[ \t]+/);
  // An operator standing alone between words is an expression (`base + salt2`, `a || b`, `x if y else z` has none).
  if (words.length > 12 || words.some((word) => /^[-+*/%=<>!|&^~?:]+$/.test(word))) return false;
  return words.some((raw) => {
    const word = raw.replace(/^[("'.,;:!?]+|[)"'.,;:!?]+$/g, "");
    return (
      word.length >= 4 &&
      /\p{L}/u.test(word) &&
      /[\p{N}!@#$%^&*+=~]/u.test(word) &&
      !/^%[-+ #0-9.]*[a-z]$/i.test(word) && // a format directive
      !/^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i.test(word) && // an e-mail address
      !/:\/\/|^www\./i.test(word) && // a link
      !/^[0-9]+[a-z]{1,5}$/i.test(word) && // a number and its unit
      !/[{}$]/.test(word) // a template's slot
    );
  });
}

/** In YAML, an unquoted `*name` after the colon refers to another node and `!name` tags one: not the value. */
function yamlAliasOrTag(value: string, m: RegExpExecArray): boolean {
  return /^[*!]/.test(value) && /:[ \t]*$/.test(m[0].slice(0, m[0].length - value.length));
}

/**
 * On a line of a configuration file (.env, .ini, properties, a shell's export: the line holds only the name,
 * `=` and an unquoted value) the value runs to the end of the line, whatever it holds: `DB_PASS=Xk29f&q!7;Lm`, cut
 * at "&" as code would be, leaves its tail in the clear. Not when it ends as a statement of code does (`;`,
 * `,`, an opening bracket, a call's or an index's closing one) or starts as a placeholder or markup does
 * (`<your-client-secret>`). A rule of its own, on keywords that hold the operator, and only for values with a
 * separator in them (the assignment rules find the others), so that code, where names are everywhere, does
 * not pay for it (a value at the end of a line in VALUE itself cost the source-code payload 10 to 15 % of
 * its throughput).
 */
const CONFIG_NAMES = [
  "pass",
  "password",
  "passwd",
  "passphrase",
  "pwd",
  "pw",
  "secret",
  "token",
  "key",
  "auth",
];
const PASSWORD_NAMES = ["pass", "password", "passwd", "passphrase", "pwd", "pw", "secret"];
const CONFIG_LINE: SecretRule = {
  type: "secret_assignment",
  generic: true,
  // `name=` and `name =` for every name; `name:` (YAML) only for the names that say password or secret: with
  // key, token and auth so, object literals in code (`key: value`) cost the source-code payload a tenth of its
  // throughput. `name =` for them costs it about 5 % (round 7), and `api_token = Qz8&kLm3;xR9v` was not found.
  keywords: [
    ...CONFIG_NAMES.map((n) => `${n}=`),
    ...PASSWORD_NAMES.map((n) => `${n}:`),
    ...CONFIG_NAMES.map((n) => `${n} =`),
  ],
  pattern:
    /(pass(?:word|wd|phrase)?|pwd|pw|secret|token|key|auth)[ \t]{0,4}(?:=|:=|:)[ \t]{0,4}(?=[^\s]{0,255}[,;&<>(){}[\]\\|`])([^\s"'`<][^\s]{5,255})(?<![;,(){[\]])(?=[ \t]{0,16}(?:\r?\n|$))/i,
  group: 2,
  entropy: MIN_ASSIGNED_ENTROPY,
  context: (m) => onItsOwnLine(m) && standsAsAssignment(m),
  validate: assignedValue,
  gate: CONFIG_LINE_GATE,
};

/**
 * A name joined to its value by a hyphen alone (codaToken-987e6543-…, cloudplanSECRET-X1Y2…), judged as a value
 * set beside its name. Hyphens also join the words of identifiers and file names (auth-D1CeV_Jr.cjs,
 * OAUTH-2.1-AUTHORIZATION), so a value with a dot is not taken. A rule of its own, on keywords that end in the
 * hyphen, so the far more frequent bare names do not pay for it.
 */
const HYPHEN_JOINED: SecretRule = {
  type: "secret_assignment",
  generic: true,
  keywords: ["token-", "secret-", "key-", "pat-", "credential-", "credentials-", "auth-"],
  pattern:
    /(token|secret|key|pat|credentials?|auth)-([A-Za-z0-9][^\s"'`,;&<>(){}[\]\\.]{5,255})(?![^\s"'`,;&<>(){}[\]\\])/i,
  group: 2,
  entropy: MIN_ASSIGNED_ENTROPY,
  // An option's name goes on past a hyphen (`--unlock-key-file|--tpm2-public-key)`, a case pattern's options).
  context: (m) => !namePrefix(m).startsWith("-") && standsAsAssignment(m),
  validate: (value) => machineMade(value),
};

/**
 * A credential compared with a literal in code (`password == "team10"`, `secret != "open-sesame"`) is
 * hard-coded. Only names that say password or secret: a lexer's token and a map's key are compared with words
 * and symbols all the time (`token === "-r"`, `key === "ArrowUp"`). The keywords include the operator, so
 * the many other comparisons in code cost nothing.
 */
const COMPARED_NAMES = ["pass", "passwd", "password", "pwd", "passphrase", "secret"];
/** Keys named for what they guard (api_key, private_key): compared with a literal, that literal is the key. */
const COMPARED_KEYS = ["api_key", "apikey", "private_key", "secret_key", "access_key"];
/** The strength a compared name gives its literal: a password's, or a secret's for the rest. */
const comparedStrength = (name: string): Strength => (/^(?:pass|pwd)/i.test(name) ? "password" : "secret");
const COMPARED: SecretRule = {
  type: "secret_assignment",
  generic: true,
  keywords: [...COMPARED_NAMES, ...COMPARED_KEYS].flatMap((n) => [`${n}==`, `${n} ==`, `${n}!=`, `${n} !=`]),
  pattern:
    /(pass(?:word|wd|phrase)?|pwd|secret|(?:api|private|secret|access)_?key)["'\]]{0,2}[ \t]{0,4}[=!]==?[ \t]{0,4}["'`]([^\s"'`\\]{3,256})["'`]/i,
  group: 2,
  entropy: MIN_ASSIGNED_ENTROPY,
  context: standsAsAssignment,
  validate: (value, m) => strongEnough(value, comparedStrength(groupOf(m, 1))),
};

/**
 * The same comparison with the literal first (`if ("Xk29!fq" == password)`, as Yoda conditions are written):
 * found at the quote and operator after the literal, the literal read back up to 80 characters. The operator
 * after a closing quote is rare in code, so the look back costs little.
 */
const COMPARED_FIRST: SecretRule = {
  type: "secret_assignment",
  generic: true,
  keywords: ['"==', '" ==', '"!=', '" !=', "'==", "' ==", "'!=", "' !="],
  back: 82,
  pattern:
    /(["'])([^\s"'`\\]{3,80})\1[ \t]{0,4}[=!]==?[ \t]{0,4}(?:[A-Za-z_$][A-Za-z0-9_$]{0,30}\.)?[A-Za-z0-9_]{0,30}?(pass(?:word|wd|phrase)?|pwd|secret|(?:api|private|secret|access)_?key)(?![A-Za-z])/i,
  group: 2,
  entropy: MIN_ASSIGNED_ENTROPY,
  validate: (value, m) => strongEnough(value, comparedStrength(groupOf(m, 3))),
};

/**
 * Base64 of "user:password", with a real password. A byte or two outside printable ASCII is a character the
 * encoder was given in another code page, or one mistyped in the copy: still a header that logs in.
 */
function basicCredentials(encoded: string): boolean {
  let decoded: string;
  try {
    decoded = atob(encoded);
  } catch {
    return false;
  }
  const colon = decoded.indexOf(":");
  if (colon < 1 || (decoded.match(/[^\x20-\x7e]/g)?.length ?? 0) > Math.min(2, decoded.length / 16))
    return false;
  const password = decoded.slice(colon + 1);
  return password.length >= 3 && !isPlaceholder(password);
}

/**
 * `min` to `max` characters of a value between `quote`s, up to the quote it opened with, as the shell reads
 * them: between double quotes a single quote is one of its characters and a backslash escapes the next
 * ("admin:it's secret", "a\"b"); between single quotes a double quote is one and nothing escapes. A value
 * read to any quote left the rest of "it's secret" in the clear. `also` lists characters it may not hold.
 */
export function quotedRun(quote: '"' | "'", min: number, max: number, also = ""): string {
  const escape = quote === '"' ? String.raw`\\[^\r\n]|` : "";
  return String.raw`(?:${escape}[^${quote}\\\r\n${also}]){${min},${max}}`;
}

/**
 * A command line's value (group 2; its quote, if any, group 1): a word, or a quoted string whose blanks are
 * its own (the shell passes `-p'two words'` whole), up to the same quote. A quoted value is known by the
 * quote before it; unquoted, no quote may stand there (a quoted string that does not close is no value).
 */
export const COMMAND_VALUE = `(["']?)((?<=")${quotedRun('"', 3, 128, "`")}|(?<=')${quotedRun("'", 3, 128, "`")}|(?<!["'])[^\\s"'\`]{3,128})\\1(?=$|[\\s;)|&])`;

/** `sshpass -p <password>`: the option exists only to pass a password. */
const SSHPASS: SecretRule = {
  type: "secret_assignment",
  generic: true,
  keywords: ["sshpass"],
  pattern: new RegExp(`sshpass[ \\t]{1,4}-p[ \\t]{0,4}${COMMAND_VALUE}`),
  group: 2,
  entropy: MIN_ASSIGNED_ENTROPY,
  validate: (value) => strongEnough(value, "password"),
};

/**
 * Sysinternals PsExec and PAExec: `-p <password>` after the tool's name on the same line is the remote
 * account's password. Unlike docker's -p (a port) or mysql's (a prompt, then a database), this option is
 * always a password, so a value of plain words (dev_admin) counts here where the generic `-u … -p` rule
 * below leaves it. The span between the tool's name and the option is bounded.
 */
const PSEXEC: SecretRule = {
  type: "secret_assignment",
  generic: true,
  keywords: ["psexec", "paexec"],
  pattern: new RegExp(
    `p[sa]exec(?:64)?(?:\\.exe)?[ \\t][^\\n]{0,200}?[ \\t]-p[ \\t]{1,4}${COMMAND_VALUE}`,
    "i",
  ),
  group: 2,
  entropy: MIN_ASSIGNED_ENTROPY,
  validate: (value) => strongEnough(value, "password"),
};

/**
 * SQL's account statements (`CREATE USER app IDENTIFIED BY 'Xk29!fq'`, MySQL's `IDENTIFIED WITH
 * caching_sha2_password BY '…'`, Oracle's unquoted `IDENTIFIED BY tiger;`): the words exist only to set a
 * password. Unquoted, only before the statement's end, so prose ("identified by their e-mail") is not read as
 * one. `BY VALUES '…'` and `BY PASSWORD '*…'` give a stored hash, left to the hash rules; a backtick quotes an
 * identifier in SQL (and code in prose: "identified by `algorithm`"), never a password.
 */
const IDENTIFIED_BY: SecretRule = {
  type: "secret_assignment",
  generic: true,
  keywords: ["identified"],
  pattern:
    /identified[ \t]{1,4}(?:with[ \t]{1,4}["'`]?[A-Za-z0-9_]{1,40}["'`]?[ \t]{1,4})?by[ \t]{1,4}(?!(?:values|password|random)\b)(["']?)([^\s"'`;]{3,128})\1(?=$|[\s;,)])/i,
  group: 2,
  entropy: MIN_ASSIGNED_ENTROPY,
  validate: (value, m) =>
    (m[1] !== "" || /^[ \t]*;/.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 8))) &&
    strongEnough(value, "password"),
};

/** A whole constant's name that holds a credential's name at its end (SECURE_AUTH_KEY, DB_PASSWORD_PROD). */
const CREDENTIAL_CONSTANT = new RegExp(`(${Object.values(NAMES).join("|")})${NAME_TAIL}$`, "i");
/** A name whose last word is a salt or a pepper (NONCE_SALT, LOGGED_IN_SALT): a key the hashing is keyed with. */
const SALT_CONSTANT = /(?:^|[_.-]|[a-z](?=[A-Z]))(?:salt|pepper)$/i;

/**
 * How strongly a constant's name says its value is a credential, read by the rules that read the name of an
 * assignment (a credential's word, its tail and the words around it; see standsAsAssignment and strengthOf),
 * or a salt's or pepper's name as a bare key's: undefined when it says none.
 */
function constantStrength(name: string): Strength | undefined {
  const m = CREDENTIAL_CONSTANT.exec(name);
  if (m !== null && standsAsAssignment(m)) return strengthOf(m);
  return SALT_CONSTANT.test(name) ? "weak" : undefined;
}

/**
 * PHP's `define( 'NAME', 'value' );` (wp-config.php's DB_PASSWORD, AUTH_KEY … NONCE_SALT) assigns a constant as
 * `NAME=value` assigns a variable: the name is read by the same rules, and the value is the string literal up
 * to its closing quote, blanks, brackets and separators included (WordPress's generator draws its keys and
 * salts from letters, digits, symbols and the space). Aligned as the generator prints them, the comma may be
 * followed by many blanks. A value of words only is a sentence or a stand-in ("put your unique phrase here").
 */
const PHP_DEFINE: SecretRule = {
  type: "secret_assignment",
  generic: true,
  keywords: ["define"],
  pattern:
    /define[ \t]{0,4}\([ \t]{0,4}(["'])([A-Za-z_][A-Za-z0-9_]{0,63})\1[ \t]{0,32},[ \t]{0,32}(["'])((?:(?!\3)[^\n\\]|\\[^\n]){6,256})(?=\3[ \t]{0,4}[,)])/i,
  group: 4,
  entropy: MIN_ASSIGNED_ENTROPY,
  validate: (value, m) => {
    const strength = constantStrength(groupOf(m, 2));
    if (strength === undefined) return false;
    if (/^[A-Za-z ,.'!?-]+$/.test(value) && /[ \t]/.test(value)) return false;
    return strongEnough(value, strength);
  },
};

/**
 * A salt or a pepper named by itself, set as a variable or a member is: Matomo's `salt = "…"`, Nextcloud's
 * `'passwordsalt' => '…'`, Mattermost's "PublicLinkSalt", Devise's `config.pepper`, HASHIDS_SALT and HASH_SALT
 * (Laravel Hashids, Umami), a .env's SALT. Kept in configuration, it keys the hashing of passwords or ids as
 * a secret key does (a record's own salt, stored beside its hash, is redacted with it: no loss). The name
 * ends in the word (SALT_ROUNDS is a setting of it), glued only to "password" (Nextcloud); the value is judged
 * as a bare key's, so a cost, a length, a stand-in or code that makes one (gensalt(), os.urandom) is none.
 */
const SALT_ASSIGNMENTS: SecretRule[] = (["salt", "pepper"] as const).map((keyword) => ({
  type: "secret_assignment",
  generic: true,
  keywords: [keyword],
  pattern: new RegExp(
    `(${keyword})(?![A-Za-z0-9_])(?:\\\\{0,3}["'])?[ \\t]{0,16}(?:=|:=|:|=>)[ \\t]{0,16}\\\\{0,3}["'\`]?${VALUE}`,
    "i",
  ),
  group: 2,
  entropy: MIN_ASSIGNED_ENTROPY,
  validate: (value, m) => {
    const name = namePrefix(m) + groupOf(m, 1);
    if (!SALT_CONSTANT.test(name) && !/password(?:salt|pepper)$/i.test(name)) return false;
    if (interpolatedOrIndexed(value, m) || isNextKey(m)) return false;
    const inCode = /^[;,)}]/.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 1));
    return strongEnough(value, "weak", inCode);
  },
  extend: quotedValueRunsOn,
}));

/**
 * A URI's syntax as documentation writes it, its optional parts in brackets: `scheme://[[user][:pass]@]host/`
 * (apt-transport-http(7)), `scheme://[user[:password]@]host`. The user's part opens a bracket no user name
 * starts with, and the "password" is a word naming the field, the bracket closing after it or after the `@`.
 */
function optionalPartsSyntax(value: string, m: RegExpExecArray): boolean {
  const user = groupOf(m, 1);
  if (!user.startsWith("[")) return false;
  // The match reads `://`, the user, `:`, the value, `@`, then the host.
  const afterAt = m[0][3 + user.length + 1 + value.length + 1];
  return (value.endsWith("]") || afterAt === "]") && /^[A-Za-z_-]{1,16}\]?$/.test(value);
}

export const CONTEXT_RULES: SecretRule[] = [
  ...ASSIGNMENTS,
  ...SALT_ASSIGNMENTS,
  ...QUOTED_PHRASES,
  ...LINE_PHRASES,
  CONFIG_LINE,
  ...SPOKEN_PASSWORD,
  HYPHEN_JOINED,
  COMPARED,
  COMPARED_FIRST,
  SSHPASS,
  PSEXEC,
  IDENTIFIED_BY,
  PHP_DEFINE,
  {
    type: "aws_secret_access_key",
    // Every spelling the pattern accepts, so that "secret" alone (frequent in code) does not start it.
    keywords: ["secretkey", "secret_key", "secret-key", "secretaccess", "secret_access", "secret-access"],
    pattern:
      /secret[_-]?(?:access)?[_-]?key(?:[_-]?id)?["']?[ \t]{0,4}(?:[:=]|=>)[ \t]{0,4}["']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/i,
    group: 1,
    entropy: 3.5,
  },
  {
    // scheme://user:password@host: the password only; the user may be empty (redis://:password@host).
    type: "connection_string",
    generic: true,
    keywords: ["://"],
    // A quote ends the URL it is written in ("https://host:8000";@other is a port, then code), so neither part
    // holds one.
    pattern: /:\/\/([^\s/:@"'`]{0,128}):([^\s/@"'`]{1,256})@[A-Za-z0-9.[\]_-]{1,253}/,
    group: 2,
    // postgres:postgres, mongodb:mongodb: a password that repeats the user name is a published default; {PASS}
    // and the other stand-ins name the field instead of filling it. No code runs inside a URL, so brackets are
    // characters of the password (Zx8(Lm)4 is not a call): the stand-in checks are made here, without them.
    placeholders: "keep",
    validate: (value, m) => {
      const unbracketed = value.replace(/[()]/g, "");
      return (
        !isReference(unbracketed) &&
        !isStandIn(unbracketed) &&
        !isBlank(unbracketed) &&
        !/^\$|^\*+$|^\{.*\}$/.test(value) &&
        // A user and a password of three characters or fewer each (abc:xyz@, a:b@, 123:xyz@): documentation's
        // toy pair, guarding nothing.
        !(unbracketed.length <= 3 && (m[1] ?? "").length <= 3) &&
        value !== m[1] &&
        !optionalPartsSyntax(value, m)
      );
    },
  },
  {
    type: "basic_auth",
    generic: true,
    keywords: ["basic "],
    pattern: /basic[ \t]{1,4}([A-Za-z0-9+/]{8,684}={0,2})(?![A-Za-z0-9+/=])/i,
    group: 1,
    validate: basicCredentials,
  },
  {
    // A credential element of an XML config, its value possibly wrapped as Jenkins stores it
    // (<secret>{AQAAABAAAAAQ…}</secret>) or spread over lines; FileZilla's saved servers write the password
    // as <Pass>, in base64 with an encoding attribute.
    type: "secret_assignment",
    generic: true,
    keywords: [
      "<secret>",
      "<password>",
      "<passphrase>",
      "<token>",
      "<apitoken>",
      "<apikey>",
      "<privatekey>",
      "<pass>",
      '<pass encoding="base64">',
    ],
    pattern:
      /<(secret|password|passphrase|token|apitoken|apikey|privatekey|pass)(?: encoding="base64")?>[ \t\r\n]{0,40}\{?([^<>{}\r\n]{6,512}?)\}?[ \t\r\n]{0,40}<\//i,
    group: 2,
    validate: (value, m) => {
      const words = value.trim().split(/[ \t]+/);
      // "{vendor AQAAABAAA value}": the credential is the last word; a sentence is not a credential.
      const last = words.pop();
      if (last === undefined || words.length > 2 || isPlaceholder(last)) return false;
      if (pairedStandIn(last, m.input, m.index)) return false;
      return strongEnough(last, STRENGTH[groupOf(m, 1).toLowerCase()] ?? "secret");
    },
  },
  {
    // Command-line options: --password X, --api-key=X, --token X.
    type: "secret_assignment",
    generic: true,
    keywords: ["--"],
    // A backtick inside the value is the value's (`--password=Qz8`kLm3`xR9v` was cut to "Qz8"); at its start
    // it opens a command substitution, which is no value.
    pattern:
      /--[A-Za-z-]{0,20}?(password|passwd|passphrase|token|secret|api-?key|access-?key|storage-?key|auth-?key)(?:[ \t]{1,4}|=)["']?([^\s"'`,;&<>(){}[\]\\][^\s"',;&<>(){}[\]\\]{5,255})/i,
    group: 2,
    validate: (value, m) => {
      const name = groupOf(m, 1).toLowerCase();
      // One backtick, at the end or before a sentence's closing punctuation, closes the inline code or command
      // substitution the option was written in (`tool login --password $PASSWORD`. in a README): the value is
      // judged without it.
      const tick = value.indexOf("`");
      const bare =
        tick > 0 && tick === value.lastIndexOf("`") && /^[.,:;!?]*$/.test(value.slice(tick + 1))
          ? value.slice(0, tick)
          : value;
      if (bare !== value && isPlaceholder(bare)) return false;
      if (namesTheOption(bare)) return false;
      return strongEnough(bare, name.startsWith("pass") ? "password" : "secret") && !value.startsWith("-");
    },
  },
  {
    // The same options with a quoted phrase after a space (--password 'Qz8 kLm3 xR9v'), judged whole.
    type: "secret_assignment",
    generic: true,
    keywords: ["--"],
    pattern:
      /--[A-Za-z-]{0,20}?(?:password|passwd|passphrase|token|secret|api-?key|access-?key|storage-?key|auth-?key)[ \t]{1,4}(["'])((?:(?!\1)[^\n\\]){3,256})\1/i,
    group: 2,
    validate: (value) => isPassphrase(value),
  },
  {
    // A .netrc entry, on one line or several: `machine <host>` or `default` (every other host), then its tokens
    // in any order, as curl, git, ftp and Python's netrc read them (login u account a password P, password P
    // login u). A login before or after the password makes it an entry rather than prose ("the machine room
    // password for …", "the default password is …").
    type: "secret_assignment",
    generic: true,
    keywords: ["machine ", "default "],
    pattern:
      /(?:machine[ \t]+[^\s]{1,253}|default)((?:[ \t\r\n]+(?:login|account)[ \t]+[^\s]{1,128}){0,2})[ \t\r\n]+password[ \t]+([^\s"'`]{3,256})(?=((?:[ \t\r\n]+account[ \t]+[^\s]{1,128})?[ \t\r\n]+login[ \t]+[^\s])?)/,
    group: 2,
    validate: (value, m) =>
      (/login/.test(groupOf(m, 1)) || m[3] !== undefined) &&
      !isPlaceholder(value) &&
      !isReference(value) &&
      !anonymousNetrcIdentity(groupOf(m, 1) + netrcLoginAfter(m), value),
  },
  {
    // An HTML form's password field filled in (`<input type="password" name="pw" value="…">`), as a fetched
    // page or a saved form holds it: the value is the password whatever its name.
    type: "secret_assignment",
    generic: true,
    keywords: ['type="password"', "type='password'", "type=password"],
    pattern: /type=(["']?)password\1[^<>]{0,256}?[ \t\r\n]value=(["'])([^"'<>\r\n]{3,256})\2/i,
    group: 3,
    validate: (value) => !isPlaceholder(value) && !isReference(value) && strongEnough(value, "password"),
  },
  {
    // .NET's credential constructor: new NetworkCredential("user", "password").
    type: "secret_assignment",
    generic: true,
    keywords: ["networkcredential("],
    pattern: /NetworkCredential\([ \t]{0,4}"[^"\r\n]{1,128}"[ \t]{0,4},[ \t]{0,4}"([^"\r\n]{3,256})"/,
    group: 1,
    validate: (value) => !isPlaceholder(value) && !isReference(value),
  },
  {
    // HashiCorp Vault's unseal keys, as `vault operator init` prints them or as passed to unseal.
    type: "hashicorp_vault_unseal_key",
    keywords: ["unseal key ", "operator unseal "],
    pattern:
      /(?:Unseal Key [0-9]{1,2}:|operator unseal)[ \t]{1,4}([A-Za-z0-9+/]{40,100}={0,2})(?![A-Za-z0-9+/=])/i,
    group: 1,
    entropy: 4,
  },
  {
    // SonarQube's analysis parameter (sonar.login, now sonar.token) set to a token of the older form, 40 hex.
    type: "sonarqube_token",
    keywords: ["sonar.login", "sonar.token", "sonarlogin", "sonartoken", "sonar_login", "sonar_token"],
    pattern:
      /sonar[._]?(?:login|token)["']?[ \t]{0,4}(?:[:=,]|=>)[ \t]{0,4}["']?([a-f0-9]{40})(?![A-Za-z0-9])/i,
    group: 1,
    entropy: 3,
  },
  {
    // A short password option after a user option: docker login -u ci -p <password>, mysql -u root -p<password>.
    // (mysql's "-p dbname", a prompt then a database, gives words, which are not taken.)
    type: "secret_assignment",
    generic: true,
    keywords: ["-u "],
    // A quoted value runs to its closing quote, blanks and all (docker login -u ci -p "two words").
    pattern: new RegExp(
      String.raw`(?<![A-Za-z0-9-])-u[ \t]{1,4}[^\s"'${"`"}-][^\s"'${"`"}]{0,63}[ \t]{1,4}-p[ \t]?(["']?)` +
        String.raw`((?<=")${quotedRun('"', 6, 128, "`<>;&|")}(?=")|(?<=')${quotedRun("'", 6, 128, "`<>;&|")}(?=')|[^\s"'${"`"}<>;&|]{6,128})`,
    ),
    group: 2,
    // Docker's -u and -p are a user and a port mapping (-p 127.0.0.1:8080:80).
    validate: (value) => !isWords(value) && !/^[0-9.:/-]+$/.test(value) && strongEnough(value, "password"),
  },
  {
    // A Kubernetes secret of type dockercfg / dockerconfigjson: base64 of a registry config with credentials.
    type: "docker_config_auth",
    keywords: [".dockercfg", ".dockerconfigjson"],
    pattern:
      /\.docker(?:cfg|configjson)["']?[ \t]{0,4}:[ \t]{0,4}(?:[|>][-+]?[ \t]{0,4}\r?\n[ \t]{0,16})?["']?([A-Za-z0-9+/]{20,8000}={0,2})/,
    group: 1,
    validate: (value) => {
      try {
        return /"auths?"/.test(atob(value));
      } catch {
        return false;
      }
    },
  },
  {
    // Docker's config.json and similar: "auth": "<base64 of user:password>", quotes possibly escaped.
    type: "basic_auth",
    generic: true,
    keywords: ['"auth'],
    // Also as JSON carried inside a string, its quotes escaped (\"auth\":\"…\").
    pattern: /"auth\\{0,3}"[ \t]{0,4}:[ \t]{0,4}\\{0,3}"([A-Za-z0-9+/]{8,684}={0,2})\\{0,3}"/,
    group: 1,
    validate: basicCredentials,
  },
  {
    // Yarn 2+'s .yarnrc.yml: npmAuthIdent is a registry's "user:password" (Yarn 1's _auth), written plain or
    // in base64; a file read shows it, where `yarn config` masks it.
    type: "basic_auth",
    generic: true,
    keywords: ["npmauthident"],
    pattern: /npmAuthIdent["']?[ \t]{0,4}[:=][ \t]{0,4}["']?[^\s"':]{1,128}:([^\s"']{3,256})/i,
    group: 1,
    validate: (value) => !isReference(value) && !isStandIn(value) && !isBlank(value),
  },
  {
    type: "basic_auth",
    generic: true,
    keywords: ["npmauthident"],
    pattern: /npmAuthIdent["']?[ \t]{0,4}[:=][ \t]{0,4}["']?([A-Za-z0-9+/]{8,684}={0,2})(?![A-Za-z0-9+/=:])/i,
    group: 1,
    validate: basicCredentials,
  },
  {
    // curl -u user:password, curl --user user:password, and each part quoted apart as the shell joins them
    // (--user "apikey":"…", as IBM Cloud's and Watson's API docs write it). A quoted password is one shell
    // word blanks and all, so it runs to its closing quote (which must end the word: `-u "key:" -d '{…}'`
    // quotes no password); unquoted, it ends at the first blank.
    type: "basic_auth",
    generic: true,
    keywords: ["-u ", "--user"],
    pattern: new RegExp(
      String.raw`(?<![A-Za-z0-9-])(?:-u|--user)(?:[ \t]{1,4}|=)["']?[^\s"':<>]{0,64}["']?:["']?(` +
        ['"', "'"]
          .map(
            (q) =>
              String.raw`(?<=${q}[^\s"':<>]{0,64}:|:${q})(?!\s)${quotedRun(q as '"' | "'", 3, 128)}(?=${q}(?:$|[\s;|&)]))|`,
          )
          .join("") +
        String.raw`[^\s"'<>,;]{3,128})`,
    ),
    group: 1,
    validate: (value, m) => !isReference(value) && entropy(value) >= 2 && !notCurlUser(value, m),
  },
  {
    // curl -u "key:" (nothing after the colon, so no password is asked for): services that take an API key
    // as the user name (Stripe's sk_…, Elasticsearch's, Mailgun's); then the user part is the credential.
    type: "basic_auth",
    generic: true,
    keywords: ["-u ", "--user"],
    pattern: /(?<![A-Za-z0-9-])(?:-u|--user)(?:[ \t]{1,4}|=)(["']?)([^\s"':<>]{8,128})(?=:\1(?:$|[\s;|&)]))/,
    group: 2,
    validate: (value) => !isReference(value) && strongEnough(value, "secret"),
  },
  {
    // Authorization: <scheme> <credentials> for schemes other than Basic and Bearer (Token, Api-Token …) or none.
    type: "authorization_header",
    generic: true,
    keywords: ["authorization"],
    pattern:
      /authorization["']?[ \t]{0,4}[:=][ \t]{0,4}["']?(?!(?:basic|bearer)[ \t])(?:[A-Za-z-]{2,20}[ \t]{1,4})?([A-Za-z0-9._~+/=:@-]{8,4096})/i,
    group: 1,
    // The last word of an option's name (busctl's `--allow-interactive-authorization=yes`), set by `=` after
    // a hyphen: a switch, not a header (whose name a colon ends: `Proxy-Authorization: …`).
    context: (m) => !(m.input[m.index - 1] === "-" && /^authorization["']?[ \t]{0,4}=/i.test(m[0])),
    validate: (value, m) =>
      entropy(value) >= 3 &&
      characterClasses(value) >= 2 &&
      !isReference(value) &&
      !isWords(value) &&
      !isCamelCaseName(value) &&
      !followedByCall(m),
  },
  {
    // Sidekiq Enterprise / Pro gem credentials, set as the bundler variable for the gem host.
    type: "sidekiq_credentials",
    keywords: ["contribsys__com"],
    pattern: /contribsys__com["']?[ \t]{0,4}[:=][ \t]{0,4}["']?([a-f0-9]{8}:[a-f0-9]{8})(?![a-f0-9])/i,
    group: 1,
  },
  {
    type: "bearer_token",
    generic: true,
    keywords: ["bearer "],
    // RFC 6750's token characters, and the colon of tokens that join an id and a secret (Asana's 2/…/…:…,
    // Sidekiq's), which providers hand out to be sent as they are: a value cut at its colon passed whole.
    pattern: /bearer[ \t]{1,4}([A-Za-z0-9._~+/:-]{16,4096}=*)(?![A-Za-z0-9._~+/:=-])/i,
    group: 1,
    validate: (value) => entropy(value) >= 3.5 && characterClasses(value) >= 2 && !isReference(value),
  },
  {
    type: "slack_webhook",
    keywords: ["hooks.slack.com/"],
    pattern: /hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9+/_-]{20,160}/,
    entropy: 3,
    // The last part is the secret, random letters of both cases and digits; capitals' words there are a
    // request to fill it in (`services/REPLACE/WITH/YOUR_WEBHOOK_URL`, a Terraform variable's default).
    validate: (value) => /[a-z0-9]/.test(value.slice(value.lastIndexOf("/") + 1)),
  },
  {
    type: "discord_webhook",
    keywords: ["discord.com/api/webhooks/", "discordapp.com/api/webhooks/"],
    pattern: /discord(?:app)?\.com\/api\/webhooks\/[0-9]{17,20}\/[A-Za-z0-9_-]{60,80}/,
    entropy: 3,
  },
  {
    type: "teams_webhook",
    keywords: [".webhook.office.com/webhookb2/"],
    pattern:
      /\.webhook\.office\.com\/webhookb2\/[a-z0-9-]{36}@[a-z0-9-]{36}\/IncomingWebhook\/[a-z0-9]{32}\/[a-z0-9-]{36}(?:\/[A-Za-z0-9-]{20,60})?/,
    entropy: 3,
  },
  {
    // The same webhook in its older form, on Outlook's host.
    type: "teams_webhook",
    keywords: ["outlook.office.com/webhook/"],
    pattern:
      /outlook\.office\.com\/webhook\/[a-f0-9-]{36}@[a-f0-9-]{36}\/IncomingWebhook\/[a-f0-9]{32}\/[a-f0-9-]{36}/,
    entropy: 3,
  },
  {
    type: "google_chat_webhook",
    keywords: ["chat.googleapis.com/v1/spaces/"],
    pattern:
      /chat\.googleapis\.com\/v1\/spaces\/[A-Za-z0-9_-]{8,20}\/messages\?key=[A-Za-z0-9_-]{39}&token=[A-Za-z0-9_%=-]{40,80}/,
    entropy: 3,
  },
  {
    // A PuTTY key file: the private lines are the secret, encrypted or not.
    type: "private_key",
    keywords: ["PuTTY-User-Key-File-"],
    pattern:
      /PuTTY-User-Key-File-[23]: [^\r\n]{3,60}\r?\n(?:[^\r\n]{0,400}\r?\n){1,40}?Private-Lines: [0-9]{1,3}\r?\n[A-Za-z0-9+/=\r\n]{40,8000}/,
    placeholders: "keep",
    validate: (value) => entropy(value.slice(value.indexOf("Private-Lines"))) >= 4,
  },
  {
    type: "private_key",
    keywords: ["---- BEGIN SSH2 ENCRYPTED PRIVATE KEY"],
    pattern:
      /---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----[\s\S]{32,8000}?---- END SSH2 ENCRYPTED PRIVATE KEY ----/,
    placeholders: "keep",
  },
  {
    // An RSA key as .NET writes it (RSA.ToXmlString(true), and the key files of tools built on it): the
    // private parts are the elements P, Q, DP, DQ, InverseQ and D, each in base64. The public form (Modulus
    // and Exponent only) is not a secret, and neither is a template with empty or placeholder elements.
    type: "private_key",
    keywords: ["<rsakeyvalue>"],
    pattern: /<RSAKeyValue>[\s\S]{0,12000}?<\/RSAKeyValue>/i,
    placeholders: "keep",
    validate: (value) => {
      const d = /<(D|P|InverseQ)>\s*([A-Za-z0-9+/=\s]{40,1400})<\/\1>/i.exec(value);
      return d !== null && entropy((d[2] ?? "").replace(/\s/g, "")) >= 4.5;
    },
  },
];
