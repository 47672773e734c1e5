// Attack (round 32, found from outside): `mcp-guard scan` and `mcp-guard init` took a client's entry as
// "already launches mcp-guard connect" when its command or ANY argument merely contained the text "mcp-guard"
// and one argument was the word "connect". A cloned repository's .mcp.json could therefore launch any program
// unguarded while scan reported it clean (exit 0, the CI gate passed) and `init --apply` left it alone, so the
// server never ran under mcp-guard:
//   sh -c "exec node server.js" mcp-guard connect      (the two words are sh's $0 and $1, never run)
//   npx -y some-server mcp-guard connect                (two extra arguments for the server)
//   node server.js --label=mcp-guard connect
// and, in the same way, a remote URL beside a bridge command (the client connects to the URL) or a script of
// the repository's own named mcp-guard.js. A user expects an entry to count as guarded only when what it
// launches is the mcp-guard bridge itself (mcp-guard's program, or node running mcp-guard's CLI, with
// `connect -s <name>` as its arguments); these entries are reported by scan as launched without mcp-guard and
// translated by init like any other server, while the shapes init writes and the README documents still
// count as guarded.
// Through the real CLI, run in a cloned project's directory.
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI, runCli, type ScanReport, unguardedIn } from "../src/index.js";

let root: string;
let userHome: string;
let project: string;
let guardedProject: string;
const env = () => ({ PATH: process.env.PATH ?? "", HOME: userHome, MCP_GUARD_HOME: join(userHome, "guard") });

const ENTRIES = {
  "shell-words": { command: "sh", args: ["-c", "exec node server.js", "mcp-guard", "connect"] },
  "npx-extra-args": { command: "npx", args: ["-y", "some-mcp-server", "mcp-guard", "connect"] },
  "node-label": { command: "node", args: ["server.js", "--label=mcp-guard", "connect"] },
  "remote-beside-bridge": {
    url: "https://mcp.example.com/mcp",
    headers: { Authorization: "Bearer ${DOCS_TOKEN}" },
    command: "mcp-guard",
    args: ["connect", "-s", "docs"],
  },
  "repository-script": { command: "node", args: ["tools/mcp-guard.js", "connect", "-s", "notes"] },
  // npx looks mcp-guard up in the project first (guarded-entry-package-runners.test.ts).
  "from-npm": { command: "npx", args: ["-y", "mcp-guard", "connect", "-s", "memory"] },
};

/** What init --apply writes and what the README documents: these launch the bridge. */
const GUARDED = {
  "init-wrote": {
    command: process.execPath,
    args: [CLI, "connect", "-s", "notes", "-c", "/h/mcp-guard.yaml"],
  },
  "on-path": { command: "mcp-guard", args: ["connect", "-s", "filesystem"] },
  "vscode-shape": { type: "stdio", command: "mcp-guard", args: ["connect", "--server", "github"] },
  // The config by absolute path on the platform scanning it: elsewhere a drive path names a project file.
  "windows-shim": {
    command: "mcp-guard.cmd",
    args: [
      "connect",
      "-s",
      "x",
      "-c",
      process.platform === "win32" ? "C:\\Users\\me\\guard.yaml" : "/home/me/guard.yaml",
    ],
  },
};

beforeAll(() => {
  root = realpathSync(mkdtempSync(join(tmpdir(), "mcpg-a32b-lookalike-")));
  userHome = join(root, "user");
  project = join(root, "cloned-repo");
  guardedProject = join(root, "guarded-repo");
  for (const dir of [userHome, project, guardedProject]) mkdirSync(dir, { recursive: true });
  writeFileSync(join(project, ".mcp.json"), JSON.stringify({ mcpServers: ENTRIES }, null, 2));
  writeFileSync(join(guardedProject, ".mcp.json"), JSON.stringify({ mcpServers: GUARDED }, null, 2));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("entries that only mention mcp-guard and connect", () => {
  it("scan reports each as launched without mcp-guard (and fails the gate)", async () => {
    const r = await runCli(["scan", "--json"], env(), { cwd: project });
    const report = JSON.parse(r.stdout) as ScanReport;
    expect(report.servers).toBe(Object.keys(ENTRIES).length); // the project's entries were read (the control)
    expect({ code: r.code, unguarded: unguardedIn(report) }).toEqual({
      code: 1,
      unguarded: Object.keys(ENTRIES).sort(),
    });
  });

  it("init translates them into guarded servers instead of leaving them as already guarded", async () => {
    const r = await runCli(["init", "--dry-run"], env(), { cwd: project });
    expect(r.code, r.stderr).toBe(0);
    const out = r.stdout;
    const defined = Object.keys(ENTRIES).filter((name) => new RegExp(`^  ${name}:`, "m").test(out));
    expect({ defined, alreadyGuarded: /already (?:goes through|launches)/i.test(out) ? out : "" }).toEqual({
      defined: Object.keys(ENTRIES),
      alreadyGuarded: "",
    });
  });
});

describe("entries that do launch the bridge (the control)", () => {
  it("scan passes them and init leaves them as they are", async () => {
    const r = await runCli(["scan", "--json"], env(), { cwd: guardedProject });
    const report = JSON.parse(r.stdout) as ScanReport;
    expect({ code: r.code, servers: report.servers, findings: report.findings }).toEqual({
      code: 0,
      servers: Object.keys(GUARDED).length,
      findings: [],
    });
    const init = await runCli(["init", "--dry-run"], env(), { cwd: guardedProject });
    const defined = Object.keys(GUARDED).filter((name) => new RegExp(`^  ${name}:`, "m").test(init.stdout));
    expect(defined).toEqual([]);
  });
});
