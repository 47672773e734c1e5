// How an invalid config stops a command: every problem, one a line. Apart from context.ts so that `start`
// can report what the daemon's loader process found without loading the config schema itself. A problem
// and a warning quote the config's keys (a server's name as written, from a base config fetched by URL
// too): each is one terminal field, so a key cannot send the terminal a sequence or add lines of its own.
import { formatIssue, type ConfigIssue } from "@mcp-guard/config/runtime";
import { socketPathProblem } from "@mcp-guard/wire";
import { CliError } from "./cli-error.js";
import { paint } from "./colour.js";
import { terminalField } from "./printable.js";

export function invalidConfig(issues: readonly ConfigIssue[]): CliError {
  const lines = issues.map((i) => `  ${paint("bad", terminalField(formatIssue(i)), process.stderr)}`);
  return new CliError(`invalid configuration (${issues.length} problem(s)):\n${lines.join("\n")}`);
}

export function printWarnings(warnings: readonly string[] | undefined): void {
  for (const warning of warnings ?? []) process.stderr.write(`warning: ${terminalField(warning)}\n`);
}

/**
 * A daemon socket the system would cut short (wire's socketPathProblem), as a problem of the config: whether
 * `daemon.socket_path` names it or it is the default one in a long home, that key is the way out.
 */
export function socketPathIssue(file: string, socket: string): ConfigIssue | undefined {
  const message = socketPathProblem(socket);
  return message === undefined ? undefined : { file, line: undefined, path: "daemon.socket_path", message };
}
