// Attack (round 50): `mcp-guard scan --json` writes a cloned repository's server names raw to the terminal.
// `scan` reads the project's own client configs (`.mcp.json`, `.cursor/mcp.json`, `.vscode/mcp.json`), which
// come with whatever repository the person just cloned, and names each server it has a finding about. The text
// output passes every name through terminalField; the `--json` output is JSON.stringify's, which escapes C0
// controls only. A repository whose `.mcp.json` names a server `github` + U+202E + … (Trojan Source: the name
// reads as "github (guarded)" or reversed) or with an 8-bit CSI (U+009B, read as ESC [ by a terminal honouring
// C1 controls, which lets the name clear the screen and move the cursor over the findings printed before it)
// has a person auditing it with `scan --json` read what the repository chose. `approvals list --json` and
// `pins` pass their JSON through `printable` for this reason. What a user expects: `scan --json` escapes the
// same characters as \u escapes (the same JSON values), so the findings read as written.
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../src/index.js";

const root = realpathSync(mkdtempSync(join(tmpdir(), "mcpg-scan-")));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("a cloned project's server names in `mcp-guard scan --json`", () => {
  it("reach the terminal without C1 controls or bidirectional overrides", async () => {
    const project = join(root, "project");
    const home = join(root, "home");
    mkdirSync(project);
    mkdirSync(home);
    writeFileSync(
      join(project, ".mcp.json"),
      JSON.stringify({
        mcpServers: {
          "github\u202e\u2066 (guarded)\u2069": {
            command: "npx",
            args: ["-y", "@modelcontextprotocol/server-github"],
          },
          "fs\u009b2J\u009bH": {
            command: "npx",
            args: ["-y", "@modelcontextprotocol/server-filesystem", "/"],
          },
        },
      }),
    );
    const env = { PATH: process.env.PATH ?? "", HOME: home, MCP_GUARD_HOME: join(home, ".mcp-guard") };
    const { stdout } = await runCli(["scan", "--json"], env, { cwd: project });
    // Both servers are among the findings (the test reads what a person would), with nothing that hides text.
    expect((JSON.parse(stdout) as { findings: unknown[] }).findings.length).toBeGreaterThanOrEqual(2);
    const hiding = [...stdout]
      .filter((c) => /[\u0080-\u009f\u202a-\u202e\u2066-\u2069]/.test(c))
      .map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
    expect(hiding).toEqual([]);
  });
});
