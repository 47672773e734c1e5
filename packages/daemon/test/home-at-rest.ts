// A daemon home for the tests of rows kept at rest: its paths, which of its files hold a value, and the
// stores opened as the daemon opens them (the definitions rewritten at once, the audit rows by the pass the
// daemon starts once it listens, run here to its end).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import pino from "pino";
import type { DaemonPaths } from "@mcp-guard/wire";
import { olderRowsPass, openStores, type DaemonStores } from "../src/daemon-stores.js";

export const silent = pino({ level: "silent" });

export function pathsIn(home: string): DaemonPaths {
  const at = (name: string) => join(home, name);
  return {
    home,
    socket: at("daemon.sock"),
    key: at("daemon.key"),
    lock: at("daemon.lock"),
    database: at("mcp-guard.db"),
    log: at("daemon.log"),
    startupLog: at("startup.log"),
    tokens: at("tokens"),
  };
}

/** Every file of the home holding `value` (the database, its WAL, the journal, the log). */
export function filesHolding(home: string, value: string): string[] {
  return readdirSync(home).filter((name) => {
    try {
      return readFileSync(join(home, name)).includes(Buffer.from(value));
    } catch {
      return false; // a directory
    }
  });
}

export async function openAsDaemon(paths: DaemonPaths, key: string): Promise<DaemonStores> {
  const stores = openStores(paths, false, silent, key);
  await olderRowsPass(stores, silent).done;
  return stores;
}
