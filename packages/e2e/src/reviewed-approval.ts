// Approving a pending definition as a person does: read it with `pins diff`, then run the approval that diff
// printed, which names that very definition by its id (`--id d…`): a bare name is refused.
import type { CliResult, GuardedHome } from "./harness.js";

const PRINTED = /^approve exactly this definition with: mcp-guard (.+)$/gm;

/**
 * Runs `pins diff <diffArgs>` and then the approval it printed for the definition of `kind` (the only one when
 * absent). The printed command is split at spaces: for the plain names tests use, not quoted ones.
 */
export async function approveReviewed(
  home: GuardedHome,
  diffArgs: string[],
  kind?: string,
): Promise<CliResult> {
  const diff = await home.cli(["pins", "diff", ...diffArgs]);
  const blocks = diff.stdout.split(/^(?=--- )/m).filter((b) => kind === undefined || b.includes(` ${kind} `));
  const commands = blocks.flatMap((b) => Array.from(b.matchAll(PRINTED), (m) => m[1] as string));
  if (commands.length !== 1)
    throw new Error(`pins diff ${diffArgs.join(" ")} printed ${commands.length} approvals: ${diff.stdout}`);
  return home.cli((commands[0] as string).split(" "));
}
