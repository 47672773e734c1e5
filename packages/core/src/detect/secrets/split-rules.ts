// Credentials whose name and value are written apart: an environment list's entry (Kubernetes, Compose, ECS
// task definitions: `- name: DB_PASSWORD` then `value: …`) and a session cookie (`Cookie: sid=…`). Each is
// judged as the assignment it stands for, by the same strength of name as context-rules.ts.
import type { SecretRule } from "./engine.js";
import { LISTED_PAIR_BACK, LISTED_PAIR_GATE, NAMED_PAIR_GATE } from "./gates.js";
import { NOT_A_CREDENTIAL, strongEnough, type Strength } from "./context-rules.js";
import { antiForgeryName } from "./name-says-not-secret.js";
import { isDemoJwt, isStandIn } from "./placeholders.js";

/** How strongly a variable's name says credential: a password's, a secret's or token's, or a key's. */
function strengthOfName(name: string): Strength | undefined {
  // An id, or a key or token that is not a credential (public_key, authenticity_token, cache_key).
  const words = name.split(/[_.-]|(?<=[a-z])(?=[A-Z])/).map((w) => w.toLowerCase());
  if (words.some((w) => NOT_A_CREDENTIAL.has(w) || w === "id" || w === "ids")) return undefined;
  if (/pass(?:word|wd|phrase)?|pwd/i.test(name)) return "password";
  if (/secret|token|credential/i.test(name)) return "secret";
  return /key/i.test(name) ? "weak" : undefined;
}

/**
 * Words of a cookie's name that say it holds a session or a signed-in user, not a preference or an analytics
 * id (_ga, theme, consent, locale): a session, an auth (an author's, authorId, is not one; an authorization's
 * is), a token, a login or a signed-in user (wordpress_logged_in_…), the identity a sign-in framework keeps
 * (ASP.NET Core's .AspNetCore.Identity.Application, Keycloak's KEYCLOAK_IDENTITY, Yii's _identity).
 */
const SESSION_WORDS = "sess|auth(?!or(?!i[sz]))|token|jwt|login|logged[_-]?in|identity|remember";
/**
 * Cookie names that hold a session or a login: one of SESSION_WORDS; a session's id as the last word (sid,
 * connect.sid); WordPress's signed-in cookies, named by the site's hash (wordpress_<md5>, wordpress_sec_<md5>);
 * ASP.NET Core's cookie sign-in under its default scheme (.AspNetCore.Cookies, chunked as …CookiesC1).
 */
const SESSION_COOKIE = new RegExp(
  `${SESSION_WORDS}|(?:^|[._-])sid$|^wordpress_(?:sec_)?[0-9a-f]{32}$|^\\.AspNetCore\\.Cookies`,
  "i",
);
/**
 * A session's id as an acronym in capitals ending in SID: Google's signed-in cookies (SID, HSID, SSID, APISID,
 * SAPISID, __Secure-1PSID, __Secure-3PAPISID), as a word of its own or after a digit. Not _gid (analytics) nor
 * its lower-case look-alikes.
 */
const SID_ACRONYM = /(?:^|[^A-Za-z])[A-Z]{0,6}SID$/;
/**
 * Sign-ins whose cookie's own name has none of those words: Gitea's and Gogs' session (i_like_gitea,
 * i_like_gogs) and remember-me (gitea_incredible) cookies, Discourse's auth token (_t), Okta Identity Engine's
 * session (idx). Matched as the whole name.
 */
const FRAMEWORK_NAMES = "i_like_gitea|i_like_gogs|gitea_incredible|_t|idx";
const FRAMEWORK_COOKIE = new RegExp(`^(?:${FRAMEWORK_NAMES})$`, "i");
/**
 * A digest a framework appends to its cookie's name to keep apart sites or guards (Laravel's
 * remember_web_<sha1 of the guard>, WordPress's wordpress_logged_in_<md5 of the site>): it says nothing of
 * what the cookie holds, so the name is read without it, and its length does not count against the name's.
 */
const NAME_DIGEST = "[._-][0-9A-Fa-f]{32,64}";
const TRAILING_DIGEST = new RegExp(`${NAME_DIGEST}$`);
/** Whether a cookie of this name holds a session or a login. */
export function sessionCookieName(name: string): boolean {
  const read = name.replace(TRAILING_DIGEST, "");
  return [name, read].some(
    (each) => SESSION_COOKIE.test(each) || SID_ACRONYM.test(each) || FRAMEWORK_COOKIE.test(each),
  );
}
/** The same names, as a pattern's group (the validation above still judges the name matched). */
const SESSION_NAME = `((?:[A-Za-z0-9_.-]{0,40}(?:${SESSION_WORDS}|\\.AspNetCore\\.Cookies)[A-Za-z0-9_.-]{0,40}|[A-Za-z0-9_.-]{0,40}sid|wordpress_(?:sec_)?[0-9a-f]{32}|${FRAMEWORK_NAMES})(?:${NAME_DIGEST})?)`;
/** A cookie's value: no blank, separator or quote, long enough to be a session's. */
const COOKIE_VALUE = "([^\\s;,\"'&]{16,4096})";
/**
 * A cookie's value in a list: as COOKIE_VALUE, but an "=" only as base64's padding at its end. With no name
 * before the list, "token=token=…" would otherwise read 4 KB at every keyword.
 */
