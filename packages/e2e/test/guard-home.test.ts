// mcp-guard's own home holds its daemon key, the secrets `init` moved out of client configs and the audit
// database; its config holds the policy the daemon reloads on change. A filesystem server whose directory
// contains them must not be able to read or rewrite any of it, whatever the spelling; the recording server
// shows the forbidden calls never arrive.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { afterAll, describe, expect, it } from "vitest";
import {
  failure,
  addServers,
  FILESYSTEM,
  nodeServerYaml,
  guardedTransport,
  makeGuardedHome,
  RECORDER,
  recorded,
} from "../src/index.js";

const home = makeGuardedHome();
const recorderLog = join(home.dir, "recorder.log");
writeFileSync(join(home.dir, "notes.txt"), "ordinary notes\n");
// The servers are rooted in the directory that contains the guard's home, known only once it exists.
addServers(
  home,
  nodeServerYaml("around-fs", [FILESYSTEM, home.dir]),
  nodeServerYaml(
    "around-recorder",
    [RECORDER, home.dir],
    ["    env:", `      RECORDER_LOG: ${JSON.stringify(recorderLog)}`],
  ),
);
afterAll(() => home.cleanup());

const forbidden: [string, Record<string, unknown>][] = [
  ["read_text_file", { path: "home/daemon.key" }],
  ["read_text_file", { path: join(home.home, "daemon.key") }],
  ["read_text_file", { path: `file://${home.home}/daemon.key` }],
  ["read_text_file", { path: "./notes/../home//secrets.env" }],
  ["read_media_file", { path: "home/audit.db" }],
  ["list_directory", { path: "home" }],
  ["list_directory", { path: "home/" }],
  ["directory_tree", { path: "./home" }],
  ["search_files", { path: "home", pattern: "key" }],
  ["move_file", { source: "home", destination: "elsewhere" }],
  ["write_file", { path: "home/extra.yaml", content: "servers: {}" }],
  // The config is beside the home here: rewriting it would rewrite the policy the daemon reloads.
  ["write_file", { path: "mcp-guard.yaml", content: "servers: {}" }],
  ["edit_file", { path: "./mcp-guard.yaml", edits: [{ oldText: "servers:", newText: "x:" }] }],
  // Written elsewhere, then renamed over the config (the way editors save, which the daemon watches for).
  ["move_file", { source: "notes.txt", destination: "mcp-guard.yaml" }],
];

async function connect(server: string): Promise<Client> {
  const client = new Client({ name: "guard-home", version: "1" });
  await client.connect(guardedTransport(home, server));
  return client;
}

describe("the guard's own home", () => {
  it("cannot be read, listed, searched, moved or written through a filesystem server around it", async () => {
    const client = await connect("around-fs");
    const passed: string[] = [];
    for (const [name, args] of forbidden) {
      const error = await failure(client.callTool({ name, arguments: args }));
      if (error?.data?.reason !== "sensitive_resource") passed.push(`${name} ${JSON.stringify(args)}`);
    }
    expect(passed).toEqual([]);
    const read = (await client.callTool({ name: "read_text_file", arguments: { path: "notes.txt" } })) as {
      content: { text: string }[];
    };
    expect(read.content[0]!.text).toContain("ordinary notes");
    await client.close();
  });

  it("never delivers one of these calls to a server rooted around it", async () => {
    const client = await connect("around-recorder");
    for (const [name, args] of forbidden)
      expect((await failure(client.callTool({ name, arguments: args })))?.data?.reason).toBe(
        "sensitive_resource",
      );
    await client.callTool({ name: "echo", arguments: { path: "notes.txt" } });
    await client.close();
    const calls = recorded(recorderLog).filter((m) => typeof m !== "string" && m.method === "tools/call");
    expect(calls).toHaveLength(1);
  });
});
