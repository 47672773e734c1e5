// Programs a launch line may run anywhere inside it, not only where a known wrapper says. A personal server
// reached the base's program through launchers no list named: `script -c "…"`, `su -c`, `flock file …`,
// `setpriv …`, `nsenter …`, `systemd-run --pipe …`, `corepack pnpm dlx …`, or a proxy package handed the base's
// command line or URL (`npx mcp-remote https://…`). Each round added wrappers and the next one stayed open, so
// the rule is general now: every word where a command may start (one that is not an option), every word that
// is a command line itself (it has blanks), and every word that is a URL counts. Two lines run the same
// program when one's reading as written (programsOf) is found anywhere inside the other: a shared word such as
// `/tmp` or `8080` is not a whole launch and matches nothing.
import {
  fileName,
  MAX_WRAPPERS,
  programsOf,
  programsOfWords,
  pythonPackage,
  shellWords,
  urlProgram,
} from "./program-identity.js";
import type { ServerConfig } from "./schema.js";

/** Schemes an MCP server's address has; a word so written names that server (`mcp-remote <url>`). */
const SERVER_URL = /^(https?|wss?):\/\//i;

/** The server a word addresses, read as a server entry's URL is, or undefined for any other word. */
function urlIn(word: string): string | undefined {
  if (!SERVER_URL.test(word)) return undefined;
  try {
    return `url ${urlProgram(new URL(word))}`;
  } catch {
    return undefined;
  }
}

/**
 * A package's installed command run by name: `mcp-server-git` is what `uvx mcp-server-git` runs, and
 * `server-files` what `npx server-files` does, when the package's command carries its name (the rule for
 * Python servers, common for npm ones). Scoped or pathed words are not read so (`@a/x` is not `x`).
 */
function entryPoint(word: string): string[] {
  const name = fileName(word);
  if (!/^[a-z0-9][a-z0-9._-]*$/.test(name) || /[@:]/.test(word)) return [];
  return [`npm ${name}`, `python ${pythonPackage(name)}`];
}

/** Every program started somewhere inside a line's words, however deep its quoting goes (to MAX_WRAPPERS). */
function launchesIn(words: readonly string[], depth: number): string[] {
  if (depth >= MAX_WRAPPERS) return [];
  const found: string[] = [];
  words.forEach((word, i) => {
    // Only a line's first word is read as a bare command: an operand such as `--with mcp-server-git`'s is not.
    if (i === 0) found.push(...entryPoint(word));
    else if (!word.startsWith("-")) found.push(...programsOfWords(words.slice(i), depth + 1));
    // An option's joined value is a word of its own: `--command=npx …`, `--url=https://…`.
    const value = word.startsWith("-") && word.includes("=") ? word.slice(word.indexOf("=") + 1) : word;
    const url = urlIn(value);
    if (url !== undefined) found.push(url);
    if (/\s/.test(value))
      for (const command of shellWords(value))
        found.push(...programsOfWords(command, depth + 1), ...launchesIn(command, depth + 1));
  });
  return found;
}

/**
 * The programs of an entry as written (programsOf) and every one its line starts anywhere inside it, or its
 * environment holds (`sh -c '$LAUNCH'` with the line in LAUNCH, a proxy's upstream URL in a variable).
 */
export function programsWithin(server: ServerConfig): string[] {
  const written = programsOf(server);
  if (server.url !== undefined) return written;
  const line = launchesIn([server.command ?? "", ...server.args], 0);
  // After an empty first word, each value is read as an argument is: a command line, a URL, a command's start.
  const environment = launchesIn(["", ...Object.values(server.env ?? {})], 0);
  return [...new Set([...written, ...line, ...environment])];
}
