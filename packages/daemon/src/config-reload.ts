// Applying edits of the config file: watching it, and loading the next config. What a new config changes
// in the running daemon (policy chain, sessions, server states) is the daemon's to apply.
import { watch, type FSWatcher } from "node:fs";
import { basename, dirname } from "node:path";
import { formatIssue, type Config, type ServerVariables } from "@mcp-guard/config/runtime";
import { loadConfigApart } from "./config-process.js";
import type { Logger } from "./logger.js";

const RELOAD_DEBOUNCE_MS = 250;

/**
 * Watches the config's directory rather than the file, so editors that save by writing a new file and
 * renaming it over the old one are seen too. Changes are debounced; `onChange` failing is logged.
 */
export class ConfigWatcher {
  private watcher: FSWatcher | undefined;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    configPath: string,
    onChange: () => Promise<unknown>,
    private readonly logger: Logger,
  ) {
    const file = basename(configPath);
    try {
      this.watcher = watch(dirname(configPath), (_event, name) => {
        if (name !== null && name !== file) return;
        if (this.timer) clearTimeout(this.timer);
        this.timer = setTimeout(() => {
          onChange().catch((err: unknown) =>
            logger.error({ err }, "config reload failed unexpectedly; keeping the previous config"),
          );
        }, RELOAD_DEBOUNCE_MS);
      });
      this.watcher.on("error", (err) => logger.error({ err }, "config watch failed; edits need a restart"));
    } catch (err) {
      logger.error({ err }, "cannot watch the config; edits need a restart");
    }
  }

  close(): void {
    this.watcher?.close();
    if (this.timer) clearTimeout(this.timer);
  }
}

export type NextConfig =
  | { ok: true; config: Config; variables: ServerVariables | undefined }
  /**
   * exposedKeys: the sha256 (hex) of keys written as is in a file others can read; exposesEveryKeyAsWritten:
   * that file cannot be parsed, so every key the config in force holds as written may be in it.
   */
  | {
      ok: false;
      problems: string;
      exposedKeys: readonly string[] | undefined;
      exposesEveryKeyAsWritten: boolean;
    };

/**
 * Loads the config file again. The daemon's home and socket stay as they are until a restart, whatever
 * the edit says (with a warning).
 */
export async function loadNextConfig(
  configPath: string,
  current: Config,
  home: string,
  logger: Logger,
): Promise<NextConfig> {
  const result = await loadConfigApart(configPath, home);
  if (!result.ok)
    return {
      ok: false,
      problems: result.issues.map(formatIssue).join("; "),
      exposedKeys: result.exposedKeys,
      exposesEveryKeyAsWritten: result.exposesEveryKeyAsWritten === true,
    };
  const next = result.config;
  const fixed = ["home", "socket_path"] as const;
  if (fixed.some((k) => next.daemon[k] !== current.daemon[k])) {
    logger.warn("daemon.home and daemon.socket_path change only on restart");
    next.daemon = { ...next.daemon, home: current.daemon.home, socket_path: current.daemon.socket_path };
  }
  return { ok: true, config: next, variables: result.variables };
}
