// The credential a user gives the bridge: MCP clients pass environment variables to the servers they
// launch, so that is where it comes from. A key file keeps the key out of the client's config file.
import { readFileSync } from "node:fs";
import type { Credentials } from "@mcp-guard/wire";

export function credentialsFromEnvironment(env: NodeJS.ProcessEnv = process.env): Credentials | undefined {
  if (env.MCP_GUARD_API_KEY) return { api_key: env.MCP_GUARD_API_KEY.trim() };
  if (env.MCP_GUARD_API_KEY_FILE) {
    try {
      return { api_key: readFileSync(env.MCP_GUARD_API_KEY_FILE, "utf8").trim() };
    } catch (err) {
      throw new Error(
        `cannot read MCP_GUARD_API_KEY_FILE ${env.MCP_GUARD_API_KEY_FILE}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`,
      );
    }
  }
  return undefined;
}
