// `mcp-guard init --apply` over two clients' configs, one of which cannot be written (a read-only file): the
// first client's config is rewritten, then the write of the second fails, and the run ends before it records
// what it changed. `init --revert` then says "nothing to revert" although Claude Desktop's config points at
// mcp-guard: the undo the README promises is lost (and the failure is printed as an "unexpected error" stack).
import { spawnSync } from "node:child_process";
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, type CliResult } from "../src/index.js";

let root: string;
let home: string;
let project: string;
let desktop: string;
let cursor: string;
const DESKTOP_TEXT = `${JSON.stringify(
  {
    mcpServers: {
      files: { command: "npx", args: ["-y", "@modelcontextprotocol/server-filesystem", "/tmp"] },
    },
  },
  null,
  2,
)}\n`;
const CURSOR_TEXT = `${JSON.stringify(
  { mcpServers: { memory: { command: "npx", args: ["-y", "@modelcontextprotocol/server-memory"] } } },
  null,
  2,
)}\n`;

/** Read-only even for root (chattr +i), where a mode alone would not stop the write. */
function readOnly(path: string, on: boolean): void {
  if (process.getuid?.() === 0) spawnSync("chattr", [on ? "+i" : "-i", path]);
  else chmodSync(path, on ? 0o444 : 0o644);
}

function put(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

const cli = (...args: string[]): Promise<CliResult> =>
  runCli(args, { PATH: process.env.PATH ?? "", HOME: home }, { cwd: project });

let applied: CliResult;

beforeAll(async () => {
  root = realpathSync(mkdtempSync(join(tmpdir(), "mcpg-halfapply-")));
  home = join(root, "home");
  project = join(root, "project");
  mkdirSync(project, { recursive: true });
  desktop = join(home, ".config/Claude/claude_desktop_config.json");
  cursor = join(home, ".cursor/mcp.json");
  put(desktop, DESKTOP_TEXT);
  put(cursor, CURSOR_TEXT);
  readOnly(cursor, true);
  applied = await cli("init", "--apply");
  readOnly(cursor, false);
}, 60_000);

afterAll(() => {
  readOnly(cursor, false);
  rmSync(root, { recursive: true, force: true });
});

describe("init --apply that cannot write one client's config", () => {
  it("fails in one line naming the file it could not write, not with a stack trace", () => {
    expect(applied.code).toBe(1);
    expect(applied.stderr).toContain(cursor);
    expect(applied.stderr).not.toContain("unexpected error");
    expect(applied.stderr).not.toMatch(/\n\s+at /);
  });

  it("leaves every client config either untouched or undoable by init --revert", async () => {
    await cli("init", "--revert");
    expect(readFileSync(desktop, "utf8")).toBe(DESKTOP_TEXT);
    expect(readFileSync(cursor, "utf8")).toBe(CURSOR_TEXT);
  });
});
