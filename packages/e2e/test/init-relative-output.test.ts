// `init --apply -o <file>` with a relative file: the entries it writes name that config by absolute path.
// A client starts the bridge in whatever directory it chooses, a project's own, so a relative `-c` there would
// be read from that directory (scan counts such an entry as unguarded for that reason), and the setup init
// produced would fail its own gate.
// Through the real CLI, in a project's directory.
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../src/index.js";

let root: string;
let userHome: string;
let project: string;
const env = () => ({ PATH: process.env.PATH ?? "", HOME: userHome, MCP_GUARD_HOME: join(userHome, "guard") });

beforeAll(() => {
  root = realpathSync(mkdtempSync(join(tmpdir(), "mcpg-init-relative-output-")));
  userHome = join(root, "user");
  project = join(root, "project");
  for (const dir of [userHome, project]) mkdirSync(dir, { recursive: true });
  const entry = { command: "/usr/bin/env", args: ["true"] };
  writeFileSync(join(project, ".mcp.json"), JSON.stringify({ mcpServers: { notes: entry } }, null, 2));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("init --apply with a relative --output", () => {
  it("points each entry at the config by absolute path, so the setup passes scan", async () => {
    const applied = await runCli(["init", "--apply", "-o", "guard.yaml"], env(), { cwd: project });
    expect(applied.code, applied.stderr).toBe(0);
    const written = JSON.parse(readFileSync(join(project, ".mcp.json"), "utf8")) as {
      mcpServers: { notes: { args: string[] } };
    };
    const args = written.mcpServers.notes.args;
    expect(args.slice(-4)).toEqual(["-s", "notes", "-c", join(project, "guard.yaml")]);
    const scan = await runCli(["scan", "--json"], env(), { cwd: project });
    expect({
      code: scan.code,
      findings: (JSON.parse(scan.stdout) as { findings: unknown[] }).findings,
    }).toEqual({
      code: 0,
      findings: [],
    });
  });
});
