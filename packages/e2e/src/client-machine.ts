// A person's machine for the onboarding tests: a home holding the editors' configs, a project directory, and
// the CLI run there as that person. Each test builds the editors it needs in it; cleanup removes it whole.
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { runCli, type CliResult } from "./harness.js";

export interface ClientMachine {
  readonly root: string;
  readonly home: string;
  readonly project: string;
  /** The environment the person's editors and the CLI run with. */
  env(): Record<string, string>;
  /** Writes a file under the machine, its directories made: text as given, anything else as indented JSON. */
  put(path: string, content: unknown): void;
  /** `mcp-guard <args>` run in the project as the person. */
  cli(...args: string[]): Promise<CliResult>;
  cleanup(): void;
}

export function clientMachine(prefix: string): ClientMachine {
  const root = realpathSync(mkdtempSync(join(tmpdir(), `mcpg-${prefix}-`)));
  const home = join(root, "home");
  const project = join(root, "project");
  mkdirSync(project, { recursive: true });
  const env = () => ({ PATH: process.env.PATH ?? "", HOME: home });
  return {
    root,
    home,
    project,
    env,
    put(path, content) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, typeof content === "string" ? content : `${JSON.stringify(content, null, 2)}\n`);
    },
    cli: (...args) => runCli(args, env(), { cwd: project }),
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** Makes a file read-only, or writable again, even for root (chattr +i), where a mode alone would not stop a write. */
export function readOnly(path: string, on: boolean): void {
  if (process.getuid?.() === 0) {
    const changed = spawnSync("chattr", [on ? "+i" : "-i", path]);
    // A filesystem without the flag would leave the file writable and the test vacuous: fail at once.
    if (changed.status !== 0) throw new Error(`chattr failed on ${path}: ${changed.stderr.toString()}`);
  } else chmodSync(path, on ? 0o444 : 0o644);
}
