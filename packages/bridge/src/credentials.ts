// The credential a user gives the bridge. MCP clients pass environment variables to the servers they
// launch, so that is where keys come from; a key file keeps the key out of the client's config file, and is
// used only while owner-only: a key another local account can read opens HTTP sessions for them too. An
// OAuth token comes from MCP_GUARD_TOKEN or from the store that `mcp-guard auth login` writes. The bridge
// only reads these; checking, refreshing and everything else is the daemon's.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Credentials, DaemonPaths } from "@mcp-guard/wire";

/**
 * Why a file holding a credential may not be used (others may read or change it), or undefined. The bridge
 * holds no config code (DESIGN.md §3): its caller passes config's owner-only.ts, the secrets file's check.
 */
export type OwnerOnlyCheck = (path: string, what: string, decides: string) => string | undefined;

export function credentialsFromEnvironment(
  paths: DaemonPaths,
  notOwnerOnly: OwnerOnlyCheck,
  env: NodeJS.ProcessEnv = process.env,
): Credentials {
  const credentials: Credentials = {};
  if (env.MCP_GUARD_API_KEY) credentials.api_key = env.MCP_GUARD_API_KEY.trim();
  else if (env.MCP_GUARD_API_KEY_FILE)
    credentials.api_key = readKeyFile(env.MCP_GUARD_API_KEY_FILE, "MCP_GUARD_API_KEY_FILE", notOwnerOnly);
  if (env.MCP_GUARD_TOKEN) credentials.bearer_token = env.MCP_GUARD_TOKEN.trim();
  else {
    const stored = storedAccessToken(join(paths.tokens, "default.json"));
    if (stored) credentials.bearer_token = stored;
  }
  return credentials;
}

function readKeyFile(path: string, variable: string, notOwnerOnly: OwnerOnlyCheck): string {
  let exposed: string | undefined;
  try {
    exposed = notOwnerOnly(path, "the API key file", "the key presented");
    if (exposed === undefined) return readFileSync(path, "utf8").trim();
  } catch (err) {
    throw new Error(`cannot read ${variable} ${path}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
  throw new Error(`${variable} is not used: ${exposed}`);
}

function storedAccessToken(path: string): string | undefined {
  try {
    const token = (JSON.parse(readFileSync(path, "utf8")) as { access_token?: unknown }).access_token;
    return typeof token === "string" ? token : undefined;
  } catch {
    return undefined; // not logged in; the daemon says so if it needs a token
  }
}