const LISTED_VALUE = "([^\\s;,\"'&=]{16,4096}={0,2})";
const sessionValue = (value: string, m: RegExpExecArray) =>
  sessionCookieName(m[1] ?? "") && !isStandIn(value) && strongEnough(value, "secret");

/** A value in a JSON Web Token's compact shape: a header, then two or four more base64url parts. */
const WEB_TOKEN = "(eyJ[A-Za-z0-9_-]{8,400}(?:\\.[A-Za-z0-9_-]{0,4096}){2,4})(?![A-Za-z0-9_.-])";
/**
 * Whether a value is a signed JSON Web Token or an encrypted one (JWE): three parts, the last a signature, or
 * five, the last two a ciphertext and its tag, the first a JSON header naming its algorithm. Either is a
 * bearer credential, whatever the cookie holding it is named.
 */
function webToken(value: string): boolean {
  const parts = value.split(".");
  const last = parts[parts.length - 1] ?? "";
  if (!(parts.length === 3 || (parts.length === 5 && parts[3] !== "")) || last.length < 16) return false;
  try {
    const header: unknown = JSON.parse(atob((parts[0] ?? "").replace(/-/g, "+").replace(/_/g, "/")));
    return typeof header === "object" && header !== null && "alg" in header;
  } catch {
    return false;
  }
}

/** How far a cookie list's "; " may stand from the pair it joins (blanks around the semicolon). */
const LIST_BLANKS = 4;

/**
 * Whether the pair matched stands in a list of cookies: a ";" before it, or after it a ";" then the next
 * pair's name and its "=". A lone `token=…` (an assignment, a query's parameter) is not one.
 */
function inCookieList(m: RegExpExecArray): boolean {
  const text = m.input;
  let before = m.index - 1;
  while (before >= 0 && m.index - before <= LIST_BLANKS && isBlankAt(text, before)) before--;
  if (text.charCodeAt(before) === SEMICOLON) return true;
  let after = m.index + m[0].length;
  const limit = after + LIST_BLANKS;
  while (after < limit && isBlankAt(text, after)) after++;
  if (text.charCodeAt(after) !== SEMICOLON) return false;
  return NEXT_PAIR.test(text.slice(after + 1, after + 1 + LIST_BLANKS + NEXT_NAME + 1));
}
const SEMICOLON = 59;
const NEXT_NAME = 64;
const NEXT_PAIR = new RegExp(`^[ \\t]{0,${LIST_BLANKS}}[A-Za-z0-9_.%-]{1,${NEXT_NAME}}=`);
const isBlankAt = (text: string, at: number) => text[at] === " " || text[at] === "\t";

