// Files holding a credential as is (the secrets file, an API key file) are used only while owner-only.
import { chmodSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { notOwnerOnly } from "../src/owner-only.js";

const dir = mkdtempSync(join(tmpdir(), "mcpg-owner-only-"));
chmodSync(dir, 0o700);

function fileOf(mode: number): string {
  const file = join(dir, `f${mode.toString(8)}`);
  writeFileSync(file, "mcpg-secret-value\n");
  chmodSync(file, mode);
  return file;
}

describe.skipIf(process.platform === "win32")("notOwnerOnly", () => {
  it("refuses a file its group or others may read or write, naming the mode and chmod 600", () => {
    for (const mode of [0o644, 0o640, 0o604, 0o620, 0o602, 0o660]) {
      const file = fileOf(mode);
      const said = notOwnerOnly(file, "the API key file", "the key presented") ?? "";
      expect(said).toContain(`${file} has mode ${mode.toString(8)}; the API key file must be owner-only`);
      expect(said).toContain(`chmod 600 ${file}`);
      expect(said).not.toContain("mcpg-secret-value");
    }
  });

  it("refuses an owner-only file others could replace through its directory", () => {
    const open = mkdtempSync(join(tmpdir(), "mcpg-owner-only-open-"));
    chmodSync(open, 0o777);
    const file = join(open, "agent.key");
    writeFileSync(file, "k\n", { mode: 0o600 });
    expect(notOwnerOnly(file, "the API key file", "the key presented")).toMatch(/not sticky/);
  });

  it("negative: owner-only in a private directory passes", () => {
    expect(notOwnerOnly(fileOf(0o600), "the API key file", "the key presented")).toBeUndefined();
    expect(notOwnerOnly(fileOf(0o400), "the API key file", "the key presented")).toBeUndefined();
  });

  it("throws what statting throws", () => {
    expect(() => notOwnerOnly(join(dir, "missing"), "the API key file", "x")).toThrow(/ENOENT/);
  });
});
