// Credentials the guard itself handed a server, or could have: the values of its secrets file, the server's
// upstream_auth_token, its environment variables named as credentials, and the credential-named variables of
// the environments its `${VAR}`s are filled from (the session's, the daemon's), which may stand anywhere in
// its entry (`args: ["--api-key", "${SVC_API_KEY}"]`). A server that fails on a rejected credential commonly
// prints it (on stderr, in an HTTP error body), and a credential of a service's own shape (an internal key,
// a passphrase, a short hex token) matches no detector. The guard knows these values exactly, so what it
// shows of a server's own words (the client's upstream_unavailable, `status`, the log) never repeats them,
// whatever their shape, written as they are or percent-encoded as in a URL.
import type { ServerConfig } from "@mcp-guard/config/runtime";
// The mark, the shortest value withheld and the matchers are core's handed-credentials.ts, shared with the
// withholding from a server's messages.
import { isCredentialName, SHORTEST_WITHHELD } from "@mcp-guard/core";

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
  const long = [...values].filter((v) => v.trim().length >= SHORTEST_WITHHELD);
  const spellings = new Set(long.flatMap((v) => [v, encodeURIComponent(v)]));
  return [...spellings].sort((a, b) => b.length - a.length);
}
