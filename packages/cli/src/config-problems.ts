// How an invalid config stops a command: every problem, one a line. Apart from context.ts so that `start`
// can report what the daemon's loader process found without loading the config schema itself.
import { formatIssue, type ConfigIssue } from "@mcp-guard/config/runtime";
import { CliError } from "./cli-error.js";
import { paint } from "./colour.js";

export function invalidConfig(issues: readonly ConfigIssue[]): CliError {
  const lines = issues.map((i) => `  ${paint("bad", formatIssue(i), process.stderr)}`);
  return new CliError(`invalid configuration (${issues.length} problem(s)):\n${lines.join("\n")}`);
}

export function printWarnings(warnings: readonly string[] | undefined): void {
  for (const warning of warnings ?? []) process.stderr.write(`warning: ${warning}\n`);
}
