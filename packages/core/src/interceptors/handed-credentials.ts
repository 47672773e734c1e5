// The credentials the guard handed a session's server (its credential-named environment variables, its
// upstream_auth_token, the secrets file's values: the daemon's known-values.ts) are the user's keys to the
// service behind the server, which the client is meant to reach only through the guarded server. A server
// that repeats one (a debugging tool returning its environment, a log line naming the key it connected with)
// would hand the model a way round every check; a credential of a service's own shape (a passphrase, a short
// hex key) matches no detector, but the guard knows these values exactly. Each is withheld from what the
// server sends the client wherever it stands alone (not inside a longer word or number; a long one also
// inside one), as given, JSON-escaped, percent-encoded, in base64 or in hex, whatever the config's detection
// actions.
import type { JsonObject } from "../jsonrpc.js";

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
 * The base64 characters that encode `bytes` alone wherever they stand in a longer encoded text: one run per
 * alignment (the bytes before them in the text, modulo 3), in the standard and the URL-safe alphabets. The
 * characters at either end that also carry bits of the neighbouring bytes are left out.
 */
function base64Runs(bytes: Buffer): string[] {
  const runs: string[] = [];
  for (let before = 0; before < 3; before++) {
    const encoded = Buffer.concat([Buffer.alloc(before), bytes]).toString("base64");
    const run = encoded.slice(Math.ceil((8 * before) / 6), Math.floor((8 * (before + bytes.length)) / 6));
    runs.push(run, run.replace(/\+/g, "-").replace(/\//g, "_"));
  }
  return runs;
}

/**
 * The spellings of a value a server's output may carry instead of the value as given, each long enough to be
 * withheld wherever it stands (WITHHELD_ANYWHERE_FROM): percent-encoded as in a URL or a form (a tool that shows
 * the request it sent), and its UTF-8 bytes in base64 or hex (`printenv KEY | base64`, `| xxd -p`), which no
 * reading of the value as given matches and no detector knows for a key of the service's own shape.
 */
function encodedSpellings(value: string): string[] {
  const percent = encodeURIComponent(value);
  const bytes = Buffer.from(value, "utf8");
  const hex = bytes.toString("hex");
  return [percent, percent.replace(/%20/g, "+"), hex, hex.toUpperCase(), ...base64Runs(bytes)].filter(
    (spelling) => spelling !== value && spelling.length >= WITHHELD_ANYWHERE_FROM,
  );
}

/**
 * The values worth withholding from a server's messages, longest first (one holding another goes whole), each
 * also as JSON text spells it (a tool that returns its environment as JSON inside a text result writes a
 * password holding `"` or `\` escaped, `p\"w`, which the value as given never matches) and, where long
 * enough, encoded (encodedSpellings).
 */
export function credentialsToWithhold(values: readonly string[]): string[] {
  const kept = values.filter(
    (v) => v.trim().length >= SHORTEST_WITHHELD && !PLAIN_WORD.test(v) && !SHORT_NUMBER.test(v),
  );
  const spellings = kept.flatMap((v) => [v, JSON.stringify(v).slice(1, -1), ...encodedSpellings(v)]);
  return [...new Set(spellings)].sort((a, b) => b.length - a.length);
}

const WORD = /[\p{L}\p{N}]/u;

/**
 * Whether the value at `start`…`end` is to go: one long enough goes wherever it stands (WITHHELD_ANYWHERE_FROM);
 * a shorter one only where the character before it and the one after it leave it standing alone.
 */
function standsAlone(text: string, start: number, end: number): boolean {
  if (end - start >= WITHHELD_ANYWHERE_FROM) return true;
  const before = start > 0 ? text[start - 1] : undefined;
  const after = end < text.length ? text[end] : undefined;
  return (before === undefined || !WORD.test(before)) && (after === undefined || !WORD.test(after));
}

/**
 * `text` with each value of `values` that stands alone replaced; the same string when none does. For a
 * server's messages, which the client and the model read as data: a short value that is part of a longer word
 * or number there is most often a coincidence (a hex key inside a commit hash), and blanking it would corrupt
 * the result, so only a short value standing alone goes (standsAlone). withoutEveryOccurrence is the
 * stricter one for stderr.
 */
export function withoutCredentials(text: string, values: readonly string[]): string {
  let out = text;
  for (const value of values) {
    let at = out.indexOf(value);
    if (at < 0) continue;
    let rebuilt = "";
    let from = 0;
    while (at >= 0) {
      const end = at + value.length;
      if (standsAlone(out, at, end)) {
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
  values: readonly string[],
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
