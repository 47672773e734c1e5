// Attack (round 28, found from outside): a client's root spelled with `..` was dropped from the guard's view but
// reached the server, which then resolved relative paths in a place the guard did not know. A user expects a
// root to be read as the server reads it, or kept from the server. Paths in tool arguments are resolved against
// the client's roots, since a server resolves relative paths against them (permissions.ts, noteRoots;
// server-filesystem makes the roots its allowed directories, replacing those in its arguments, and resolves a
// relative path against them). noteRoots keeps only the roots it can normalise and drops the others in silence:
// a root with `..` in it (`file:///<dir>/x/../home`) is refused by normalizeUri and left out. The server reads
// that root with `fileURLToPath`, whose URL parser resolves the `..` — to the guard's home. So the server's only
// allowed directory is the guard's home while the guard resolves a relative `daemon.key` against the server's
// arguments and working directory only, finds nothing of its own there, and forwards the read; the real
// filesystem server answers with the daemon key. The same root spelled plainly (`file:///<dir>/home`) makes the
// read refused (control). Proved through the real bridge with raw lines: the client answers the server's
// roots/list itself.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addServers,
  FILESYSTEM,
  nodeServerYaml,
  makeGuardedHome,
  RawBridge,
  type GuardedHome,
} from "../src/index.js";

let home: GuardedHome;

beforeAll(() => {
  home = makeGuardedHome();
  addServers(home, nodeServerYaml("around-fs", [FILESYSTEM, home.dir]));
});
afterAll(() => home.cleanup());

/** One session whose client gives `root` as its only root, then reads the relative path `daemon.key`. */
async function readWithRoot(root: string): Promise<string> {
  const bridge = new RawBridge(home, "around-fs");
  bridge.send({
    jsonrpc: "2.0",
    id: "init",
    method: "initialize",
    params: {
      protocolVersion: "2025-06-18",
      capabilities: { roots: { listChanged: true } },
      clientInfo: { name: "raw", version: "1" },
    },
  });
  await bridge.answerTo("init", 30_000);
  bridge.send({ jsonrpc: "2.0", method: "notifications/initialized" });
  // The server asks for the roots once initialized.
  let ask: Record<string, unknown>;
  do ask = await bridge.next();
  while (ask.method !== "roots/list");
  bridge.send({ jsonrpc: "2.0", id: ask.id, result: { roots: [{ uri: root, name: "project" }] } });
  await new Promise((r) => setTimeout(r, 1_000)); // the server takes the roots as its directories
  bridge.send({
    jsonrpc: "2.0",
    id: 2,
    method: "tools/call",
    params: { name: "read_text_file", arguments: { path: "daemon.key" } },
  });
  const answer = await bridge.answerTo(2);
  bridge.close();
  await bridge.exited;
  return JSON.stringify(answer);
}

describe("a root the guard cannot normalise", () => {
  it("a plain root at the guard's home does not hand the key to the client either (control)", async () => {
    // Since round 44 the root itself is taken out of the client's answer (a credential folder while sensitive
    // resources are blocked), so the relative read no longer resolves inside the home at all.
    const answer = await readWithRoot(`file://${home.home}`);
    const key = readFileSync(join(home.home, "daemon.key"), "utf8").trim();
    expect(answer.includes(key.slice(0, 24)), answer.slice(0, 40)).toBe(false);
  });

  it("a root with `..` that leads to the guard's home does not hand the key to the client", async () => {
    const key = readFileSync(join(home.home, "daemon.key"), "utf8").trim();
    const answer = await readWithRoot(`file://${home.dir}/project/../home`);
    expect(answer.includes(key.slice(0, 24)), answer.slice(0, 40)).toBe(false);
  });
});
