// Server entries that run `mcp-guard connect` back into their own daemon, the way the server_loop tests build
// them: a shell entry that counts its launches in a scratch file and gives up past a bound of the test's own
// (so a guard that misses the loop cannot flood the machine), then runs what the test wants.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CLI, type GuardedHome } from "./harness.js";

/** The bridge's command line for `server` of `home`, each word in `quote`s (for the shell level it is read at). */
export function bridgeCommandLine(home: GuardedHome, server: string, quote: '"' | "'"): string {
  return [process.execPath, CLI, "connect", "-s", server, "-c", home.configPath]
    .map((word) => `${quote}${word}${quote}`)
    .join(" ");
}

/**
 * The YAML of a `/bin/sh -c` entry named `server` that counts each launch in <scratch>/<server>, exits past
 * `stop` launches, and otherwise runs `body` (shell lines, joined with `separator`).
 */
export function countedShellEntry(
  scratch: string,
  server: string,
  stop: number,
  body: readonly string[],
  separator = "; ",
): string {
  const counter = join(scratch, server);
  const script = [
    `n=$(cat '${counter}' 2>/dev/null || echo 0)`,
    "n=$((n+1))",
    `echo $n > '${counter}'`,
    `if [ "$n" -gt ${stop} ]; then exit 1; fi`,
    ...body,
  ].join(separator);
  return [`  ${server}:`, "    command: /bin/sh", `    args: ["-c", ${JSON.stringify(script)}]`].join("\n");
}

/** How many times the daemon launched `server`'s counted entry. */
export function launchesOf(scratch: string, server: string): number {
  try {
    return Number(readFileSync(join(scratch, server), "utf8").trim());
  } catch {
    return 0;
  }
}
