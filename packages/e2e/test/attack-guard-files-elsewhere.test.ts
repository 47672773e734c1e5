// Attack (round 28, found from outside): the guard's own files were protected only under the names of its
// home, config and socket, so a secrets file kept elsewhere, and a link into the home from a server's
// directory, reached a server around them. A user expects what the README promises: "mcp-guard's own files
// are always protected from local servers: its home (the daemon key, the secrets `init` moved out of client
// configs, the audit database) and its config file" (sensitive resources). The paths given to the check were
// the home, the config and the socket (server-places.ts, guardOwnPaths), and nothing else the guard keeps:
//  - `daemon.secrets_file` may be anywhere (`secrets_file: secrets.env` beside the config, as the project's own
//    session-env test writes it, or ~/secrets.env): outside the home it is an ordinary file to the check, so a
//    filesystem server around it may read it (to the agent) or rewrite the secrets the guard fills into
//    server entries;
//  - a symbolic link that already exists inside a server's allowed directory (a cloned repository can carry
//    one: `cfg -> ../../.config/mcp-guard`) leads to the home under a name the check does not resolve, though
//    the daemon runs on the same machine and could: server-filesystem follows it (its realpath stays inside
//    its root) and answers with the daemon key. (The README leaves aside links "a server itself creates";
//    this one was there before the session.)
// Proved through the real bridge, with the recording server (the forbidden call must never reach it) and
// with the real filesystem server (what it answers must not reach the client), the daemon key read by its
// plain path being refused as the control.
import { readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
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

const SECRET = "value-only-the-guard-should-hold-7f3a9c";
let home: ReturnType<typeof makeGuardedHome>;
let recorderLog: string;

beforeAll(() => {
  home = makeGuardedHome("", "  secrets_file: secrets.env");
  recorderLog = join(home.dir, "recorder.log");
  writeFileSync(join(home.dir, "secrets.env"), `GH_TOKEN=${SECRET}\n`, { mode: 0o600 });
  writeFileSync(join(home.dir, "notes.txt"), "ordinary notes\n");
  // A link that was there before the session (a cloned project's), leading to the guard's home.
  symlinkSync("home", join(home.dir, "cfg"));
  addServers(
    home,
    nodeServerYaml("around-fs", [FILESYSTEM, home.dir]),
    nodeServerYaml(
      "around-recorder",
      [RECORDER, home.dir],
      ["    env:", `      RECORDER_LOG: ${JSON.stringify(recorderLog)}`],
    ),
  );
});
afterAll(() => home.cleanup());

async function connect(server: string): Promise<Client> {
  const client = new Client({ name: "guard-files", version: "1" });
  await client.connect(guardedTransport(home, server));
  return client;
}

const reason = async (client: Client, path: string) =>
  (await failure(client.callTool({ name: "write_file", arguments: { path, content: "x" } })))?.data?.reason ??
  "forwarded";

describe("the guard's files outside its home's plain name", () => {
  it("the daemon key by its own path is refused (control)", async () => {
    const client = await connect("around-recorder");
    expect(await reason(client, join(home.home, "daemon.key"))).toBe("sensitive_resource");
    await client.close();
  });

  it("a secrets_file beside the config never reaches a server around it", async () => {
    const client = await connect("around-recorder");
    const outcomes = [
      await reason(client, join(home.dir, "secrets.env")),
      await reason(client, "secrets.env"),
    ];
    await client.close();
    const reached = recorded(recorderLog).filter((m) => JSON.stringify(m).includes("secrets.env"));
    expect({ outcomes, reached }).toEqual({
      outcomes: ["sensitive_resource", "sensitive_resource"],
      reached: [],
    });
  });

  it("a link inside the server's directory leading to the home never reaches a server around it", async () => {
    const client = await connect("around-recorder");
    const outcome = await reason(client, join(home.dir, "cfg", "daemon.key"));
    await client.close();
    const reached = recorded(recorderLog).filter((m) => JSON.stringify(m).includes("cfg/daemon.key"));
    expect({ outcome, reached }).toEqual({ outcome: "sensitive_resource", reached: [] });
  });

  it("the real filesystem server neither rewrites the secrets file nor hands the daemon key to the client", async () => {
    const key = readFileSync(join(home.home, "daemon.key"), "utf8").trim();
    const client = await connect("around-fs");
    const call = async (name: string, args: Record<string, unknown>) => {
      try {
        return JSON.stringify(await client.callTool({ name, arguments: args }));
      } catch (err) {
        return String(err);
      }
    };
    const notes = await call("read_text_file", { path: join(home.dir, "notes.txt") });
    // The values the guard fills into other servers' entries, replaced by the agent's own.
    await call("write_file", {
      path: join(home.dir, "secrets.env"),
      content: "GH_TOKEN=chosen-by-the-agent\n",
    });
    const viaLink = await call("read_text_file", { path: join(home.dir, "cfg", "daemon.key") });
    await client.close();
    expect(notes).toContain("ordinary notes");
    const secretsNow = readFileSync(join(home.dir, "secrets.env"), "utf8");
    expect({
      secretsRewritten: !secretsNow.includes(SECRET),
      keyRead: viaLink.includes(key.slice(0, 24)),
    }).toEqual({
      secretsRewritten: false,
      keyRead: false,
    });
  });
});
