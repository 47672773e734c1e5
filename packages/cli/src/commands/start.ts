import type { Config, ServerVariables } from "@mcp-guard/config/runtime";
import { loadConfigApart, type LoadedConfig } from "@mcp-guard/daemon/config-process";
import { AlreadyRunningError } from "@mcp-guard/daemon/home";
import {
  lockHolder,
  probeDaemon,
  resolveConfigPath,
  resolveDaemonPaths,
  type DaemonPaths,
} from "@mcp-guard/wire";
import { CliError } from "../cli-error.js";
import { invalidConfig, printWarnings, socketPathIssue } from "../config-problems.js";
import type { CommonOptions } from "../locate.js";
import { settleBesideConfig } from "../daemon-directory.js";
import { closeChannel, receiveConfig } from "../config-handover.js";
import { ALREADY_RUNNING_EXIT, spawnDaemon, waitForDaemon } from "../daemon-process.js";

export interface StartOptions extends CommonOptions {
  detach?: boolean;
  /** Set by `start -d` for the daemon it starts: the config comes over the IPC channel (config-handover.ts). */
  handedConfig?: boolean;
}

/** Beyond the drain deadline, how long closing sessions and flushing may take before the process just exits. */
const STOP_GRACE_MS = 15_000;

interface DaemonConfig {
  config: Config;
  configPath: string;
  paths: DaemonPaths;
  variables: ServerVariables;
  loaded: LoadedConfig;
}

/**
 * The daemon's code (the detectors, the store, the servers' transports), for the process that becomes the
 * daemon: asked for before its config is read, so that loading it here and the config child's work overlap.
 * `start -d` never loads it: the process it spawns does.
 */
let daemonCode: Promise<typeof import("@mcp-guard/daemon")> | undefined;
function loadDaemonCode(): Promise<typeof import("@mcp-guard/daemon")> {
  if (!daemonCode) {
    daemonCode = import("@mcp-guard/daemon");
    // Awaited where it is used; a config that fails to load ends the process before that.
    daemonCode.catch(() => {});
  }
  return daemonCode;
}

/**
 * The config as the daemon runs it. The process that becomes the daemon never loads the schema or the YAML
 * parser: it is handed the config by `start -d` or loads it in a child process (the daemon's
 * config-process.ts). `start -d`, which never becomes the daemon, loads it in this process, with the
 * environment the daemon will have. Fails with every problem listed, as the other commands do.
 */
async function loadForDaemon(options: StartOptions): Promise<DaemonConfig> {
  if (!options.detach) void loadDaemonCode();
  const configPath = resolveConfigPath(options.config);
  const result = await loadConfigAsDaemon(configPath, options);
  printWarnings(result.warnings);
  if (!result.ok) throw invalidConfig(result.issues);
  const { config, variables } = result;
  // Before the paths, so that a relative daemon.home is the one every bridge finds (wire's besideConfig).
  settleBesideConfig(configPath);
  const paths = resolveDaemonPaths(config.daemon);
  const unusableSocket = socketPathIssue(configPath, paths.socket);
  if (unusableSocket) throw invalidConfig([unusableSocket]);
  return { config, configPath, paths, variables, loaded: result };
}

async function loadConfigAsDaemon(configPath: string, options: StartOptions): Promise<LoadedConfig> {
  if (options.detach) {
    const { loadConfigForDaemon } = await import("../config-for-daemon.js");
    return loadConfigForDaemon(configPath, process.env);
  }
  return (options.handedConfig ? await receiveConfig() : undefined) ?? loadConfigApart(configPath);
}

export async function start(options: StartOptions, loaded?: DaemonConfig): Promise<void> {
  const { config, configPath, paths, variables, loaded: result } = loaded ?? (await loadForDaemon(options));
  const running = lockHolder(paths.lock)?.pid ?? (await probeDaemon(paths.socket))?.pid;
  if (running !== undefined)
    throw new CliError(
      `a daemon is already running (pid ${String(running)}) in ${paths.home}`,
      ALREADY_RUNNING_EXIT,
    );
  if (options.detach) {
    const child = spawnDaemon(configPath, paths, process.env, result);
    const outcome = await waitForDaemon(child, paths);
    closeChannel(child);
    if (!outcome.ok) throw new CliError(`the daemon did not start:\n${outcome.reason}`);
    process.stdout.write(`mcp-guard daemon started (pid ${outcome.info.pid}), socket ${paths.socket}\n`);
    return;
  }
  // However the stop was asked for, this process ends: a stop that hangs (a server that will not die, a
  // stuck write) ends it after the drain deadline plus a grace period, leaving a stale lock the next start
  // clears. A second signal ends it at once.
  const stopDeadlineMs = config.daemon.shutdown_timeout * 1000 + STOP_GRACE_MS;
  const onStopping = () =>
    setTimeout(() => {
      process.stderr.write("mcp-guard: the daemon did not stop in time; exiting\n");
      process.exit(1);
    }, stopDeadlineMs).unref();
  const { Daemon } = await loadDaemonCode();
  const daemon = new Daemon({ config, configPath, variables, onStopping });
  try {
    await daemon.start();
  } catch (err) {
    if (err instanceof AlreadyRunningError)
      throw new CliError(`a daemon is already running in ${paths.home}`, ALREADY_RUNNING_EXIT);
    throw new CliError(`cannot start the daemon: ${(err as Error).message}`);
  }
  const http = daemon.httpUrl ? `; HTTP ${daemon.httpUrl}/<server>` : "";
  process.stderr.write(
    `mcp-guard daemon running (pid ${process.pid}); socket ${paths.socket}${http}; log ${paths.log}\n`,
  );
  let signals = 0;
  const stop = () => {
    if (++signals > 1) process.exit(1);
    void daemon.stop();
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  process.on("SIGHUP", () => {});
  await daemon.stopped;
  // Stopped means released: nothing left in this process may act on the home, so leave now rather than
  // wait for stray timers or sockets to let the event loop end.
  process.exit(0);
}

/** The daemon in the foreground, for remote clients: refuses to run without an HTTP endpoint to serve. */
export async function serve(options: CommonOptions): Promise<void> {
  const loaded = await loadForDaemon(options);
  if (!loaded.config.daemon.http)
    throw new CliError(
      `${loaded.configPath} configures no HTTP endpoint: add a daemon.http section (see mcp-guard.example.yaml)`,
    );
  await start({ ...options, detach: false }, loaded);
}
