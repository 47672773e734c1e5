// A plaintext auth.api_keys key is a whole credential: a config holding one is refused while other local users
// can read it (attack-config-readable-keys.test.ts shows the attack as root); digests may stay readable.
import { createHash } from "node:crypto";
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatIssue } from "../src/issues.js";
import { loadConfigFile } from "../src/load.js";
import { keysWrittenIn, plaintextKeysReadableByOthers } from "../src/readable-keys.js";

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

describe.skipIf(process.platform === "win32")("the keys a refused config exposes", () => {
  const sha = (key: string) => createHash("sha256").update(key).digest("hex");
  const exposed = (file: string) => {
    const r = loadConfigFile(file, {});
    return r.ok ? undefined : r.exposedKeys;
  };

  it("are named by digest, for the daemon to stop accepting them, never as written", () => {
    const file = configWithKey("mcpg-key-exposed-1", 0o644);
    expect(exposed(file)).toEqual([sha("mcpg-key-exposed-1")]);
    expect(JSON.stringify(loadConfigFile(file, {}))).not.toContain("mcpg-key-exposed-1");
  });

  it("are named when the readable file fails for another reason too (the schema, others may write it)", () => {
    const file = configWithKey("mcpg-key-exposed-2", 0o644);
    writeFileSync(file, `${readFileSync(file, "utf8")}limits: { nonsense: 1 }\n`);
    const r = loadConfigFile(file, {});
    expect(r.ok ? [] : r.issues.map((i) => i.path)).toEqual(
      expect.arrayContaining(["auth.api_keys", "limits"]),
    );
    expect(exposed(file)).toEqual([sha("mcpg-key-exposed-2")]);
    chmodSync(file, 0o666);
    expect(problems(file)).toMatch(/is writable by other users/);
    expect(exposed(file)).toEqual([sha("mcpg-key-exposed-2")]);
  });

  it("are every key the daemon took from the file as written when the readable file is not YAML", () => {
    const file = configWithKey("mcpg-key-exposed-3", 0o644);
    writeFileSync(file, readFileSync(file, "utf8").replace("command: my-notes", 'command: "my-notes'));
    const r = loadConfigFile(file, {});
    expect(r.ok ? undefined : r.exposesEveryKeyAsWritten).toBe(true);
    chmodSync(file, 0o600);
    const ownerOnly = loadConfigFile(file, {});
    expect(ownerOnly.ok ? "loaded" : ownerOnly.exposesEveryKeyAsWritten).toBeUndefined();
  });

  it("negative: none for an owner-only file, or a readable one holding digests only", () => {
    expect(exposed(configWithKey("mcpg-key-1", 0o600))).toBeUndefined();
    const invalid = configWithKey("mcpg-key-1", 0o600);
    writeFileSync(invalid, `${readFileSync(invalid, "utf8")}limits: { nonsense: 1 }\n`);
    expect(exposed(invalid)).toBeUndefined();
    expect(loadConfigFile(configWithKey(DIGEST, 0o644), {}).ok).toBe(true);
  });
});

describe("keysWrittenIn", () => {
  const keys = (text: string) => keysWrittenIn(text).keys;
  it("reads auth.api_keys from the YAML alone, aliases resolved", () => {
    expect(keysWrittenIn("auth:\n  api_keys:\n    a: {}\n    'b': {}\n")).toEqual({
      keys: ["a", "b"],
      complete: true,
    });
    expect(keys("x: &k c\nauth:\n  api_keys:\n    *k : {}\n")).toEqual(["c"]);
    expect(keys("auth:\n  api_keys:\n    a: {}\n  api_keys:\n    b: {}\n  bad: [\n")).toContain("a");
  });

  it("says when YAML cannot parse the file, so keys may be written in it where none is found", () => {
    expect(keysWrittenIn("auth:\n  api_keys:\n    a: {}\n  bad: [\n").complete).toBe(false);
    expect(keysWrittenIn('daemon:\n  x: "5\nauth:\n  api_keys:\n    a: {}\n').complete).toBe(false);
    expect(
      keysWrittenIn("<<<<<<< ours\nauth: {}\n=======\nauth:\n  mode: os\n>>>>>>> theirs\n").complete,
    ).toBe(false);
  });

  it("negative: nothing where there is no map of keys", () => {
    expect(keysWrittenIn("auth:\n  mode: os\n")).toEqual({ keys: [], complete: true });
    expect(keys("auth:\n  api_keys: [a]\n")).toEqual([]);
    expect(keys("")).toEqual([]);
  });
});

describe("plaintextKeysReadableByOthers", () => {
  it("counts only the keys that are not digests", () => {
    expect(plaintextKeysReadableByOthers("c.yaml", 0o100644, [DIGEST, "a", "b"])?.message).toContain(
      "holds 2 keys as written",
    );
    expect(plaintextKeysReadableByOthers("c.yaml", 0o100644, [DIGEST])).toBeUndefined();
    expect(plaintextKeysReadableByOthers("c.yaml", 0o100644, [])).toBeUndefined();
  });

  it("counts a key found twice once", () => {
    expect(plaintextKeysReadableByOthers("c.yaml", 0o644, ["a", "a"])?.digests).toHaveLength(1);
  });

  it("negative: a digest of the wrong length is a key as written", () => {
    expect(plaintextKeysReadableByOthers("c.yaml", 0o644, ["sha256:abcd"])?.message).toContain("holds a key");
  });
});