export const SPLIT_RULES: SecretRule[] = [
  {
    // `name: X` then `value: Y` on the next line, or "name": "X", "value": "Y" in JSON; also `key` for the
    // name, as tags, parameter stores and settings lists write pairs ({"Key": "db_password", "Value": …}).
    type: "secret_assignment",
    generic: true,
    keywords: ["name", "key"],
    pattern:
      /(?:name|(?<![A-Za-z0-9_])key)["']?[ \t]{0,4}[:=][ \t]{0,4}["']?([A-Za-z0-9_.-]{0,40}(?:pass|pwd|secret|token|credential|key)[A-Za-z0-9_.-]{0,40})["']?[ \t]{0,4},?[ \t]{0,4}(?:\r?\n[ \t-]{0,40})?["']?value["']?[ \t]{0,4}[:=][ \t]{0,4}["']?([^\s"'`,;{}[\]]{6,256})/i,
    group: 2,
    gate: NAMED_PAIR_GATE,
    validate: (value, m) => {
      const strength = strengthOfName(m[1] ?? "");
      return (
        strength !== undefined &&
        !antiForgeryName(m[1] ?? "") &&
        !isStandIn(value) &&
        strongEnough(value, strength)
      );
    },
  },
  {
    // A JSON-RPC call whose method is named for the credential it takes ("auth.login_with_api_key",
    // "session.set_token"): its first positional parameter is that credential, as written in a log or a
    // capture of the call. Only a method's name that says key, token, password or secret; the parameter is
    // judged as a secret's value.
    type: "secret_assignment",
    generic: true,
    keywords: ['"method"'],
    pattern:
      /"method"[ \t]{0,4}:[ \t]{0,4}"([A-Za-z0-9_./-]{0,60}?(?:api_?key|token|password|passwd|secret)[A-Za-z0-9_./-]{0,40})"[ \t]{0,4},[ \t\r\n]{0,40}"params"[ \t]{0,4}:[ \t]{0,4}\[[ \t\r\n]{0,40}"([^\s"\\]{12,512})"/i,
    group: 2,
    validate: (value) => !isStandIn(value) && strongEnough(value, "secret"),
  },
  {
    // Cookie: a=1; sid=… and Set-Cookie: session=…; HttpOnly: the first long value of a session's cookie. The
    // name is matched as a session's in the pattern itself, so that a long analytics cookie before it (_ga=GA1.2.…;
    // session=…) does not end the search. A skipped pair starts with no blank: the blanks after a ";" could
    // otherwise belong to it or to the separator, two ways per pair and a thousand for ten (a text of
    // "cookie: a=b; " repeated took 3 s for 50 KB).
    type: "session_cookie",
    generic: true,
    keywords: ["cookie"],
    pattern: new RegExp(
      `cookie["']?[ \\t]{0,4}:[ \\t]{0,4}["']?(?:[^\\r\\n;"' \\t][^\\r\\n;"']{0,199};[ \\t]{0,4}){0,10}?${SESSION_NAME}=([^\\s;,"']{16,4096})`,
      "i",
    ),
    group: 2,
    validate: (value, m) => sessionCookieName(m[1] ?? "") && strongEnough(value, "secret"),
  },
  {
    // Cookie: or Set-Cookie: with a JSON Web Token, signed or encrypted, as a cookie's value under any name
    // (Okta's idx holds a JWE): the token is the signed-in user's credential.
    type: "session_cookie",
    generic: true,
    keywords: ["cookie"],
    pattern: new RegExp(
      `cookie["']?[ \\t]{0,4}:[ \\t]{0,4}["']?(?:[^\\r\\n;"' \\t][^\\r\\n;"']{0,199};[ \\t]{0,4}){0,10}?[A-Za-z0-9_.%-]{1,64}=${WEB_TOKEN}`,
      "i",
    ),
    group: 1,
    validate: (value) => webToken(value) && !isStandIn(value) && !isDemoJwt(value),
  },
  {
    // A session's cookie among others in a list of cookies, with or without a header's name before it: every
    // session cookie of a Cookie header after the first (the rule above takes one), and the string
    // document.cookie reads ("_ga=…; PHPSESSID=…; theme=dark"), which browser automation returns bare.
    type: "session_cookie",
    generic: true,
    keywords: [
      "sess",
      "sid=",
      "auth",
      "token",
      "jwt",
      "login",
      "logged",
      "identity",
      "remember",
      "wordpress_",
      ".aspnetcore.cookies",
      "i_like_",
      "gitea_incredible",
      "_t=",
      "idx=",
    ],
    back: LISTED_PAIR_BACK,
    pattern: new RegExp(`(?<![A-Za-z0-9_.-])${SESSION_NAME}=${LISTED_VALUE}`, "i"),
    group: 2,
    gate: LISTED_PAIR_GATE,
    context: inCookieList,
    validate: sessionValue,
  },
  {
    // A line of a Netscape cookie file (cookies.txt, as curl -c, wget and browsers' cookie exporters write it):
    // domain, subdomains flag, path, secure flag, expiry, name and value, a tab apart. A session's value there
    // is a signed-in browser's, and such files are what cookie stealers collect.
    type: "session_cookie",
    generic: true,
    keywords: ["\ttrue\t", "\tfalse\t"],
    pattern: new RegExp(
      `\t(?:TRUE|FALSE)\t[^\t\r\n]{0,200}\t(?:TRUE|FALSE)\t[0-9]{1,12}\t${SESSION_NAME}\t${COOKIE_VALUE}`,
      "i",
    ),
    group: 2,
    validate: sessionValue,
  },
  {
    // A session's cookie set or sent in code, on the line that names cookies: new Cookie("JSESSIONID", "…"),
    // cookies = {"sessionid": "…"}, document.cookie = "session=…; path=/", --cookie "sid=…", a test's
    // expected set-cookie header. The name is joined to the value by =, : or a comma between arguments.
    type: "session_cookie",
    generic: true,
    keywords: ["cookie"],
    pattern: new RegExp(
      `cookies?[^\\r\\n]{0,80}?(?<![A-Za-z0-9_.-])${SESSION_NAME}["']?[ \\t]{0,4}(?:=|:|,)[ \\t]{0,4}["']?${COOKIE_VALUE}`,
      "i",
    ),
    group: 2,
    validate: sessionValue,
  },
  {
    // curl's -b "name=value; …": the cookies it sends (a bare file name, -b cookies.txt, has no "=").
    type: "session_cookie",
    generic: true,
    keywords: ["-b "],
    pattern: new RegExp(
      `-b[ \\t]{1,4}["']?(?:[^\\s"';]{1,200};[ \\t]{0,4}){0,10}?${SESSION_NAME}=${COOKIE_VALUE}`,
    ),
    group: 2,
    validate: sessionValue,
  },
];
