// Attack: the README says an edit to the config applies to the next message of open sessions, and that an
// HTTP request's identity is checked on every request. An API key's roles, though, were read once, when its
// session opened: after an edit that takes a role away (or removes the key), a session opened before it
// kept the old roles, and calls the new config forbids reached the server. The recording server shows what
// arrived after each edit.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  failure,
  guardedTransport,
  makeGuardedHome,
  recorded,
  recorderServerYaml,
  serveHttp,
  type Served,
} from "../src/index.js";

const KEY = "mcpg_attack_reload_0123456789abcdef01234567";
const OTHER_KEY = "mcpg_attack_other_fedcba9876543210fedcba98";
const dir = makeGuardedHome().dir;
const log = join(dir, "recorder.log");

const authYaml = (keyRoles: string | undefined) =>
  [
    "auth:",
    "  mode: api_key",
    "  api_keys:",
    ...(keyRoles ? [`    ${KEY}: { name: ci, roles: [${keyRoles}] }`] : []),
    `    ${OTHER_KEY}: { name: other, roles: [reader] }`,
    "  roles:",
    "    writer:",
    "      permissions:",
    '        denied_tools: ["delete_account"]',
    "    reader:",
    "      permissions:",
    '        denied_tools: ["write_file", "delete_account"]',
  ].join("\n");
const home = makeGuardedHome(
  recorderServerYaml("recorder", log),
  ["  http:", "    port: 0", authYaml("writer")].join("\n"),
);
const original = readFileSync(home.configPath, "utf8");
let served: Served;

beforeAll(async () => {
  served = await serveHttp(home);
});
afterAll(async () => {
  await served.stop();
  await home.cleanup();
});

async function loadedAt(): Promise<string> {
  return ((await home.status()) as { config_loaded_at: string }).config_loaded_at;
}

/** Rewrites the auth section and waits until the daemon applied it. */
async function editAuth(keyRoles: string | undefined): Promise<void> {
  const before = await loadedAt();
  writeFileSync(home.configPath, original.replace(authYaml("writer"), authYaml(keyRoles)));
  for (let i = 0; i < 100 && (await loadedAt()) === before; i++) await new Promise((r) => setTimeout(r, 100));
  expect(await loadedAt()).not.toBe(before);
}

/** write_file calls the server received with this marker. */
const arrived = (marker: string) =>
  recorded(log).filter((m) => typeof m === "object" && JSON.stringify(m.params ?? {}).includes(marker))
    .length;

async function httpClient(): Promise<Client> {
  const client = new Client({ name: "attack-reload-http", version: "1" });
  await client.connect(
    new StreamableHTTPClientTransport(new URL(`${served.url}/recorder`), {
      requestInit: { headers: { "x-api-key": KEY } },
    }),
  );
  return client;
}

async function bridgeClient(): Promise<Client> {
  const client = new Client({ name: "attack-reload-bridge", version: "1" });
  await client.connect(guardedTransport(home, "recorder", { MCP_GUARD_API_KEY: KEY }));
  return client;
}

const write = (client: Client, marker: string) =>
  failure(client.callTool({ name: "write_file", arguments: { marker } }));

describe("an edit to an API key's roles reaches sessions opened before it", () => {
  // Before the fix: after the edit, 1 of 1 write_file calls over HTTP reached the server.
  it("over HTTP: a session opened with the old roles is not served with them", async () => {
    await editAuth("writer");
    const client = await httpClient();
    expect(await write(client, "http-before")).toBeUndefined();
    expect(arrived("http-before")).toBe(1);
    await editAuth("reader");
    // The old session is gone (its roles are no longer the key's); a new one gets the new roles.
    await write(client, "http-after");
    await client.close().catch(() => {});
    const fresh = await httpClient();
    expect(await write(fresh, "http-fresh")).toMatchObject({ data: { reason: "tool_denied" } });
    await fresh.close();
    expect(arrived("http-after")).toBe(0);
    expect(arrived("http-fresh")).toBe(0);
  });

  // On reload the daemon checks each bridge session's credentials again with the edited config and ends
  // the sessions they no longer authenticate as they did. Before: it rebuilt their policy from the roles
  // captured at authentication, and 1 of 1 write_file after the role edit and 1 of 1 echo after the key's
  // removal reached the server.
  it("through the bridge: a session opened with the old roles is not served with them", async () => {
    await editAuth("writer");
    const client = await bridgeClient();
    expect(await write(client, "bridge-before")).toBeUndefined();
    await editAuth("reader");
    await write(client, "bridge-after");
    await editAuth(undefined);
    await failure(client.callTool({ name: "echo", arguments: { marker: "bridge-revoked" } }));
    await client.close();
    expect(arrived("bridge-after")).toBe(0);
    expect(arrived("bridge-revoked")).toBe(0);
  });
});
