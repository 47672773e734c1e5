// What `scan` and `init` print of a project's MCP config, whose author chose its server names, variable names
// and URLs (round 31: they reached the terminal raw; attack-project-config-terminal.test.ts end to end).
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { init } from "../src/commands/init.js";
import { scan } from "../src/commands/scan.js";

const FORGED = "1 server(s) in client configs, 0 finding(s)";
const NAME = `docs\u001b]0;ok\u0007\r\n${FORGED}\n`;
const VARIABLE = "API_TOKEN\u001b[8m";
const URL_WITH_LINK = "https://mcp.example.com/\u001b]8;;https://evil.example/\u0007click\u001b]8;;\u0007";
const CONTROLS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

let dir: string;
let before: string;
const saved = { HOME: process.env.HOME, MCP_GUARD_HOME: process.env.MCP_GUARD_HOME };

beforeEach(() => {
  dir = realpathSync(mkdtempSync(join(tmpdir(), "mcpg-project-terminal-")));
  const project = join(dir, "cloned-repo");
  mkdirSync(project);
  mkdirSync(join(dir, "user"));
  writeFileSync(
    join(project, ".mcp.json"),
    JSON.stringify({
      mcpServers: {
        [NAME]: {
          command: "node",
          // Built at run time so that no scanner reading this file meets a whole token.
          env: { [VARIABLE]: `ghp_${"R8kWq2ZpL5vN3xT7yB1cD4fG6hJ9mK0sA2eU"}` },
        },
        [`web${NAME}`]: { url: URL_WITH_LINK },
      },
    }),
  );
  process.env.HOME = join(dir, "user");
  process.env.MCP_GUARD_HOME = join(dir, "user", "guard");
  before = process.cwd();
  process.chdir(project);
});

afterEach(() => {
  process.chdir(before);
  for (const [name, value] of Object.entries(saved))
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

/** What `run` wrote to stdout and stderr. */
function printed(run: () => unknown): string {
  const out: string[] = [];
  const keep = (chunk: string | Uint8Array) => (out.push(String(chunk)), true);
  vi.spyOn(process.stdout, "write").mockImplementation(keep);
  vi.spyOn(process.stderr, "write").mockImplementation(keep);
  run();
  vi.restoreAllMocks();
  return out.join("");
}

describe("a project's config in the terminal", () => {
  it("scan prints each name, variable and URL as one field: no control, no forged row", () => {
    const report = printed(() => scan({}));
    expect(report).toContain("plaintext secret in env API_TOKEN\\u001b[8m");
    expect(report).toContain("docs\\u001b]0;ok\\u0007\\u000d\\u000a");
    expect(report).toContain("https://mcp.example.com/\\u001b]8;;");
    expect(report).not.toMatch(CONTROLS);
    expect(report.split("\n")).not.toContain(FORGED);
  });

  it("scan --json keeps the values as the config has them", () => {
    const report = JSON.parse(printed(() => scan({ json: true }))) as {
      findings: { server: string; problem: string }[];
      notes: string[];
    };
    expect(report.findings.map((f) => f.server)).toContain(NAME);
    expect(report.findings.map((f) => f.problem).join()).toContain(VARIABLE);
    expect(report.notes.join()).toContain(URL_WITH_LINK);
  });

  it("init --dry-run --apply prints no control and no forged row, and its YAML still holds the values", () => {
    const report = printed(() => init({ dryRun: true, apply: true }));
    expect(report).toContain("left as is: claude-code webdocs\\u001b]0;ok");
    expect(report).toContain("# --apply would rewrite");
    expect(report).not.toMatch(CONTROLS);
    expect(report.split("\n")).not.toContain(FORGED);
    // The YAML escapes the variable's name itself (a double-quoted key), so it reads back as written.
    expect(report).toContain('"API_TOKEN\\e[8m":');
  });
});
