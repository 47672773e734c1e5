// Attack (round 35, found from outside): one API key in two `auth.api_keys` entries with different names and
// roles. A digest may be written in either case of hex (`sha256:9F86…` and `sha256:9f86…` are one key), or
// the key as written beside its digest, as after a rotation or a merge of two teams' entries; `validate` calls
// the config valid, and the daemon silently gives the key whichever entry comes first: here the stale `admin`
// entry, so the `reader` role the operator just gave the key does not apply. A correct guard refuses a config
// that names one key twice (naming both entries), or at least never serves the key with the wider entry; the
// call the reader role denies never reaches the server. Through the real CLI, the bridge and the recording
// server.
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { afterAll, describe, expect, it } from "vitest";
import { guardedTransport, makeGuardedHome, recorded, recorderServerYaml } from "../src/index.js";

const KEY = "mcpg_attack_key_in_two_entries_0123456789ab";
const DIGEST = createHash("sha256").update(KEY).digest("hex");
const scratch = mkdtempSync(join(tmpdir(), "mcpg-key-twice-"));
const log = join(scratch, "recorder.log");

const home = makeGuardedHome(
  recorderServerYaml("recorder", log),
  [
    "auth:",
    "  mode: api_key",
    "  api_keys:",
    `    "sha256:${DIGEST.toUpperCase()}": { name: admin, roles: [admin] }`,
    `    "sha256:${DIGEST}": { name: ci, roles: [reader] }`,
    "  roles:",
    "    admin: {}",
    "    reader:",
    "      permissions:",
    '        denied_tools: ["delete_account"]',
  ].join("\n"),
);

afterAll(async () => {
  await home.cleanup();
  rmSync(scratch, { recursive: true, force: true });
});

describe("one API key in two entries", () => {
  // On 92671aea: "mcp-guard.yaml is valid", exit 0.
  it("is refused by validate, which names both entries", async () => {
    const result = await home.cli(["validate", "-c", home.configPath]);
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.code, output).not.toBe(0);
    expect(output).toMatch(/\badmin\b/);
    expect(output).toMatch(/\bci\b/);
  });

  // On 92671aea: the key was served as `admin`, and 1 of 1 delete_account reached the server.
  it("never serves the key with the entry whose roles are wider", async () => {
    const client = new Client({ name: "attack-key-twice", version: "1" });
    try {
      await client.connect(guardedTransport(home, "recorder", { MCP_GUARD_API_KEY: KEY }));
      await client
        .callTool({ name: "delete_account", arguments: { user: "bob", marker: "key-twice-marker" } })
        .catch(() => {});
    } catch {
      // Refused before any call: the config was not accepted.
    } finally {
      await client.close().catch(() => {});
    }
    const arrived = recorded(log).filter(
      (m) => typeof m === "object" && JSON.stringify(m.params ?? {}).includes("key-twice-marker"),
    );
    expect(arrived).toEqual([]);
  });
});
