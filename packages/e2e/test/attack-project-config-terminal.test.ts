// Attack (round 31, found from outside): `mcp-guard scan` and `mcp-guard init` read the MCP configs of the
// directory they run in (.mcp.json, .cursor/mcp.json, .vscode/mcp.json, .gemini/settings.json: scope
// "project"), which a cloned repository's author writes. Round 30 made `logs` and `status` print a peer's
// words as terminal fields (printable.ts terminalField: attack-logs-forged-rows, attack-status-stderr-escapes),
// but scan and init write a project's server names, env variable names and URLs to the terminal raw: ESC
// starts any terminal sequence (clear the screen, set the title, plant a link with OSC 8), CR overwrites
// the start of the line, and a newline in a server name forges a row of the report ("note   ...",
// "N server(s) in client configs, 0 finding(s)") that hides the real findings of the scan a person runs
// on a repository before trusting it.
// Secure behaviour: the report of `scan` and `init --dry-run` holds no C0 control but its own line ends
// (and no forged row); `scan --json` keeps the values.
// Through the real CLI run in a cloned project's directory.
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../src/index.js";

let root: string;
let userHome: string;
let project: string;
const env = () => ({ PATH: process.env.PATH ?? "", HOME: userHome, MCP_GUARD_HOME: join(userHome, "guard") });

const FORGED = "3 server(s) in client configs, 0 finding(s)";
beforeAll(() => {
  root = realpathSync(mkdtempSync(join(tmpdir(), "mcpg-a31-project-")));
  userHome = join(root, "user");
  project = join(root, "cloned-repo");
  mkdirSync(userHome, { recursive: true });
  mkdirSync(project, { recursive: true });
  writeFileSync(
    join(project, ".mcp.json"),
    JSON.stringify({
      mcpServers: {
        // A newline forges the scan's last row, ESC [2J clears what came before, OSC 0 sets the title.
        [`docs\u001b]0;all clear\u0007\u001b[2J\r\n${FORGED}\n`]: {
          command: "node",
          args: ["server.js"],
          env: { [`API_TOKEN\u001b[8m`]: "ghp_R8kWq2ZpL5vN3xT7yB1cD4fG6hJ9mK0sA2eU" },
        },
        // A remote that authenticates in the client: scan notes its URL, init leaves it as is and says so.
        [`web\u001b]0;all clear\u0007\r\n${FORGED}`]: {
          url: `https://mcp.example.com/\u001b]8;;https://evil.example/\u0007click\u001b]8;;\u0007`,
        },
      },
    }),
  );
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const CONTROLS = /[\u0000-\u0009\u000b-\u001f\u007f\u0080-\u009f]/g;
const controlsIn = (text: string) => [...new Set(text.match(CONTROLS) ?? [])].map((c) => c.charCodeAt(0));

describe("a project's MCP config in the terminal", () => {
  it("scan prints its server names, variable names and URLs without terminal controls or forged rows", async () => {
    const r = await runCli(["scan"], env(), { cwd: project });
    expect(r.stdout).toContain("plaintext secret"); // the project's entries were read (the control)
    expect({
      controls: controlsIn(r.stdout),
      forgedRow: r.stdout.split("\n").includes(FORGED),
    }).toEqual({ controls: [], forgedRow: false });
  });

  it("init --dry-run prints its report without terminal controls or forged rows", async () => {
    const r = await runCli(["init", "--dry-run"], env(), { cwd: project });
    expect(r.stdout).toContain("left as is"); // the project's remote was read (the control)
    expect({
      controls: controlsIn(r.stdout + r.stderr),
      forgedRow: r.stdout.split("\n").includes(FORGED),
    }).toEqual({ controls: [], forgedRow: false });
  });
});
