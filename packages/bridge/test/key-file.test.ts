// The key file named by MCP_GUARD_API_KEY_FILE is read only once the owner-only check its caller gives (config's
// owner-only.ts, owner-only.test.ts) has passed it: a key other local accounts can read opens HTTP front-door
// sessions for them too (attack-readable-key-file.test.ts shows it as root, through mcp-guard connect).
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { resolveDaemonPaths } from "@mcp-guard/wire";
import { describe, expect, it } from "vitest";
import { credentialsFromEnvironment, type OwnerOnlyCheck } from "../src/credentials.js";

const KEY = "mcpg-unit-key-0b7d";
const dir = mkdtempSync(join(tmpdir(), "mcpg-keyfile-"));
const paths = resolveDaemonPaths({ home: join(dir, "home") });
const file = join(dir, "agent.key");
writeFileSync(file, `${KEY}\n`, { mode: 0o600 });

const checked: string[] = [];
const refuses: OwnerOnlyCheck = (path) => (checked.push(path), `${path} has mode 644 (chmod 600 ${path})`);
const passes: OwnerOnlyCheck = (path) => (checked.push(path), undefined);

describe("an API key file", () => {
  it("is refused when the owner-only check refuses it: the check's reason, the variable, never the key", () => {
    let said = "";
    try {
      credentialsFromEnvironment(paths, refuses, { MCP_GUARD_API_KEY_FILE: file });
    } catch (err) {
      said = (err as Error).message;
    }
    expect(said).toBe(`MCP_GUARD_API_KEY_FILE is not used: ${file} has mode 644 (chmod 600 ${file})`);
    expect(said).not.toContain(KEY);
  });

  it("negative: a file the check passes gives its key, checked first", () => {
    checked.length = 0;
    expect(credentialsFromEnvironment(paths, passes, { MCP_GUARD_API_KEY_FILE: file }).api_key).toBe(KEY);
    expect(checked).toEqual([file]);
  });

  it("negative: a key in the environment is no file: taken as is, nothing checked", () => {
    checked.length = 0;
    const env = { MCP_GUARD_API_KEY: ` ${KEY} ` };
    expect(credentialsFromEnvironment(paths, refuses, env).api_key).toBe(KEY);
    expect(checked).toEqual([]);
  });

  it("says when the file cannot be read", () => {
    const missing = join(dir, "missing.key");
    const check: OwnerOnlyCheck = (path) => {
      throw Object.assign(new Error(`ENOENT: ${path}`), { code: "ENOENT" });
    };
    expect(() => credentialsFromEnvironment(paths, check, { MCP_GUARD_API_KEY_FILE: missing })).toThrow(
      /cannot read MCP_GUARD_API_KEY_FILE .*ENOENT/,
    );
  });
});
