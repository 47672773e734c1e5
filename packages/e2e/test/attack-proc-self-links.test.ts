// Attack (round 29, found from outside): a link whose target goes through /proc/self (`here -> /proc/self/cwd`,
// `there -> /proc/thread-self/cwd`) was followed by the guard in the DAEMON's process, so
// `<root>/here/home/daemon.key` was judged as `<daemon's cwd>/home/daemon.key` (nothing of the guard's), while
// server-filesystem, started in the directory holding the guard's home, followed it to its own cwd and
// answered with the daemon key. A user expects what the README says: a `/proc/<pid>/cwd` link, whose target
// the guard cannot know, makes the path refused, wherever in the path the link stands.
// With a filesystem server started in the directory that holds the guard's home (`cwd:` in its entry, as a
// server rooted at ~ started in ~), server-filesystem's realpath turns the link into its own cwd (inside its
// root).
// Proved through the real bridge with the real filesystem server; the key by its plain path being refused is
// the control. Secure behaviour: the call is refused as sensitive and the key never reaches the client.
import { readFileSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addServers,
  failure,
  FILESYSTEM,
  guardedTransport,
  makeGuardedHome,
  nodeServerYaml,
  type GuardedHome,
} from "../src/index.js";

let home: GuardedHome;

beforeAll(() => {
  home = makeGuardedHome();
  // Links a cloned project may carry: the process's own working directory, as /proc spells it.
  symlinkSync("/proc/self/cwd", join(home.dir, "here"));
  symlinkSync("/proc/thread-self/cwd", join(home.dir, "there"));
  addServers(
    home,
    // A filesystem server around the directory holding the guard's home, started there.
    nodeServerYaml("around-fs", [FILESYSTEM, home.dir], [`    cwd: ${JSON.stringify(home.dir)}`]),
  );
});
afterAll(() => home.cleanup());

async function read(client: Client, path: string): Promise<string> {
  try {
    return JSON.stringify(await client.callTool({ name: "read_text_file", arguments: { path } }));
  } catch (err) {
    return `${String(err)} ${(err as { data?: { reason?: string } }).data?.reason ?? ""}`;
  }
}

describe("links to /proc/self/cwd in a server's directory", () => {
  it("do not hand the daemon key to the client", async () => {
    const client = new Client({ name: "proc-self-links", version: "1" });
    await client.connect(guardedTransport(home, "around-fs"));
    const key = readFileSync(join(home.home, "daemon.key"), "utf8").trim();
    // Control: by its own name the key is refused.
    const direct = await failure(
      client.callTool({ name: "read_text_file", arguments: { path: join(home.home, "daemon.key") } }),
    );
    expect(direct?.data?.reason).toBe("sensitive_resource");

    const viaSelf = await read(client, join(home.dir, "here", "home", "daemon.key"));
    const viaThread = await read(client, join(home.dir, "there", "home", "daemon.key"));
    await client.close();
    expect({
      viaSelf: viaSelf.includes(key.slice(0, 24)),
      viaThread: viaThread.includes(key.slice(0, 24)),
    }).toEqual({ viaSelf: false, viaThread: false });
    expect([viaSelf, viaThread].map((answer) => answer.endsWith(" sensitive_resource"))).toEqual([
      true,
      true,
    ]);
  });
});
