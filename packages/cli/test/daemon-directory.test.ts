// The daemon works in its config's directory, whichever directory the bridge or shell that started it was
// in (attack-daemon-working-directory.test.ts end to end).
import { mkdirSync, mkdtempSync, realpathSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { settleBesideConfig } from "../src/daemon-directory.js";

it("moves the process into the config's directory", () => {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), "mcpg-settle-")));
  const project = join(dir, "cloned-repo");
  const configDir = join(dir, "config");
  mkdirSync(project);
  mkdirSync(configDir);
  const before = process.cwd();
  process.chdir(project);
  try {
    settleBesideConfig(join(configDir, "mcp-guard.yaml"));
    expect(process.cwd()).toBe(configDir);
  } finally {
    process.chdir(before);
    rmSync(dir, { recursive: true, force: true });
  }
});
