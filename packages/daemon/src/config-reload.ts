// Applying edits of the config file: watching it, and loading the next config. What a new config changes
// in the running daemon (policy chain, sessions, server states) is the daemon's to apply.
import { stat, statSync, watch, type FSWatcher, type Stats } from "node:fs";
import { basename, dirname } from "node:path";
import { formatIssue, type Config, type ServerVariables } from "@mcp-guard/config/runtime";
import { loadConfigApart } from "./config-process.js";
import type { Logger } from "./logger.js";

const RELOAD_DEBOUNCE_MS = 250;
/** How often the file is looked at through the links leading to it: a stat, too cheap to matter. */
const POLL_MS = 1000;

/** What tells one state of the file from another: a write, a chmod or chown, another file put in its place. */
const stateOf = (s: Stats) => [s.dev, s.ino, s.mode, s.uid, s.gid, s.size, s.mtimeMs, s.ctimeMs].join(":");

/**
 * Watches the config's directory, so editors that save by writing a new file and renaming it over the old
 * one are seen at once. A config reached through a symbolic link (a dotfiles repository linked in by stow),
 * or below a linked directory, changes in another directory, and a link may be pointed elsewhere: so the
 * file, through every link on the way, is also looked at each second (a stat), and a state of it no reload
 * has read yet is loaded too. Changes are debounced; `onChange` failing is logged.
 */
export class ConfigWatcher {
  private watcher: FSWatcher | undefined;
  private timer: NodeJS.Timeout | undefined;
  private readonly poll: NodeJS.Timeout;
  /** The file's state when the last reload started (undefined: unreadable); the poll skips what was read. */
  private loaded: string | undefined;
  private closed = false;

  constructor(
    private readonly configPath: string,
    private readonly onChange: () => Promise<unknown>,
    private readonly logger: Logger,
  ) {
    this.loaded = this.state();
    const file = basename(configPath);
    try {
      this.watcher = watch(dirname(configPath), (_event, name) => {
        if (name === null || name === file) this.schedule();
      });
      this.watcher.on("error", (err) => logger.error({ err }, "config directory watch failed"));
    } catch (err) {
      logger.error({ err }, "cannot watch the config's directory; its edits are seen within a second");
    }
    this.poll = setInterval(() => {
      stat(configPath, (err, now) => {
        if ((err ? undefined : stateOf(now)) !== this.loaded) this.schedule();
      });
    }, POLL_MS).unref();
  }

  private state(): string | undefined {
    try {
      return stateOf(statSync(this.configPath));
    } catch {
      return undefined;
    }
  }

  private schedule(): void {
    if (this.closed) return; // a stat answered after close
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.loaded = this.state();
      this.onChange().catch((err: unknown) =>
        this.logger.error({ err }, "config reload failed unexpectedly; keeping the previous config"),
      );
    }, RELOAD_DEBOUNCE_MS);
  }

  close(): void {
    this.closed = true;
    this.watcher?.close();
    clearInterval(this.poll);
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
