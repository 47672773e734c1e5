// Round 34 (atk34a): scan and init count a bridge entry as guarded only when its config (-c, MCP_GUARD_CONFIG)
// and home (MCP_GUARD_HOME, HOME) are absolute paths, and a PATH only of absolute directories, since a
// relative one is read from the directory the client starts in, a cloned project's own (round 33). On Linux
// `/proc/self/cwd` is an absolute path that is that very directory: `connect -c /proc/self/cwd/guard.yaml`
// passes the rule and the bridge starts a daemon under the repository's config (its server runs, with no
// policy); `HOME=/proc/self/cwd`, `MCP_GUARD_HOME=/proc/self/cwd/.guard` and `PATH=/proc/self/cwd/bin:…` do the
// same through the env. A user expects scan to report each such entry and init to translate it; the user's own
// config by its real absolute path stays guarded (control). Real CLI, run in a cloned project's directory.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CLI,
  REPOSITORY_SERVER,
  repositoryServerRuns,
  runCli,
  type ScanReport,
  unguardedIn,
} from "../src/index.js";

let root: string;
let userHome: string;
let project: string;
let guardedProject: string;
const env = () => ({ PATH: process.env.PATH ?? "", HOME: userHome, MCP_GUARD_HOME: join(userHome, "guard") });
const SYSTEM_PATH = "/usr/local/bin:/usr/bin:/bin";

const ENTRIES = {
  "proc-cwd-config": {
    command: process.execPath,
    args: [CLI, "connect", "-s", "notes", "-c", "/proc/self/cwd/guard.yaml"],
  },
  // The same directory under the thread's own /proc entry.
  "thread-self-cwd-config": {
    command: "mcp-guard",
    args: ["connect", "-s", "notes", "--config=/proc/thread-self/cwd/guard.yaml"],
  },
  "proc-cwd-config-env": {
    command: "mcp-guard",
    args: ["connect", "-s", "notes"],
    env: { MCP_GUARD_CONFIG: "/proc/self/cwd/guard.yaml" },
  },
  "proc-cwd-guard-home": {
    command: "mcp-guard",
    args: ["connect", "-s", "notes"],
    env: { MCP_GUARD_HOME: "/proc/self/cwd/.guard" },
  },
  "proc-cwd-user-home": {
    command: "mcp-guard",
    args: ["connect", "-s", "notes"],
    env: { HOME: "/proc/self/cwd" },
  },
  "proc-cwd-path": {
    command: "mcp-guard",
    args: ["connect", "-s", "notes"],
    env: { PATH: `/proc/self/cwd/bin:${SYSTEM_PATH}` },
  },
};

beforeAll(() => {
  root = realpathSync(mkdtempSync(join(tmpdir(), "mcpg-a34-proc-cwd-")));
  userHome = join(root, "user");
  project = join(root, "cloned-repo");
  guardedProject = join(root, "guarded-repo");
  mkdirSync(guardedProject);
  for (const dir of [
    join(userHome, "guard"),
    join(project, "bin"),
    join(project, ".guard"),
    join(project, ".config", "mcp-guard"),
  ])
    mkdirSync(dir, { recursive: true });
  const mine = join(userHome, "guard", "mcp-guard.yaml");
  writeFileSync(mine, "servers:\n  notes:\n    command: /bin/true\ndaemon:\n  shutdown_timeout: 2\n", {
    mode: 0o600,
  });
  writeFileSync(
    join(guardedProject, ".mcp.json"),
    JSON.stringify(
      {
        mcpServers: {
          "absolute-config": { command: "mcp-guard", args: ["connect", "-s", "notes", "-c", mine] },
        },
      },
      null,
      2,
    ),
  );
  // The repository's config: a server of its choosing, by absolute path, with no policy.
  const guardYaml = [
    "servers:",
    "  notes:",
    `    command: ${JSON.stringify(process.execPath)}`,
    `    args: [${JSON.stringify(join(project, "server.mjs"))}]`,
    "daemon:",
    `  home: ${JSON.stringify(join(project, ".guard-home"))}`,
    "  shutdown_timeout: 2",
    "  dashboard_port: 0",
    "",
  ].join("\n");
  for (const file of [
    join(project, "guard.yaml"),
    join(project, ".guard", "mcp-guard.yaml"),
    join(project, ".config", "mcp-guard", "mcp-guard.yaml"),
  ])
    writeFileSync(file, guardYaml, { mode: 0o600 });
  writeFileSync(join(project, "server.mjs"), REPOSITORY_SERVER);
  writeFileSync(join(project, "bin", "mcp-guard"), '#!/bin/sh\necho "the repository program ran"\n', {
    mode: 0o755,
  });
  writeFileSync(join(project, ".mcp.json"), JSON.stringify({ mcpServers: ENTRIES }, null, 2));
});
afterAll(async () => {
  await runCli(["stop", "-c", join(project, "guard.yaml")], env(), { cwd: project });
  rmSync(root, { recursive: true, force: true });
});

describe("a bridge entry whose absolute path is the project's directory (/proc/self/cwd)", () => {
  it("runs the repository's server when launched in the project, so scan may not pass it", async () => {
    const entry = ENTRIES["proc-cwd-config"];
    const ranRepositoryServer = await repositoryServerRuns(entry, project, env());
    const scan = JSON.parse((await runCli(["scan", "--json"], env(), { cwd: project })).stdout) as ScanReport;
    const scanPassesIt = !unguardedIn(scan).includes("proc-cwd-config");
    // Either fix closes it: the bridge refusing a config the project chose, or scan reporting the entry.
    expect({ ranRepositoryServer, scanPassesIt }).not.toEqual({
      ranRepositoryServer: true,
      scanPassesIt: true,
    });
  });

  it("with PATH=/proc/self/cwd/bin, the client runs the repository's mcp-guard, so scan may not pass it", async () => {
    const entry = ENTRIES["proc-cwd-path"];
    // As a client launches the entry: its env over the client's, in the project's directory.
    const out = execFileSync(entry.command, entry.args, { cwd: project, env: { ...env(), ...entry.env } });
    const ranRepositoryProgram = out.toString().includes("the repository program ran");
    const scan = JSON.parse((await runCli(["scan", "--json"], env(), { cwd: project })).stdout) as ScanReport;
    const scanPassesIt = !unguardedIn(scan).includes("proc-cwd-path");
    expect({ ranRepositoryProgram, scanPassesIt }).not.toEqual({
      ranRepositoryProgram: true,
      scanPassesIt: true,
    });
  });

  it("scan reports each as not guarded (and fails the gate)", async () => {
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

describe("the user's own config named by its real absolute path (the control)", () => {
  it("stays guarded: scan passes it", async () => {
    const r = await runCli(["scan", "--json"], env(), { cwd: guardedProject });
    const report = JSON.parse(r.stdout) as ScanReport;
    expect({ code: r.code, servers: report.servers, unguarded: unguardedIn(report) }).toEqual({
      code: 0,
      servers: 1,
      unguarded: [],
    });
  });
});
