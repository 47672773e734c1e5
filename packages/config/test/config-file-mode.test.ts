// The config file is the policy and the daemon applies every edit of it: a file other local users can write,
// or replace through its directory, is refused (attack-config-others-write.test.ts shows the attack as root).
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatIssue } from "../src/issues.js";
import { loadConfigFile } from "../src/load.js";
import { readSecretsFile } from "../src/secrets-file.js";

const CONFIG = "servers:\n  notes:\n    command: my-notes\n";

function configIn(dirMode: number, fileMode: number): string {
  const dir = join(mkdtempSync(join(tmpdir(), "mcpg-mode-")), "conf");
  mkdirSync(dir);
  const file = join(dir, "mcp-guard.yaml");
  writeFileSync(file, CONFIG);
  chmodSync(file, fileMode);
  chmodSync(dir, dirMode);
  return file;
}

const problems = (file: string) => {
  const r = loadConfigFile(file, {});
  return r.ok ? "" : r.issues.map(formatIssue).join("\n");
};

describe.skipIf(process.platform === "win32")("a config file others could change", () => {
  it("is refused when anyone may write it", () => {
    expect(problems(configIn(0o755, 0o666))).toMatch(/is writable by other users \(mode 666\)/);
  });

  it("is refused in a directory anyone may write to without the sticky bit", () => {
    expect(problems(configIn(0o777, 0o644))).toMatch(
      /the directory of the config, .*, is writable by other users and not sticky/,
    );
  });

  it("is refused below a directory anyone may write to without the sticky bit (they could rename its directory away and put their own in its place)", () => {
    const file = configIn(0o755, 0o644);
    chmodSync(dirname(dirname(file)), 0o777);
    expect(problems(file)).toMatch(
      /the directory .* above the config is writable by other users and not sticky/,
    );
    chmodSync(dirname(dirname(file)), 0o1777);
    expect(problems(file)).toBe("");
  });

  it("negative: owner-only, group-writable (a group per user) and in a sticky directory are accepted", () => {
    expect(problems(configIn(0o700, 0o600))).toBe("");
    expect(problems(configIn(0o775, 0o664))).toBe("");
    expect(problems(configIn(0o1777, 0o644))).toBe("");
  });

  it("a secrets file in a directory anyone may write to is refused too; owner-only in a private one is read", () => {
    const secrets = (dirMode: number) => {
      const file = configIn(dirMode, 0o600).replace(/mcp-guard\.yaml$/, "secrets.env");
      writeFileSync(file, "TOKEN=abc\n", { mode: 0o600 });
      return readSecretsFile(file);
    };
    expect(secrets(0o777)).toMatchObject({ ok: false, message: expect.stringMatching(/not sticky/) });
    expect(secrets(0o700)).toEqual({ ok: true, values: { TOKEN: "abc" } });
  });
});
