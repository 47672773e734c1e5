// `mcp-guard start -d` has read and validated the config before it starts the daemon (to refuse a bad one
// with its problems listed, and to find the daemon's home); the daemon would then read it again in a loader
// process of its own, about half a second of CPU (a node process, the YAML parser, zod and the schema) on
// every start. Instead the starting process hands its result over an IPC channel it opens for the purpose.
// The daemon asks for it once it listens for the answer (a message sent before that would be lost), takes it
// and closes the channel. Whatever goes wrong (no channel, the starter gone, something else on the channel)
// leaves the daemon to load the config itself. A bridge that starts a daemon hands it the config the same way
// (commands/connect.ts), loading it while the daemon starts.
import type { ChildProcess } from "node:child_process";
import type { LoadedConfig } from "@mcp-guard/daemon/config-process";

/** What the daemon sends to ask for the config. */
const ASK = "mcp-guard:config?";

/**
 * The starter's side: answers the daemon's one request with `loaded`, then closes the channel. A bridge
 * starts the daemon before its own load of the config ends (the two overlap, as the daemon's code loading and
 * its loader process did), so `loaded` may still be on its way. A refused config is handed over too, and the
 * daemon refuses to start with its problems, as it would have after loading the file itself (loading it a
 * second time made a bridge's failure under load slower than before); a load that failed outright is not,
 * and the daemon loads the config itself.
 */
export function offerConfig(
  child: ChildProcess,
  loaded: LoadedConfig | Promise<LoadedConfig | undefined>,
): void {
  // Settled now, so that a load that fails before the daemon asks is no unhandled rejection.
  const answer = Promise.resolve(loaded).catch(() => undefined);
  child.once("message", (message) => {
    if (message !== ASK) return closeChannel(child);
    void answer
      .then((result) => {
        if (result === undefined) return closeChannel(child);
        child.send(result, () => closeChannel(child));
      })
      .catch(() => closeChannel(child));
  });
}

export function closeChannel(child: ChildProcess): void {
  if (child.connected) child.disconnect();
}

/** The daemon's side: the config its starter loaded, or undefined when it must load the config itself. */
export function receiveConfig(): Promise<LoadedConfig | undefined> {
  const send = process.send?.bind(process);
  if (!send || !process.connected) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    const done = (loaded: LoadedConfig | undefined) => {
      process.off("message", onMessage);
      process.off("disconnect", onDisconnect);
      if (process.connected) process.disconnect();
      resolve(loaded);
    };
    const onMessage = (message: unknown) => done(isLoadedConfig(message) ? message : undefined);
    const onDisconnect = () => done(undefined);
    process.on("message", onMessage);
    process.on("disconnect", onDisconnect);
    send(ASK, (err: Error | null) => {
      if (err) done(undefined);
    });
  });
}

/**
 * The shapes the starter sends: a config it validated, or one it refused with at least one problem (which
 * the daemon then refuses with); anything else leaves the daemon to load the config itself.
 */
function isLoadedConfig(message: unknown): message is LoadedConfig {
  if (typeof message !== "object" || message === null) return false;
  const { ok } = message as { ok?: unknown };
  if (ok === false) {
    const { issues } = message as Partial<Extract<LoadedConfig, { ok: false }>>;
    return Array.isArray(issues) && issues.length > 0;
  }
  const { config, variables } = message as Partial<Extract<LoadedConfig, { ok: true }>>;
  return ok === true && typeof config === "object" && config !== null && typeof variables === "object";
}
