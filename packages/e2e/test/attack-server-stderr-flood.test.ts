// Attack (round 36, found from outside): a server that floods its stderr. The daemon logs every stderr line of
// every stdio server to <home>/daemon.log, each redacted with every detector first, with no bound on how many
// lines or bytes: a hostile server (or a chatty one stuck in a loop) that writes stderr as fast as it can grew
// the log by about 2.5 MB a second here (9 GB an hour, until the disk of the home is full; the guard then
// forwards nothing whose audit row it cannot write, for every server of the user), and kept the daemon's CPU
// busy redacting: another session's ping (through the bridge, 2 to 10 ms on this machine otherwise) took 150
// to 500 ms meanwhile.
// Every buffer has a cap (design); what a server's stderr adds to the log has none.
// What a user expects: a server's stderr costs the home a bounded amount of disk (lines beyond a rate
// counted rather than written, or the log rotated), whatever the server writes.
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeGuardedHome, nodeServerYaml, RawBridge } from "../src/index.js";

const scratch = makeGuardedHome();
const script = join(scratch.dir, "noisy-server.cjs");
writeFileSync(
  script,
  `
const send = (m) => process.stdout.write(JSON.stringify(m) + "\\n");
const line = "warning: worker pool is saturated, retrying " + "x".repeat(4000) + "\\n";
// As fast as the daemon reads it.
function flood() { while (process.stderr.write(line)) {} process.stderr.once("drain", flood); }
require("node:readline").createInterface({ input: process.stdin }).on("line", (text) => {
  let m;
  try { m = JSON.parse(text); } catch { return; }
  if (!("id" in m) || typeof m.method !== "string") return;
  if (m.method === "initialize")
    return send({ jsonrpc: "2.0", id: m.id, result: { protocolVersion: "2025-06-18",
      capabilities: { tools: {} }, serverInfo: { name: "noisy", version: "1" } } });
  if (m.method === "tools/list")
    return send({ jsonrpc: "2.0", id: m.id, result: { tools: [
      { name: "work", description: "Does some work.", inputSchema: { type: "object" } } ] } });
  if (m.method === "tools/call") {
    send({ jsonrpc: "2.0", id: m.id, result: { content: [{ type: "text", text: "started" }] } });
    return flood();
  }
  send({ jsonrpc: "2.0", id: m.id, result: {} });
});
`,
);
const home = makeGuardedHome(nodeServerYaml("noisy", [script]));
afterAll(async () => {
  await home.cleanup();
  await scratch.cleanup();
});

/** Bytes of the daemon's log files in the home (daemon.log and any rotated ones). */
function logBytes(): number {
  return readdirSync(home.home)
    .filter((f) => f.startsWith("daemon.log"))
    .reduce((sum, f) => sum + statSync(join(home.home, f)).size, 0);
}

const MB = 1024 * 1024;

describe("a server that floods its stderr", () => {
  it("costs the home a bounded amount of log", async () => {
    const bridge = new RawBridge(home, "noisy");
    await bridge.initialize();
    const before = logBytes();
    bridge.send({ jsonrpc: "2.0", id: 2, method: "tools/call", params: { name: "work", arguments: {} } });
    expect(await bridge.answerTo(2)).toMatchObject({ id: 2, result: {} });
    await new Promise((r) => setTimeout(r, 15_000));
    const grown = logBytes() - before;
    bridge.close();
    await bridge.exited;
    // Bounded means bounded: the flood read here was gigabytes, and the log grows by its first lines only.
    expect(grown / MB, "MB of log written in 15 s").toBeLessThan(1);
    // What was not logged is said, not dropped silently; the flood's first lines are logged.
    const log = readFileSync(join(home.home, "daemon.log"), "utf8");
    expect(log).toMatch(/"skipped_lines":[1-9]\d*/);
    expect(log).toContain("warning: worker pool is saturated");
  });
});
