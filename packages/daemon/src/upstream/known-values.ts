// Credentials the guard itself handed a server, or could have: the values of its secrets file, the server's
// upstream_auth_token, its environment variables named as credentials, and the credential-named variables of
// the environments its `${VAR}`s are filled from (the session's, the daemon's), which may stand anywhere in
// its entry (`args: ["--api-key", "${SVC_API_KEY}"]`). A server that fails on a rejected credential commonly
// prints it (on stderr, in an HTTP error body), and a credential of a service's own shape (an internal key,
// a passphrase, a short hex token) matches no detector. The guard knows these values exactly, so what it
// shows of a server's own words (the client's upstream_unavailable, `status`, the log) never repeats them,
// whatever their shape, written as they are or percent-encoded as in a URL.
import type { ServerConfig } from "@mcp-guard/config/runtime";
import { isCredentialName } from "@mcp-guard/core";
export const KNOWN_VALUE_MARK = "[REDACTED:credential]";

/**
 * Shorter values are left to the detectors: a four-character value ("true", a port) would blank ordinary
 * words of every line a server prints.
 */
const SHORTEST = 6;

/** The values to withhold from what `server` says, longest first (one holding another goes whole). */
export function knownValues(
  server: Pick<ServerConfig, "env"> & { upstream_auth_token?: string | undefined },
  secrets: Readonly<Record<string, string>> = {},
  environment: Readonly<Record<string, string | undefined>> = {},
): string[] {
  const values = new Set<string>(Object.values(secrets));
  if (server.upstream_auth_token) values.add(server.upstream_auth_token);
  for (const [name, value] of [...Object.entries(server.env ?? {}), ...Object.entries(environment)])
    if (value !== undefined && isCredentialName(name)) values.add(value);
  const long = [...values].filter((v) => v.trim().length >= SHORTEST);
  const spellings = new Set(long.flatMap((v) => [v, encodeURIComponent(v)]));
  return [...spellings].sort((a, b) => b.length - a.length);
}

/** `text` with every occurrence of a known value replaced by KNOWN_VALUE_MARK. */
export function withoutKnown(text: string, known: readonly string[]): string {
  let out = text;
  for (const value of known) if (out.includes(value)) out = out.split(value).join(KNOWN_VALUE_MARK);
  return out;
}
