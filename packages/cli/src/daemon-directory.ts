// Where a daemon works: the directory of its config, whoever started it. A daemon a bridge started kept
// that bridge's working directory, the project its client had open, and every server without a `cwd:`
// started there for every client until the daemon stopped: `python3 -m mod` imported the project's
// `mod.py`, `npx` and `uv run` preferred the project's own install (attack-daemon-working-directory.test.ts).
// The config's directory is the user's own (a config others can write is refused), and relative paths in the
// config (a server's `cwd:` and arguments, TLS files, `daemon.home`) read from where the config is, as
// `secrets_file` always did.
import { dirname } from "node:path";

/** Moves this process, which becomes the daemon, into its config's directory; servers inherit it. */
export function settleBesideConfig(configPath: string): void {
  process.chdir(dirname(configPath));
}
