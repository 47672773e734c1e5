// The daemon's database for one command, found from the config's location alone: the commands that read or
// decide what the database holds (logs, pins, approvals) load the config's schema and loader (context.ts,
// half a second of CPU on a busy machine) only where they need the config.
import { isSqliteError, openDatabase, type Db } from "@mcp-guard/store";
import { resolveConfigPath } from "@mcp-guard/wire";
import { CliError } from "./cli-error.js";
import { locateDaemon, type CommonOptions } from "./locate.js";

/** Opens the daemon's database (the daemon need not run) for one command, and closes it. */
export function withDatabase<T>(
  options: CommonOptions,
  use: (db: Db) => T,
  dbOptions: { readonly?: boolean } = {},
): T {
  const { paths } = locateDaemon(options);
  let db: Db;
  try {
    db = openDatabase(paths.database, dbOptions);
  } catch (err) {
    throw new CliError((err as Error).message);
  }
  try {
    return use(db);
  } catch (err) {
    // A database whose header reads but whose pages do not (damaged in part) fails at a query.
    if (isSqliteError(err)) throw new CliError(`cannot read the database ${paths.database}: ${err.message}`);
    throw err;
  } finally {
    db.close();
  }
}

/**
 * Refuses a server name that the config does not know and the database has nothing about: a typo would
 * otherwise read as "nothing pinned" or "no entries". Unchecked when the config cannot be read or extends a
 * base (whose servers are not in this file); the command then works on the database alone. The config's
 * loader is imported only here, for a name the database does not know.
 */
export async function requireKnownServer(
  options: CommonOptions,
  server: string,
  knownToDatabase: boolean,
): Promise<void> {
  if (knownToDatabase) return;
  const { loadConfigFile } = await import("@mcp-guard/config");
  const result = loadConfigFile(resolveConfigPath(options.config));
  if (!result.ok || result.config.extends) return;
  const names = Object.keys(result.config.servers);
  if (!names.includes(server))
    throw new CliError(
      `unknown server "${server}"; configured servers: ${names.length ? names.join(", ") : "(none)"}`,
      2,
    );
}
