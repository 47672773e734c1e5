// Sensitive files and directories named in tool arguments the way an agent names them: relative to where
// the server resolves paths (its directory arguments, its working directory, the client's roots), through
// "~", "./" and "..". With the real server-filesystem rooted in a fake home holding .aws/credentials,
// .ssh/id_rsa and a .env, none can be read, listed, searched or moved away, while ordinary files can;
// the recording server shows the forbidden calls never arrive.
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { ListRootsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { afterAll, describe, expect, it } from "vitest";
import { failure, FILESYSTEM, guardedTransport, makeGuardedHome, RECORDER, recorded } from "../src/index.js";

const scratch = makeGuardedHome();
const fakeHome = join(scratch.dir, "me");
const elsewhere = join(scratch.dir, "elsewhere");
const privateDir = join(fakeHome, "private");
for (const dir of [
  join(fakeHome, ".aws"),
  join(fakeHome, ".ssh"),
  join(fakeHome, "sub"),
  privateDir,
  elsewhere,
])
  mkdirSync(dir, { recursive: true });
writeFileSync(join(fakeHome, ".aws/credentials"), "[default]\naws_access_key_id = fake\n");
writeFileSync(join(fakeHome, ".ssh/id_rsa"), "not a real key\n");
writeFileSync(join(fakeHome, ".env"), "DB_PASSWORD=fake\n");
writeFileSync(join(fakeHome, "notes.txt"), "ordinary notes\n");
const recorderLog = join(scratch.dir, "recorder.log");

const policy = ["    policy:", "      integrity:", `        extra_sensitive_resources: ["file:///**/.env"]`];
const home = makeGuardedHome(
  [
    "  home-fs:",
    `    command: ${JSON.stringify(process.execPath)}`,
    `    args: [${JSON.stringify(FILESYSTEM)}, ${JSON.stringify(fakeHome)}]`,
    "    env:",
    `      HOME: ${JSON.stringify(fakeHome)}`,
    ...policy,
    // Started on an unrelated directory: the client's roots decide where it resolves paths.
    "  roots-fs:",
    `    command: ${JSON.stringify(process.execPath)}`,
    `    args: [${JSON.stringify(FILESYSTEM)}, ${JSON.stringify(elsewhere)}]`,
    "    policy:",
    "      integrity:",
    // Anchored to the home: a relative "private" is caught only when resolved against the root.
    `        extra_sensitive_resources: [${JSON.stringify(`file://${privateDir}/**`)}]`,
    "  home-recorder:",
    `    command: ${JSON.stringify(process.execPath)}`,
    `    args: [${JSON.stringify(RECORDER)}, ${JSON.stringify(fakeHome)}]`,
    "    env:",
    `      RECORDER_LOG: ${JSON.stringify(recorderLog)}`,
    `      HOME: ${JSON.stringify(fakeHome)}`,
    ...policy,
  ].join("\n"),
);
afterAll(async () => {
  await home.cleanup();
  rmSync(scratch.dir, { recursive: true, force: true });
});

async function connect(server: string, roots?: string[]): Promise<Client> {
  const client = new Client(
    { name: "sensitive-paths", version: "1" },
    { capabilities: roots ? { roots: {} } : {} },
  );
  if (roots)
    client.setRequestHandler(ListRootsRequestSchema, () => ({
      roots: roots.map((r) => ({ uri: `file://${r}`, name: "root" })),
    }));
  await client.connect(guardedTransport(home, server));
  return client;
}

/** Calls an agent would make to reach the protected files, each naming them differently. */
const forbidden: [string, Record<string, unknown>][] = [
  ["read_text_file", { path: ".aws/credentials" }],
  ["read_text_file", { path: "./.aws/credentials" }],
  ["read_text_file", { path: "sub/../.aws/credentials" }],
  ["read_text_file", { path: "~/.aws/credentials" }],
  ["read_text_file", { path: ".aws//credentials" }],
  ["read_file", { path: ".ssh/id_rsa" }],
  ["read_media_file", { path: ".ssh/id_rsa" }],
  ["get_file_info", { path: ".ssh/id_rsa" }],
  ["read_multiple_files", { paths: ["notes.txt", ".ssh/id_rsa"] }],
  ["read_text_file", { path: ".env" }],
  ["list_directory", { path: ".ssh" }],
  ["list_directory", { path: "~/.ssh" }],
  ["list_directory", { path: ".ssh/" }],
  ["list_directory_with_sizes", { path: ".aws" }],
  ["directory_tree", { path: ".ssh" }],
  ["directory_tree", { path: "./.aws" }],
  ["search_files", { path: ".ssh", pattern: "id" }],
  ["move_file", { source: ".ssh", destination: "not-ssh" }],
  ["move_file", { source: ".aws", destination: "not-aws" }],
  ["move_file", { source: ".aws/credentials", destination: "creds.txt" }],
  ["move_file", { source: "notes.txt", destination: ".ssh/authorized_keys" }],
  ["write_file", { path: ".ssh/authorized_keys", content: "ssh-ed25519 AAAA attacker" }],
  ["edit_file", { path: ".env", edits: [{ oldText: "fake", newText: "x" }] }],
  ["create_directory", { path: ".ssh/new" }],
  ["list_directory", { path: join(fakeHome, ".ssh") }],
];

describe("sensitive paths in tool arguments", () => {
  it("refuses every relative, ~ and dotted spelling against the real filesystem server", async () => {
    const client = await connect("home-fs");
    const passed: string[] = [];
    for (const [name, args] of forbidden) {
      const error = await failure(client.callTool({ name, arguments: args }));
      if (error?.data?.reason !== "sensitive_resource") passed.push(`${name} ${JSON.stringify(args)}`);
    }
    expect(passed).toEqual([]);
    // Nothing was moved or written: the protected directories are where they were.
    expect(existsSync(join(fakeHome, ".ssh/id_rsa"))).toBe(true);
    expect(existsSync(join(fakeHome, ".aws/credentials"))).toBe(true);
    expect(existsSync(join(fakeHome, ".ssh/authorized_keys"))).toBe(false);
    await client.close();
  });

  it("lets ordinary files and the home itself through", async () => {
    const client = await connect("home-fs");
    const read = (await client.callTool({ name: "read_text_file", arguments: { path: "notes.txt" } })) as {
      content: { text: string }[];
    };
    expect(read.content[0]!.text).toContain("ordinary notes");
    const listing = (await client.callTool({ name: "list_directory", arguments: { path: "." } })) as {
      content: { text: string }[];
    };
    expect(listing.content[0]!.text).toContain("notes.txt");
    await client.close();
  });

  it("resolves against the client's roots when the server works in them", async () => {
    const client = await connect("roots-fs", [fakeHome]);
    // server-filesystem replaces its directories with the client's roots once it has asked for them.
    for (let i = 0; i < 50; i++) {
      const dirs = (await client.callTool({ name: "list_allowed_directories", arguments: {} })) as {
        content: { text: string }[];
      };
      if (dirs.content[0]!.text.includes(fakeHome)) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const ok = (await client.callTool({ name: "read_text_file", arguments: { path: "notes.txt" } })) as {
      content: { text: string }[];
    };
    expect(ok.content[0]!.text).toContain("ordinary notes"); // it really resolves against the root
    for (const path of ["private", "./private/", ".aws/credentials", ".ssh"]) {
      expect(await failure(client.callTool({ name: "list_directory", arguments: { path } }))).toMatchObject({
        data: { reason: "sensitive_resource" },
      });
    }
    await client.close();
  });

  it("never delivers one of these calls to a server rooted in the home", async () => {
    const client = await connect("home-recorder");
    for (const [name, args] of forbidden) {
      expect((await failure(client.callTool({ name, arguments: args })))?.data?.reason).toBe(
        "sensitive_resource",
      );
    }
    await client.callTool({ name: "echo", arguments: { path: "notes.txt" } });
    await client.close();
    const calls = recorded(recorderLog).filter((m) => typeof m !== "string" && m.method === "tools/call");
    expect(calls).toHaveLength(1); // only the harmless one
  });
});
