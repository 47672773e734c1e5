// With approvals.require_person, an approval must come from a person: from the dashboard (after its
// one-time login) or from an interactive terminal where a code printed there is typed back. A process
// without a terminal (an agent's shell tool, a script, a pipe) is refused. This is a speed bump, not a
// boundary: see the threat model in docs/spend-and-approvals.md for what a process of the same user can still
// do.
import { randomInt } from "node:crypto";
import { createInterface } from "node:readline";
import { existsSync } from "node:fs";
import { CliError } from "./cli-error.js";
import type { CommonOptions } from "./locate.js";

const LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ";

/**
 * Whether a person is required: by the config the CLI was given, or by the daemon of the home it acts on (as
 * it last recorded its own config). Another config file naming the same home, without require_person, does
 * not switch it off: the approvals live in the home.
 */
export async function personRequired(options: CommonOptions): Promise<boolean> {
  // Loaded here, not above: `status` and `stop` import this file and must stay light (no schema, no detectors).
  const { loadConfigOrFail } = await import("./context.js");
  const { withDatabase } = await import("./database.js");
  const { daemonSetting } = await import("@mcp-guard/store");
  const { config, paths } = await loadConfigOrFail(options);
  if (config.approvals.require_person) return true;
  if (!existsSync(paths.database)) return false;
  return withDatabase(options, (db) => daemonSetting(db, "require_person") === "true", { readonly: true });
}

export async function confirmByPerson(options: CommonOptions, what: string): Promise<void> {
  if (!(await personRequired(options))) return;
  if (!process.stdin.isTTY) {
    throw new CliError(
      `approving ${what} needs a person (approvals.require_person): run this command in an interactive ` +
        "terminal, or approve in the dashboard (mcp-guard dashboard prints a login link); nothing was approved",
    );
  }
  const code = Array.from({ length: 4 }, () => LETTERS[randomInt(LETTERS.length)]).join("");
  process.stderr.write(`Approving ${what} needs a person. Type ${code} and Enter to confirm: `);
  const answer = await readLine();
  if (answer.trim().toUpperCase() !== code) throw new CliError("not confirmed; nothing was approved");
}

/**
 * The dashboard's login link is an approval in waiting (the session it opens approves anything queued), so with
 * require_person it goes only to a terminal, as `approvals approve` does: a process without one would open it
 * with any HTTP client and approve its own call. Nor is a browser opened for it: which program opens a link
 * is up to that process's environment (PATH, xdg settings).
 */
export async function requireTerminal(options: CommonOptions, what: string): Promise<void> {
  if (process.stdin.isTTY || !(await personRequired(options))) return;
  throw new CliError(
    `${what} needs a person (approvals.require_person): run this command in an interactive terminal; ` +
      "nothing was printed",
  );
}

function readLine(): Promise<string> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, terminal: false });
    let answered = false;
    rl.once("line", (line) => {
      answered = true;
      rl.close();
      resolve(line);
    });
    rl.once("close", () => {
      if (!answered) resolve("");
    });
  });
}
