// The credentials the guard handed a session's server (its credential-named environment variables, its
// upstream_auth_token, the secrets file's values: the daemon's known-values.ts) are the user's keys to the
// service behind the server, which the client is meant to reach only through the guarded server. A server
// that repeats one (a debugging tool returning its environment, a log line naming the key it connected with)
// would hand the model a way round every check; a credential of a service's own shape (a passphrase, a short
// hex key) matches no detector, but the guard knows these values exactly. Each is withheld from what the
// server sends the client wherever it stands alone (not inside a longer word or number; a long one also
// inside one), as given, JSON-escaped, percent-encoded or in base64, and its hex and base64 inside a longer
// run too (credential-spellings.ts), whatever the config's detection actions.
import type { JsonObject } from "../jsonrpc.js";
import type { WithheldSpelling } from "../pipeline.js";
import { base64Cores, base64Spellings, hexSpellings, percentSpellings } from "./credential-spellings.js";

/**
 * What stands for a withheld value, in a server's messages and in the guard's own copy of its stderr and
 * error texts (the daemon's known-values.ts): this module owns it for both.
 */
export const HANDED_CREDENTIAL_MARK = "[REDACTED:credential]";

/** The finding's type in the audit trace. */
export const HANDED_CREDENTIAL = "server_credential";

/**
 * Values too plain to withhold wherever they stand alone: a word of letters (`postgres`, `changeme`) or a short
 * run of digits is ordinary text in results far more often than it is the credential it also is.
 */
const PLAIN_WORD = /^[A-Za-z]{1,15}$/;
const SHORT_NUMBER = /^[0-9]{1,9}$/;
/**
 * Shorter values are left to the detectors, in messages and stderr alike: a four-character value ("true", a
 * port) would blank ordinary words of every line a server prints.
 */
export const SHORTEST_WITHHELD = 6;

/**
 * From this length a spelling is withheld wherever it stands, inside a longer word too. A short value inside a
 * longer word is most often a coincidence (a six-digit hex key inside a commit hash), but one this long is not:
 * it is the value glued to what a command printed next (`echo -n "$KEY"; echo done`), or an encoding of it
 * cut out of a longer run of base64 or hex.
 */
export const WITHHELD_ANYWHERE_FROM = 14;

/**
 * The spellings of a value a server's output may carry instead of the value as given (credential-spellings.ts):
 * percent-encoded as a URL or a form carries it, matched as the value is (standing alone, anywhere once long);
 * its base64 on its own likewise; and the two encodings a longer run holds it in, hex and the base64 characters
 * of its bits alone, matched anywhere whatever their length. Those are never ordinary text: even a 6-byte
 * value's are 12 hex digits (48 bits) or 7 base64 characters (42 bits). Over the public corpora's 40 MB of
 * text, 9,420 generated 6-10 character values' hex and base64 runs were found only where the text was an
 * encoding holding the value itself (fixcred52, round 52). A run at either end of its group of three bytes
 * carries only some of the last byte's bits, so a value differing from the handed one in those bits alone
 * (Zk8pQ2, Zk8pQ3) goes too.
 */
function encodedSpellings(value: string): WithheldSpelling[] {
  const asValue = [...percentSpellings(value), ...base64Spellings(value)].map(spelledLike);
  const inRuns = [...hexSpellings(value), ...base64Cores(value)].map((text) => ({ text, anywhere: true }));
  return [...asValue, ...inRuns].filter((spelling) => spelling.text !== value);
}

/** A spelling matched as a value is: anywhere from WITHHELD_ANYWHERE_FROM characters, else standing alone. */
const spelledLike = (text: string): WithheldSpelling => ({
  text,
  anywhere: text.length >= WITHHELD_ANYWHERE_FROM,
});

/**
 * The values worth withholding from a server's messages, longest first (one holding another goes whole), each
 * also as JSON text spells it (a tool that returns its environment as JSON inside a text result writes a
 * password holding `"` or `\` escaped, `p\"w`, which the value as given never matches) and encoded
 * (encodedSpellings). A text that is two spellings goes wherever either goes.
 */
