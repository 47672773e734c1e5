// Looking a server up by a name that comes from outside (a client's hello, a URL path, another config file).
import type { ServerConfig } from "./schema.js";

/**
 * The entry of a record keyed by server name (the config's servers, the variables per server) under `key`,
 * or undefined: its own entry only. Such records are plain objects, and `constructor`, `toString` or
 * `valueOf` are valid server names, so `key in record` or `record[key]` would find Object's methods for a
 * name nobody configured (a personal server so named passed for one of the base's, outside its policy).
 */
export function ownEntry<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** The server configured under `name`, or undefined (see ownEntry). */
export function configuredServer(
  servers: Readonly<Record<string, ServerConfig>>,
  name: string,
): ServerConfig | undefined {
  return ownEntry(servers, name);
}
