// Attack (round 35, found from outside): an identity's role that no `auth.roles` entry defines adds no rule,
// silently. An API key given `roles: [read-only]` where the config defines `readonly` (a typo), or
// `roles: []`, gets no role at all, not even `default`: the server's policy alone, every restriction its
// roles were meant to add gone, and `validate` calls the config valid. The README promises that a typo can
// never silently switch a rule off, and refuses an OAuth token that maps to no role; a correct guard refuses
// such a config (naming the role) or the session, and the denied call never reaches the server.
// Through the real CLI (`validate`), the real bridge in api_key mode and the recording server.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { afterAll, describe, expect, it } from "vitest";
import { guardedTransport, makeGuardedHome, recorded, recorderServerYaml } from "../src/index.js";

const MISSPELT_KEY = "mcpg_attack_misspelt_role_0123456789abcdef01";
const EMPTY_KEY = "mcpg_attack_empty_roles_fedcba9876543210fedc";
const scratch = mkdtempSync(join(tmpdir(), "mcpg-undefined-roles-"));
const log = join(scratch, "recorder.log");

const home = makeGuardedHome(
  recorderServerYaml("recorder", log),
  [
    "auth:",
    "  mode: api_key",
    "  api_keys:",
    `    ${MISSPELT_KEY}: { name: ci-misspelt, roles: [read-only] }`,
    `    ${EMPTY_KEY}: { name: ci-empty, roles: [] }`,
    "  roles:",
    "    default:",
    "      permissions:",
    '        denied_tools: ["delete_account"]',
    "    readonly:",
    "      permissions:",
    '        denied_tools: ["delete_account", "write_file"]',
  ].join("\n"),
);

afterAll(async () => {
  await home.cleanup();
  rmSync(scratch, { recursive: true, force: true });
});

/** Calls delete_account through the bridge with `key`; a session or daemon that refuses is fine. */
async function deleteWith(key: string, marker: string): Promise<void> {
  const client = new Client({ name: "attack-undefined-roles", version: "1" });
  try {
    await client.connect(guardedTransport(home, "recorder", { MCP_GUARD_API_KEY: key }));
    await client.callTool({ name: "delete_account", arguments: { user: "bob", marker } }).catch(() => {});
  } catch {
    // Refused before any call: the config or the key was not accepted.
  } finally {
    await client.close().catch(() => {});
  }
}

const arrived = (marker: string) =>
  recorded(log).filter((m) => typeof m === "object" && JSON.stringify(m.params ?? {}).includes(marker));

describe("a role name no definition has", () => {
  // On 92671aea: "mcp-guard.yaml is valid", exit 0, and no word of read-only.
  it("is named by validate, which does not call the config valid", async () => {
    const result = await home.cli(["validate", "-c", home.configPath]);
    const output = `${result.stdout}\n${result.stderr}`;
    expect(output).toContain("read-only");
    expect(result.code, output).not.toBe(0);
  });

  // On 92671aea: 1 of 1 delete_account reached the server, which every defined role denies.
  it("does not give a key that names it the server's whole policy", async () => {
    await deleteWith(MISSPELT_KEY, "misspelt-role-marker");
    expect(arrived("misspelt-role-marker")).toEqual([]);
  });

  // On 92671aea: 1 of 1 delete_account reached the server; `default` (which denies it) did not apply.
  it("does not let a key with no roles at all escape the default role", async () => {
    await deleteWith(EMPTY_KEY, "empty-roles-marker");
    expect(arrived("empty-roles-marker")).toEqual([]);
  });
});
