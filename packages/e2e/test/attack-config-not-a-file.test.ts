// Attack (round 36, found from outside): a config that is not a regular file. A person at a terminal gets the
// config of the directory they are in (the CLI takes ./mcp-guard.yaml before the home's), and the CLI reads
// it whatever it is. A project whose mcp-guard.yaml is a named pipe (an unpacked archive keeps one) or a
// symlink to a device (a repository stores symlinks: `mcp-guard.yaml -> /dev/zero`) makes `mcp-guard
// status`, `validate` and `logs`, run in that project, hang: a pipe blocks the read for ever (the event loop
// is stuck, not even a timer fires), /dev/zero is read on until the process dies of it (here an abort,
// `std::bad_alloc`, after seconds of allocating). Round 35 closed the same door for the env files `scan`
// reads (attack-env-file-fifo-hangs-scan.test.ts), not for the config itself. What a user expects: a config
// path that is not a regular file is refused at once, with one line naming it.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../src/index.js";

const dir = realpathSync(mkdtempSync(join(tmpdir(), "mcpg-config-")));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A project directory whose mcp-guard.yaml is made by `make`. */
function project(name: string, make: (config: string) => void): string {
  const at = join(dir, name);
  mkdirSync(at);
  make(join(at, "mcp-guard.yaml"));
  return at;
}

const projects = {
  "a named pipe": project("pipe", (config) => execFileSync("mkfifo", [config])),
  "a symlink to /dev/zero": project("zero", (config) => symlinkSync("/dev/zero", config)),
};
// A home of its own and no MCP_GUARD_CONFIG: the working directory's config is the one taken.
const env = { PATH: process.env.PATH ?? "", HOME: dir, MCP_GUARD_HOME: join(dir, "home") };

describe("a project whose mcp-guard.yaml is not a regular file", () => {
  for (const [what, cwd] of Object.entries(projects))
    it.each(["status", "validate", "logs"])(`${what}: %s refuses it at once`, async (command) => {
      let result: Awaited<ReturnType<typeof runCli>> | string;
      try {
        result = await runCli([command], env, { cwd, timeoutMs: 15_000 });
      } catch (err) {
        result = (err as Error).message;
      }
      expect(result).toMatchObject({ code: expect.any(Number) as unknown });
      const { code, stderr } = result as Awaited<ReturnType<typeof runCli>>;
      expect(code).not.toBe(0);
      expect(stderr).toContain(join(cwd, "mcp-guard.yaml"));
      expect(stderr).not.toMatch(/^\s+at /m);
    });
});
