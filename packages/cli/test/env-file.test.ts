import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { envFileVariables, parseEnvText } from "../src/onboarding/env-file.js";

describe("parseEnvText: an env file as VS Code reads it", () => {
  it("takes `=` and `:` as the separator, and an export prefix", () => {
    expect(parseEnvText("A=1\nB: 2\nexport C=3\n  D  =  4  \n")).toEqual({ A: "1", B: "2", C: "3", D: "4" });
  });

  it("ends lines at CRLF, a lone CR and LF", () => {
    expect(parseEnvText("A=1\r\nB=2\rC=3\n")).toEqual({ A: "1", B: "2", C: "3" });
  });

  it("skips comments and blank lines, cuts a trailing comment outside quotes", () => {
    expect(parseEnvText("# A=1\n\nB=2 # note\nC='x # y'\n")).toEqual({ B: "2", C: "x # y" });
  });

  it("unquotes a quoted value, reading \\n and \\r inside double quotes only", () => {
    expect(parseEnvText(`A="x\\ny"\nB='x\\ny'\nC=\`z\`\nD="unclosed\n`)).toEqual({
      A: "x\ny",
      B: "x\\ny",
      C: "z",
      D: '"unclosed',
    });
  });

  it("ends the name at the first separator outside quotes; a later line wins", () => {
    expect(parseEnvText("NODE_OPTIONS: --require=./hook.js\nA=1\nA=2\n")).toEqual({
      NODE_OPTIONS: "--require=./hook.js",
      A: "2",
    });
  });
});

describe("envFileVariables: only a regular file of sensible size is read", () => {
  const dir = mkdtempSync(join(tmpdir(), "mcpg-envfile-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("reads the file, with ${workspaceFolder} as the workspace", () => {
    writeFileSync(join(dir, "guard.env"), "A=1\n");
    expect(envFileVariables("${workspaceFolder}/guard.env", dir)).toEqual({ A: "1" });
  });

  it("gives up at once on a named pipe, a directory, a device, a missing file or a client-only variable", () => {
    execFileSync("mkfifo", [join(dir, "pipe.env")]);
    expect(envFileVariables(join(dir, "pipe.env"), dir)).toBeUndefined();
    expect(envFileVariables(dir, dir)).toBeUndefined();
    expect(envFileVariables("/dev/zero", dir)).toBeUndefined();
    expect(envFileVariables(join(dir, "missing.env"), dir)).toBeUndefined();
    expect(envFileVariables("${input:envFile}", dir)).toBeUndefined();
  });

  it("does not read a file over 1 MB", () => {
    writeFileSync(join(dir, "large.env"), `A=${"x".repeat(1024 * 1024)}\n`);
    expect(envFileVariables(join(dir, "large.env"), dir)).toBeUndefined();
  });
});
