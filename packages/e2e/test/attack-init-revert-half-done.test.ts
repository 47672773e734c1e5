// `mcp-guard init --revert` over two clients' configs, one of which cannot be written at that moment (a
// read-only file): the first config is restored and its backup deleted, then the second write fails and the
// run ends without recording what it did. Every later `init --revert` refuses ("the backup ... is missing"),
// so the second client stays pointed at mcp-guard with its original only in a backup nothing will restore.
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

let reverted: CliResult;

beforeAll(async () => {
  root = realpathSync(mkdtempSync(join(tmpdir(), "mcpg-halfrevert-")));
  home = join(root, "home");
  project = join(root, "project");
  mkdirSync(project, { recursive: true });
  desktop = join(home, ".config/Claude/claude_desktop_config.json");
  cursor = join(home, ".cursor/mcp.json");
  put(desktop, DESKTOP_TEXT);
  put(cursor, CURSOR_TEXT);
  const applied = await cli("init", "--apply");
  if (applied.code !== 0) throw new Error(`init --apply failed: ${applied.stderr}`);
  readOnly(cursor, true);
  reverted = await cli("init", "--revert");
  readOnly(cursor, false);
}, 60_000);

afterAll(() => {
  readOnly(cursor, false);
  rmSync(root, { recursive: true, force: true });
});

describe("init --revert that cannot write one client's config", () => {
  it("fails in one line naming the file it could not write, not with a stack trace", () => {
    expect(reverted.code).toBe(1);
    expect(reverted.stderr).toContain(cursor);
    expect(reverted.stderr).not.toContain("unexpected error");
    expect(reverted.stderr).not.toMatch(/\n\s+at /);
  });

  it("can be run again once the file is writable, and then restores every client config", async () => {
    const again = await cli("init", "--revert");
    expect(again.stderr).not.toContain("is missing");
    expect(readFileSync(desktop, "utf8")).toBe(DESKTOP_TEXT);
    expect(readFileSync(cursor, "utf8")).toBe(CURSOR_TEXT);
  });
});
