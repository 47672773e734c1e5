import { AlreadyRunningError, Daemon, lockHolder } from "@mcp-guard/daemon";
import { probeDaemon } from "@mcp-guard/wire";
import { CliError } from "../cli-error.js";
import { loadConfigOrFail, type CommonOptions } from "../context.js";
import { spawnDaemon, waitForDaemon } from "../daemon-process.js";

export interface StartOptions extends CommonOptions {
  detach?: boolean;
}

export async function start(options: StartOptions): Promise<void> {
  const { config, configPath, paths } = await loadConfigOrFail(options);
  const running = lockHolder(paths.lock) ?? (await probeDaemon(paths.socket))?.pid;
  if (running !== undefined)
    throw new CliError(`a daemon is already running (pid ${String(running)}) in ${paths.home}`);
  if (options.detach) {
    const outcome = await waitForDaemon(spawnDaemon(configPath, paths), paths);
    if (!outcome.ok) throw new CliError(`the daemon did not start:\n${outcome.reason}`);
    process.stdout.write(
      `mcp-guard daemon started (pid ${String(outcome.info.pid)}), socket ${paths.socket}\n`,
    );
    return;
  }
  const daemon = new Daemon({ config, configPath });
  try {
    await daemon.start();
  } catch (err) {
    if (err instanceof AlreadyRunningError)
      throw new CliError(`a daemon is already running in ${paths.home}`);
    throw new CliError(`cannot start the daemon: ${(err as Error).message}`);
  }
  const http = daemon.httpUrl ? `; HTTP ${daemon.httpUrl}/<server>` : "";
  process.stderr.write(
    `mcp-guard daemon running (pid ${process.pid}); socket ${paths.socket}${http}; log ${paths.log}\n`,
  );
  const stop = () => void daemon.stop();
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
  process.on("SIGHUP", () => {});
  await daemon.stopped;
}

/** The daemon in the foreground, for remote clients: refuses to run without an HTTP endpoint to serve. */
export async function serve(options: CommonOptions): Promise<void> {
  const { config, configPath } = await loadConfigOrFail(options);
  if (!config.daemon.http)
    throw new CliError(
      `${configPath} configures no HTTP endpoint: add a daemon.http section (see mcp-guard.example.yaml)`,
    );
  await start({ ...options, detach: false });
}
