// How a command's outcome becomes the process's exit code, in one place for both entries: the CLI's command
// table (main.ts) and the daemon's own entry (daemon-main.ts).
import { CliError } from "./cli-error.js";

/** Maps a command's outcome to the exit code: a number it returns, 0, or the CliError's code. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- commander passes positional args, then options
export function run<A extends any[]>(command: (...args: A) => Promise<number | void> | number | void) {
  return async (...args: A) => {
    try {
      const code = await command(...args);
      process.exitCode = typeof code === "number" ? code : 0;
    } catch (err) {
      const message =
        err instanceof CliError ? err.message : `unexpected error: ${(err as Error).stack ?? String(err)}`;
      process.stderr.write(`mcp-guard: ${message}\n`);
      process.exitCode = err instanceof CliError ? err.exitCode : 1;
    }
  };
}
