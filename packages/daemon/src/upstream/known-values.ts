// Credentials the guard itself handed a server, or could have: the values of its secrets file, the server's
// upstream_auth_token, its environment variables named as credentials, and the credential-named variables of
// the environments its `${VAR}`s are filled from (the session's, the daemon's), which may stand anywhere in
// its entry (`args: ["--api-key", "${SVC_API_KEY}"]`). A server that fails on a rejected credential commonly
// prints it (on stderr, in an HTTP error body), and a credential of a service's own shape (an internal key,
// a passphrase, a short hex token) matches no detector. The guard knows these values exactly, so what it
// shows of a server's own words (the client's upstream_unavailable, `status`, the log) never repeats them,
// whatever their shape, written as they are, percent-encoded as in a URL or a form, in hex, or in base64 (on
// its own, or the characters of its bits inside a longer run, as a Basic Authorization header carries a
// password after its user name: core's credential-spellings.ts).
import type { ServerConfig } from "@mcp-guard/config/runtime";
// The mark, the shortest value withheld and the matchers are core's handed-credentials.ts, shared with the
// withholding from a server's messages.
import {
  base64Cores,
  base64Spellings,
  hexSpellings,
  isCredentialName,
  percentSpellings,
  SHORTEST_WITHHELD,
} from "@mcp-guard/core";
import { urlCredentials } from "./url-credentials.js";

/** A server entry as these read it: its env, the token and the URL it is reached with. */
type HandedEntry = Pick<ServerConfig, "env"> & {
  upstream_auth_token?: string | undefined;
  url?: string | undefined;
};

/** The values to withhold from what `server` says, longest first (one holding another goes whole). */
export function knownValues(
  server: HandedEntry,
  secrets: Readonly<Record<string, string>> = {},
  environment: Readonly<Record<string, string | undefined>> = {},
): string[] {
  const values = new Set<string>([...Object.values(secrets), ...urlCredentials(server.url)]);
  if (server.upstream_auth_token) values.add(server.upstream_auth_token);
  for (const [name, value] of [...Object.entries(server.env ?? {}), ...Object.entries(environment)])
    if (value !== undefined && isCredentialName(name)) values.add(value);
  const long = [...values].filter((v) => v.trim().length >= SHORTEST_WITHHELD);
  // Every occurrence of each goes (withoutEveryOccurrence): the whole base64 first, being longer, then the
  // characters of the value's bits wherever a longer run holds them.
  const spellings = new Set(
    long.flatMap((v) => [
      v,
      ...percentSpellings(v),
      ...hexSpellings(v),
      ...base64Spellings(v),
      ...base64Cores(v),
    ]),
  );
  return [...spellings].sort((a, b) => b.length - a.length);
}

/**
 * Names that are credential-named by a word in them but say where a credential is or is used, not what it
 * is (COOKIE_DOMAIN, TOKEN_URL, GOOGLE_APPLICATION_CREDENTIALS_FILE, SECRETS_DIR, AWS_KEY_REGION): their
 * values (example.com, a path, us-east-1) are ordinary words of a server's results.
 */
const LOCATOR_NAME = /(?:url|uri|domain|host|dir|path|file|endpoint|region)$/i;
const REFERENCE = /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-[^}]*)?\}/g;

/** Whether a variable's value is a credential the server was handed, to withhold from its messages. */
function handedName(name: string): boolean {
  return isCredentialName(name) && !LOCATOR_NAME.test(name);
}

/** The variables a server's entry as written names with `${VAR}`, anywhere in it. */
function referencedNames(entry: unknown, into: Set<string>): Set<string> {
  if (typeof entry === "string") {
    for (const [, name] of entry.matchAll(REFERENCE)) if (name) into.add(name);
  } else if (Array.isArray(entry)) {
    for (const item of entry) referencedNames(item, into);
  } else if (typeof entry === "object" && entry !== null) {
    for (const item of Object.values(entry)) referencedNames(item, into);
  }
  return into;
}

/**
 * The credentials the guard handed this server, to withhold from its messages (core's handed-credentials.ts):
 * the secrets file's values, its upstream_auth_token, the credentials in its URL (urlCredentials), its entry's
 * credential-named env values, and the values
 * in `environment` (the variables its entry is filled from, as session-server.ts layers them) of the
 * credential-named variables its entry as written (`raw`) refers to with `${VAR}` or `passed` names (the
 * daemon's variables env_passthrough gives it). Unlike knownValues
 * (for its stderr, where blanking too much costs nothing), the daemon's other credential-named variables are
 * not this server's and are left: a server repeating the daemon's COOKIE_DOMAIN was handed no secret.
 */
export function handedValues(
  server: HandedEntry,
  raw: unknown,
  passed: readonly string[],
  secrets: Readonly<Record<string, string>> = {},
  environment: Readonly<Record<string, string | undefined>> = {},
): string[] {
  const values = new Set<string>([...Object.values(secrets), ...urlCredentials(server.url)]);
  if (server.upstream_auth_token) values.add(server.upstream_auth_token);
  for (const [name, value] of Object.entries(server.env ?? {})) if (handedName(name)) values.add(value);
  for (const name of referencedNames(raw, new Set(passed))) {
    const value = environment[name];
    if (value !== undefined && handedName(name)) values.add(value);
  }
  return [...values];
}
