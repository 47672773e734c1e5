// Attack (round 29, found from outside): when the kernel could not resolve a path (a missing component or a
// file climbed out of with `..`, or a path over PATH_MAX padded with `/.` or `//`), the guard walked up to the
// part that existed and appended the rest as text, so the links after that point (`cfg -> home`) were never
// followed: `<root>/no-such-dir/../cfg/daemon.key` was judged as `<root>/cfg/daemon.key`, while
// server-filesystem normalises the path first (path.resolve) and then follows `cfg` to the daemon key; the
// same shapes let a server rewrite the config. A user expects such a path refused as the same path written
// short is: every reading a server could make of it is followed, and one too long to follow is normalised.
// The shapes:
//  - a component that does not exist, climbed out of: `<root>/no-such-dir/../cfg/daemon.key` (ENOENT at
//    `no-such-dir`, so `cfg` is never looked at);
//  - a file climbed out of: `<root>/notes.txt/../cfg/daemon.key` (ENOTDIR);
//  - a path longer than PATH_MAX (4096 bytes on Linux: ENAMETOOLONG) though it names an existing file, padded
//    with `/.` or `//` up front: `<root>/./././…/cfg/daemon.key`.
// Here `cfg -> home` is a link a cloned project carries (the very case attack-guard-files-elsewhere proves
// refused when written plainly). Each is judged as `<root>/cfg/daemon.key` with `cfg` unresolved, nothing of
// the guard's. server-filesystem normalises the path first (path.resolve collapses `..`, `.` and `//`), then
// resolves the short path with realpath (inside its root) and answers with the daemon key.
// The same holds for writes: `<root>/no-such-dir/../top/mcp-guard.yaml` (`top -> .`) rewrites the config the
// daemon reloads as its policy.
// Proved through the real bridge with the real filesystem server; the same link written plainly being refused
// is the control. Secure behaviour: each is refused as the plain one is (a path the kernel cannot resolve is
// followed again in the form the server will open, normalised, or refused as one whose target is unknown).
import { readFileSync, symlinkSync, writeFileSync } from "node:fs";
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
  // A link that was there before the session (a cloned project's), leading to the guard's home.
  symlinkSync("home", join(home.dir, "cfg"));
  // And one to the project's own top (`top -> .`), under which the config sits.
  symlinkSync(".", join(home.dir, "top"));
  writeFileSync(join(home.dir, "notes.txt"), "ordinary notes\n");
  addServers(home, nodeServerYaml("around-fs", [FILESYSTEM, home.dir]));
});
afterAll(() => home.cleanup());

describe("a path through a link to the guard's home that the kernel cannot resolve as written", () => {
  it("is refused as the same path written short", async () => {
    const client = new Client({ name: "unresolved-path-links", version: "1" });
    await client.connect(guardedTransport(home, "around-fs"));
    const key = readFileSync(join(home.home, "daemon.key"), "utf8").trim();
    const plain = join(home.dir, "cfg", "daemon.key");
    // Control: through the link, written plainly.
    const refused = await failure(client.callTool({ name: "read_text_file", arguments: { path: plain } }));
    expect(refused?.data?.reason).toBe("sensitive_resource");

    const written = {
      dots: `${home.dir}${"/.".repeat(2100)}/cfg/daemon.key`,
      slashes: `${home.dir}${"/".repeat(4200)}cfg/daemon.key`,
      missingThenUp: join(home.dir, "no-such-dir") + "/../cfg/daemon.key",
      fileThenUp: join(home.dir, "notes.txt") + "/../cfg/daemon.key",
    };
    const answers: Record<string, string> = {};
    for (const [shape, path] of Object.entries(written)) {
      try {
        const answer = JSON.stringify(await client.callTool({ name: "read_text_file", arguments: { path } }));
        answers[shape] = answer.includes(key.slice(0, 24)) ? "the daemon key" : "no key";
      } catch (err) {
        const reason = (err as { data?: { reason?: string } }).data?.reason;
        answers[shape] = reason === "sensitive_resource" ? "refused" : String(err).slice(0, 200);
      }
    }
    await client.close();
    expect(answers).toEqual({
      dots: "refused",
      slashes: "refused",
      missingThenUp: "refused",
      fileThenUp: "refused",
    });
  });

  it("does not let the config be rewritten through the same shapes", async () => {
    const client = new Client({ name: "unresolved-path-config", version: "1" });
    await client.connect(guardedTransport(home, "around-fs"));
    const before = readFileSync(home.configPath, "utf8");
    // What an agent would put there: a policy of its own (it names none of the guard's paths itself).
    const rewritten = "servers: {}\n# rewritten by the agent\n";
    // Control: through the link, written plainly.
    const plain = await failure(
      client.callTool({
        name: "write_file",
        arguments: { path: join(home.dir, "top", "mcp-guard.yaml"), content: rewritten },
      }),
    );
    expect(plain?.data?.reason).toBe("sensitive_resource");
    const climbed = await failure(
      client.callTool({
        name: "write_file",
        arguments: { path: `${join(home.dir, "no-such-dir")}/../top/mcp-guard.yaml`, content: rewritten },
      }),
    );
    await client.close();
    const after = readFileSync(home.configPath, "utf8");
    // Put the config back, so that the daemon can be found and stopped.
    writeFileSync(home.configPath, before);
    expect(after.includes("rewritten by the agent")).toBe(false);
    expect(climbed?.data?.reason).toBe("sensitive_resource");
  });
});
