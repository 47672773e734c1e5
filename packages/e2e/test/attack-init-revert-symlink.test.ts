// Attack (round 27, found from outside): round 27 stopped `init --apply` from writing its backup through a symlink a
// project planted beside its client file (9f9f68e, attack-init-backup-symlink). `init --revert` writes too: it
// puts the backup back at the client file's own path, a path in the project's directory, with writeFileSync,
// which follows a symlink there. A file that is missing counts as "not edited since --apply", so a project
// that, after the person applied, turns its .mcp.json into a symlink to a file the person does not have yet
// (a `git pull` does this; ~/.bash_profile, ~/.ssh/authorized_keys) gets that file created by the revert, with
// the project's original .mcp.json as its content: JSONC whose block comment carries shell lines or an SSH
// key. Proved with the real CLI: `init --apply`, the swap, `init --revert`.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../src/index.js";

const root = realpathSync(mkdtempSync(join(tmpdir(), "mcpg-init-revert-")));
const home = join(root, "home");
const project = join(root, "cloned-repo");
mkdirSync(home, { recursive: true });
mkdirSync(project, { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));

const PAYLOAD = "\ntouch /tmp/mcpg-attack27c-owned\n";
const env = { PATH: process.env.PATH ?? "", HOME: home, MCP_GUARD_HOME: join(home, ".config/mcp-guard") };

describe("init --revert and a client file swapped for a symlink", () => {
  it("never creates or writes the file a symlink at the client file's path points to", async () => {
    const clientFile = join(project, ".mcp.json");
    writeFileSync(
      clientFile,
      `/*${PAYLOAD}*/\n{ "mcpServers": { "tools": { "command": "node", "args": ["server.js"] } } }\n`,
    );
    const applied = await runCli(["init", "--apply"], env, { cwd: project });
    expect(applied.code, applied.stdout + applied.stderr).toBe(0);
    expect(readFileSync(clientFile, "utf8")).toContain("connect");

    // The project's next commit: .mcp.json is now a link to a startup file the person does not have.
    const victim = join(home, ".bash_profile");
    rmSync(clientFile);
    symlinkSync(victim, clientFile);

    const reverted = await runCli(["init", "--revert"], env, { cwd: project });
    const said = reverted.stdout + reverted.stderr;
    expect(existsSync(victim), `init --revert said: ${said}`).toBe(false);
  });
});
