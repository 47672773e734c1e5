// A plaintext auth.api_keys key is a whole credential: a config holding one is refused while other local users
// can read it (attack-config-readable-keys.test.ts shows the attack as root); digests may stay readable.
import { chmodSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatIssue } from "../src/issues.js";
import { loadConfigFile } from "../src/load.js";
import { plaintextKeysReadableByOthers } from "../src/readable-keys.js";

const DIGEST = `sha256:${"ab".repeat(32)}`;

function configWithKey(key: string, mode: number): string {
  const file = join(mkdtempSync(join(tmpdir(), "mcpg-keys-")), "mcp-guard.yaml");
  writeFileSync(
    file,
    `servers:\n  notes:\n    command: my-notes\nauth:\n  mode: api_key\n  api_keys:\n    "${key}": { name: ci, roles: [default] }\n`,
  );
  chmodSync(file, mode);
  return file;
}

const problems = (file: string) => {
  const r = loadConfigFile(file, {});
  return r.ok ? "" : r.issues.map(formatIssue).join("\n");
};

describe.skipIf(process.platform === "win32")("a config holding an API key as written", () => {
  it("is refused while others or its group can read it, naming both fixes", () => {
    for (const mode of [0o644, 0o640, 0o604]) {
      const file = configWithKey("mcpg-key-1", mode);
      const said = problems(file);
      expect(said).toContain("auth.api_keys");
      expect(said).toContain(`mode ${mode.toString(8)}`);
      expect(said).toContain(`chmod 600 ${file}`);
      expect(said).toContain('"sha256:<hex>"');
    }
  });

  it("never quotes the key in the refusal", () => {
    expect(problems(configWithKey("mcpg-key-secret-77", 0o644))).not.toContain("mcpg-key-secret-77");
  });

  it("negative: owner-only is accepted", () => {
    expect(problems(configWithKey("mcpg-key-1", 0o600))).toBe("");
  });

  it("negative: a readable config that holds only sha256 digests is accepted", () => {
    expect(problems(configWithKey(DIGEST, 0o644))).toBe("");
  });
});

describe("plaintextKeysReadableByOthers", () => {
  it("counts only the keys that are not digests", () => {
    expect(plaintextKeysReadableByOthers("c.yaml", 0o100644, { [DIGEST]: {}, a: {}, b: {} })).toContain(
      "holds 2 keys as written",
    );
    expect(plaintextKeysReadableByOthers("c.yaml", 0o100644, { [DIGEST]: {} })).toBeUndefined();
    expect(plaintextKeysReadableByOthers("c.yaml", 0o100644, {})).toBeUndefined();
  });

  it("negative: a digest of the wrong length is a key as written", () => {
    expect(plaintextKeysReadableByOthers("c.yaml", 0o644, { "sha256:abcd": {} })).toContain("holds a key");
  });
});
