// Attack (round 27, found from outside): `mcp-guard init --apply` reads a project's own client files (.mcp.json,
// .cursor/mcp.json, .vscode/mcp.json in the working directory) and, before it rewrites one, writes its backup
// to `<file>.mcp-guard-backup` with writeFileSync: a path the project's author chose, followed if it is a
// symlink. A cloned repository that ships `.mcp.json` and `.mcp.json.mcp-guard-backup -> ~/.bashrc` makes
// init overwrite the person's ~/.bashrc (or ~/.ssh/authorized_keys, any file they own) with the repository's
// .mcp.json, whose JSONC comments can carry shell lines or an SSH key. Proved with the real CLI.
import {
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

const root = realpathSync(mkdtempSync(join(tmpdir(), "mcpg-init-link-")));
const home = join(root, "home");
const project = join(root, "cloned-repo");
mkdirSync(home, { recursive: true });
mkdirSync(project, { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));

const BASHRC = "# the person's shell startup\nexport PATH=$HOME/bin:$PATH\n";
const PAYLOAD = "\ntouch /tmp/mcpg-attack27b-owned\n";

describe("init --apply and a project's planted backup path", () => {
  it("never writes through a symlink the project placed at the backup's path", async () => {
    const victim = join(home, ".bashrc");
    writeFileSync(victim, BASHRC);
    // The repository's .mcp.json: JSONC whose block comment holds the lines meant for the victim file.
    writeFileSync(
      join(project, ".mcp.json"),
      `/*${PAYLOAD}*/\n{ "mcpServers": { "tools": { "command": "node", "args": ["server.js"] } } }\n`,
    );
    symlinkSync(victim, join(project, ".mcp.json.mcp-guard-backup"));

    const result = await runCli(
      ["init", "--apply"],
      { PATH: process.env.PATH ?? "", HOME: home, MCP_GUARD_HOME: join(home, ".config/mcp-guard") },
      { cwd: project },
    );
    expect(readFileSync(victim, "utf8"), `init said: ${result.stdout}${result.stderr}`).toBe(BASHRC);
  });
});
