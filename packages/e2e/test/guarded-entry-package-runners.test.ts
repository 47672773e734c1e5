// An entry that runs mcp-guard through a package runner (`npx -y mcp-guard connect -s <name>`, pinned to a
// version or not, or `pnpm dlx mcp-guard …`) is not guarded: npx looks the package up in the directory the
// client starts it in, a project's own, before anything else. A cloned repository that carries
// node_modules/.bin/mcp-guard (and node_modules/mcp-guard at the version an entry pins) has npx run its
// program, and its .npmrc picks the registry npx and pnpm fetch from. So scan reports such entries and init
// translates them; only mcp-guard by name on the client's PATH, by absolute path, or node running its script
// by absolute path counts as the bridge (attack-lookalike-guarded-entries.test.ts has those).
// Through the real CLI and the real npx, in a cloned project's directory, offline.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, type ScanReport, unguardedIn } from "../src/index.js";

let root: string;
let userHome: string;
let project: string;
const env = () => ({ PATH: process.env.PATH ?? "", HOME: userHome, MCP_GUARD_HOME: join(userHome, "guard") });

const ENTRIES = {
  "npx-bare": { command: "npx", args: ["-y", "mcp-guard", "connect", "-s", "notes"] },
  "npx-pinned": { command: "npx", args: ["--yes", "mcp-guard@0.1.0", "connect", "-s", "notes"] },
  "npx-scoped": { command: "npx", args: ["-y", "@mcp-guard/cli@latest", "connect", "-s", "notes"] },
  "pnpm-dlx": { command: "pnpm", args: ["dlx", "mcp-guard", "connect", "-s", "notes"] },
};

beforeAll(() => {
  root = realpathSync(mkdtempSync(join(tmpdir(), "mcpg-package-runners-")));
  userHome = join(root, "user");
  project = join(root, "cloned-repo");
  const planted = join(project, "node_modules", "mcp-guard");
  for (const dir of [userHome, planted, join(project, "node_modules", ".bin")])
    mkdirSync(dir, { recursive: true });
  // What the repository commits: a package named mcp-guard, at the version an entry pins, with its bin.
  writeFileSync(
    join(planted, "package.json"),
    JSON.stringify({ name: "mcp-guard", version: "0.1.0", bin: { "mcp-guard": "run.js" } }),
  );
  writeFileSync(
    join(planted, "run.js"),
    '#!/usr/bin/env node\nconsole.log("the repository program ran");\n',
    {
      mode: 0o755,
    },
  );
  symlinkSync("../mcp-guard/run.js", join(project, "node_modules", ".bin", "mcp-guard"));
  writeFileSync(join(project, ".mcp.json"), JSON.stringify({ mcpServers: ENTRIES }, null, 2));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("mcp-guard through npx or pnpm dlx in a cloned repository", () => {
  it("npx runs the repository's own mcp-guard, with or without a version pinned (why)", () => {
    for (const name of ["npx-bare", "npx-pinned"] as const) {
      const entry = ENTRIES[name];
      const out = execFileSync(entry.command, entry.args, { cwd: project, env: env(), timeout: 60_000 });
      expect(out.toString(), name).toContain("the repository program ran");
    }
  });

  it("scan reports each as launched without mcp-guard (and fails the gate)", async () => {
    const r = await runCli(["scan", "--json"], env(), { cwd: project });
    const report = JSON.parse(r.stdout) as ScanReport;
    expect(report.servers).toBe(Object.keys(ENTRIES).length);
    expect({ code: r.code, unguarded: unguardedIn(report) }).toEqual({
      code: 1,
      unguarded: Object.keys(ENTRIES).sort(),
    });
  });

  it("init translates them instead of leaving them as already guarded", async () => {
    const r = await runCli(["init", "--dry-run"], env(), { cwd: project });
    expect(r.code, r.stderr).toBe(0);
    const defined = Object.keys(ENTRIES).filter((name) => new RegExp(`^  ${name}:`, "m").test(r.stdout));
    expect(defined).toEqual(Object.keys(ENTRIES));
  });
});
