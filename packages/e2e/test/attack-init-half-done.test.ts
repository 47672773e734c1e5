// Attack (round 38, atk38c), two clients' configs, one of which cannot be written at that moment (a read-only
// file):
// - `mcp-guard init --apply` rewrote the first client's config, then failed on the second before recording
//   what it changed: `init --revert` then said "nothing to revert" although Claude Desktop's config pointed at
//   mcp-guard, and the failure was printed as an "unexpected error" stack.
// - `mcp-guard init --revert` restored the first config and deleted its backup, then failed on the second
//   without recording what it did: every later `init --revert` refused ("the backup ... is missing"), and the
//   second client stayed pointed at mcp-guard with its original only in a backup nothing would restore.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientMachine, readOnly, type CliResult, type ClientMachine } from "../src/index.js";

const DESKTOP = {
  mcpServers: { files: { command: "npx", args: ["-y", "@modelcontextprotocol/server-filesystem", "/tmp"] } },
};
const CURSOR = {
  mcpServers: { memory: { command: "npx", args: ["-y", "@modelcontextprotocol/server-memory"] } },
};
const asWritten = (config: object) => `${JSON.stringify(config, null, 2)}\n`;

/** A machine with Claude Desktop's and Cursor's configs, and their paths. */
function twoEditors(prefix: string): { machine: ClientMachine; desktop: string; cursor: string } {
  const machine = clientMachine(prefix);
  const desktop = join(machine.home, ".config/Claude/claude_desktop_config.json");
  const cursor = join(machine.home, ".cursor/mcp.json");
  machine.put(desktop, DESKTOP);
  machine.put(cursor, CURSOR);
  return { machine, desktop, cursor };
}

/** Fails in one line naming the file, not with a stack trace. */
function failsNaming(result: CliResult, path: string): void {
  expect(result.code).toBe(1);
  expect(result.stderr).toContain(path);
  expect(result.stderr).not.toContain("unexpected error");
  expect(result.stderr).not.toMatch(/\n\s+at /);
}

describe("init --apply that cannot write one client's config", () => {
  const { machine, desktop, cursor } = twoEditors("halfapply");
  let applied: CliResult;
  beforeAll(async () => {
    readOnly(cursor, true);
    applied = await machine.cli("init", "--apply");
    readOnly(cursor, false);
  });
  afterAll(() => {
    readOnly(cursor, false);
    machine.cleanup();
  });

  it("fails in one line naming the file it could not write, not with a stack trace", () => {
    failsNaming(applied, cursor);
  });

  it("leaves every client config either untouched or undoable by init --revert", async () => {
    await machine.cli("init", "--revert");
    expect(readFileSync(desktop, "utf8")).toBe(asWritten(DESKTOP));
    expect(readFileSync(cursor, "utf8")).toBe(asWritten(CURSOR));
  });
});

describe("init --revert that cannot write one client's config", () => {
  const { machine, desktop, cursor } = twoEditors("halfrevert");
  let reverted: CliResult;
  beforeAll(async () => {
    const applied = await machine.cli("init", "--apply");
    if (applied.code !== 0) throw new Error(`init --apply failed: ${applied.stderr}`);
    readOnly(cursor, true);
    reverted = await machine.cli("init", "--revert");
    readOnly(cursor, false);
  });
  afterAll(() => {
    readOnly(cursor, false);
    machine.cleanup();
  });

  it("fails in one line naming the file it could not write, not with a stack trace", () => {
    failsNaming(reverted, cursor);
  });

  it("can be run again once the file is writable, and then restores every client config", async () => {
    const again = await machine.cli("init", "--revert");
    expect(again.stderr).not.toContain("is missing");
    expect(readFileSync(desktop, "utf8")).toBe(asWritten(DESKTOP));
    expect(readFileSync(cursor, "utf8")).toBe(asWritten(CURSOR));
  });
});
