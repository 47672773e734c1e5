// The environment a stdio server runs with: a small safe set, explicit passthrough names, and its own
// configured env. Never the daemon's whole environment (which may hold other servers' secrets), and never a
// client's: PATH, HOME and the XDG directories choose the code a server runs (its program, npm's and pip's
// configs, Python's user site, git's core.fsmonitor), so they are the daemon's or the entry's own. A daemon a
// bridge starts has them from that bridge, so `scan` reports an entry that sets them to anything but a fixed
// path (cli's onboarding/launch-env.ts). Last, the mark that tells a bridge the server runs back into this
// daemon (own-server.ts): an entry's env cannot remove it.
import { serverMark } from "./own-server.js";

const SAFE_NAMES = [
  "PATH",
  "HOME",
  "USER",
  "LOGNAME",
  "SHELL",
  "TERM",
  "LANG",
  "LC_ALL",
  "LC_CTYPE",
  "TZ",
  "TMPDIR",
  "TEMP",
  "TMP",
  "SYSTEMROOT",
  "APPDATA",
  "LOCALAPPDATA",
  "USERPROFILE",
  "XDG_RUNTIME_DIR",
  "XDG_CONFIG_HOME",
  "XDG_CACHE_HOME",
  "XDG_DATA_HOME",
] as const;

export function serverEnvironment(
  daemonEnv: NodeJS.ProcessEnv,
  passthrough: readonly string[],
  configured: Record<string, string>,
): Record<string, string> {
  const env: Record<string, string> = {};
  for (const name of [...SAFE_NAMES, ...passthrough]) {
    const value = daemonEnv[name];
    if (value !== undefined) env[name] = value;
  }
  return { ...env, ...configured, ...serverMark() };
}