export function credentialsToWithhold(values: readonly string[]): WithheldSpelling[] {
  const kept = values.filter(
    (v) => v.trim().length >= SHORTEST_WITHHELD && !PLAIN_WORD.test(v) && !SHORT_NUMBER.test(v),
  );
  const anywhere = new Map<string, boolean>();
  for (const spelling of kept.flatMap((v) => [
    spelledLike(v),
    spelledLike(JSON.stringify(v).slice(1, -1)),
    ...encodedSpellings(v),
  ]))
    anywhere.set(spelling.text, spelling.anywhere || anywhere.get(spelling.text) === true);
  return [...anywhere]
    .map(([text, everywhere]) => ({ text, anywhere: everywhere }))
    .sort((a, b) => b.text.length - a.text.length);
}

const WORD = /[\p{L}\p{N}]/u;

/** Whether the characters before `start` and at `end` leave what is between them standing alone. */
function standsAlone(text: string, start: number, end: number): boolean {
  const before = start > 0 ? text[start - 1] : undefined;
  const after = end < text.length ? text[end] : undefined;
  return (before === undefined || !WORD.test(before)) && (after === undefined || !WORD.test(after));
}

/**
 * `text` with each spelling replaced where it goes (`anywhere`, or standing alone); the same string when none
 * does. For a server's messages, which the client and the model read as data: a short value that is part of a
 * longer word or number there is most often a coincidence (a hex key inside a commit hash), and blanking it
 * would corrupt the result, so only a short value standing alone goes (standsAlone); an encoding of a value's
 * bytes is no coincidence. withoutEveryOccurrence is the stricter one for stderr.
 */
export function withoutCredentials(text: string, spellings: readonly WithheldSpelling[]): string {
  // Spellings come longest first (credentialsToWithhold): a string shorter than the last holds none, and most
  // of a message's strings (keys' values such as "text", ids, short words) are that short.
  const shortest = spellings.at(-1)?.text.length;
  if (shortest === undefined || text.length < shortest) return text;
  let out = text;
  for (const { text: value, anywhere } of spellings) {
    let at = out.indexOf(value);
    if (at < 0) continue;
    let rebuilt = "";
    let from = 0;
    while (at >= 0) {
      const end = at + value.length;
      if (anywhere || standsAlone(out, at, end)) {
        rebuilt += out.slice(from, at) + HANDED_CREDENTIAL_MARK;
        from = end;
      }
      at = out.indexOf(value, end);
    }
    if (from > 0) out = rebuilt + out.slice(from);
  }
  return out;
}

/**
 * `value` (a message's params, result or error) with every handed credential withheld, copied only where one
 * was; `found` learns the path of each string that held one.
 */
export function withholdCredentials(
  value: unknown,
  path: string,
  values: readonly WithheldSpelling[],
  found: string[],
): unknown {
  if (typeof value === "string") {
    const out = withoutCredentials(value, values);
    if (out !== value) found.push(path);
    return out;
  }
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    value.forEach((item, i) => {
      const out = withholdCredentials(item, `${path}[${i}]`, values, found);
      if (out !== item) (copy ??= [...value])[i] = out;
    });
    return copy ?? value;
  }
  if (typeof value === "object" && value !== null) {
    let copy: JsonObject | undefined;
    for (const [key, item] of Object.entries(value as JsonObject)) {
      const out = withholdCredentials(item, `${path}.${key}`, values, found);
      if (out !== item) (copy ??= { ...(value as JsonObject) })[key] = out as JsonObject[string];
    }
    return copy ?? value;
  }
  return value;
}

/**
 * `text` with every occurrence of each value replaced, inside a longer word or not. For what the guard shows of
 * a server's own words (its stderr, an HTTP error body: the daemon's stderr-scrub.ts): a failing server glues
 * the credential it was refused into a URL, a header dump or a quoted string, nobody relies on that text being
 * intact, and the value is one the guard itself handed over, so every occurrence goes.
 */
export function withoutEveryOccurrence(text: string, values: readonly string[]): string {
  let out = text;
  for (const value of values) if (out.includes(value)) out = out.split(value).join(HANDED_CREDENTIAL_MARK);
  return out;
}
