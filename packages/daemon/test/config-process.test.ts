// The config is loaded in a child process (config-process.ts): what comes back must be what loading in
// the daemon itself gave, problems included, and a loader that fails in any way is a failed load.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfig } from "@mcp-guard/config";
import { DEFAULT_ACTIONS } from "@mcp-guard/core";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { loadConfigApart } from "../src/config-process.js";

const dir = mkdtempSync(join(tmpdir(), "mcpg-config-process-"));
const home = join(dir, "home");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function configFile(name: string, lines: string[]): string {
  const file = join(dir, name);
  writeFileSync(file, lines.join("\n"));
  return file;
}

describe("loading the config in a child process", () => {
  const savedOptions = process.env.NODE_OPTIONS;
  afterEach(() => {
    if (savedOptions === undefined) delete process.env.NODE_OPTIONS;
    else process.env.NODE_OPTIONS = savedOptions;
    delete process.env.MCPG_TEST_TOKEN;
  });

  it("gives what loading in this process gives, ${VAR}s and defaults included", async () => {
    process.env.MCPG_TEST_TOKEN = "from-the-environment";
    const file = configFile("valid.yaml", [
      "servers:",
      "  plain:",
      "    command: node",
      "    policy:",
      '      permissions: { denied_tools: ["^.*delete.*$"] }',
      "  withvar:",
      "    command: node",
      "    env:",
      '      TOKEN: "${MCPG_TEST_TOKEN}"',
      '      OTHER: "${MCPG_TEST_UNSET}"',
      "  remote:",
      "    transport: streamable-http",
      "    url: http://127.0.0.1:1/mcp",
      '    upstream_auth_token: ""',
      "pii:",
      "  disabled_types: []",
    ]);
    const apart = await loadConfigApart(file, home);
    const here = await loadConfig(file, {
      cacheDir: join(home, "extends-cache"),
      detectionDefaults: DEFAULT_ACTIONS,
    });
    expect(apart).toStrictEqual(here);
    if (!apart.ok) throw new Error(apart.issues.map((i) => i.message).join("; "));
    expect(apart.config.servers.withvar?.env.TOKEN).toBe("from-the-environment");
    expect(apart.variables.missing).toEqual({ withvar: ["MCPG_TEST_UNSET"] });
  });

  it("returns every problem with its line, as loading here does", async () => {
    const file = configFile("invalid.yaml", [
      "servers:",
      "  a:",
      "    command: node",
      "    policy:",
      "      permissions: { denyed_tools: [] }",
    ]);
    const apart = await loadConfigApart(file, home);
    expect(apart.ok).toBe(false);
    if (apart.ok) return;
    expect(apart.issues).toEqual([
      expect.objectContaining({ line: 5, message: expect.stringMatching(/did you mean "denied_tools"/) }),
    ]);
  });

  it("fails the load when the loader process cannot run", async () => {
    const file = configFile("fine.yaml", ["servers:", "  a:", "    command: node"]);
    // The child inherits the environment: a preload that does not exist stops node before the loader runs.
    process.env.NODE_OPTIONS = `--require ${join(dir, "no-such-preload.cjs")}`;
    const apart = await loadConfigApart(file, home);
    expect(apart).toMatchObject({
      ok: false,
      issues: [{ message: expect.stringMatching(/^cannot load the config: the loader process ended/) }],
    });
  });

  it("reads the home from the file when none is given (the `extends` cache lives there)", async () => {
    const file = configFile("located.yaml", [
      "extends:",
      "  url: http://127.0.0.1:9/base.yaml",
      `  sha256: ${"0".repeat(64)}`,
      "servers: {}",
      "daemon:",
      `  home: ${JSON.stringify(join(dir, "elsewhere"))}`,
    ]);
    const apart = await loadConfigApart(file);
    const here = await loadConfig(file, {
      cacheDir: join(dir, "elsewhere", "extends-cache"),
      detectionDefaults: DEFAULT_ACTIONS,
    });
    expect(apart.ok).toBe(false);
    expect(apart).toStrictEqual(here);
  });
});
