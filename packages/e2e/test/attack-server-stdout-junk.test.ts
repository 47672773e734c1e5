// A server that writes lines that are not JSON-RPC to its stdout (a chatty library printing "x" or progress dots,
// or a hostile server). Each such line, two bytes from the server, becomes a 230-byte warning in daemon.log
// ("dropped a server message"), without any bound: 50,000 lines of junk grow the log by about 11 MB, and a
// server that keeps writing grew it to 340 MB in three minutes. Round 36 bounded what a server's *stderr* may
// cost the log (100 lines per 10 s, the rest counted); its stdout is the same door. And while such a server
// floods, `mcp-guard stop` does not stop the daemon (still running after 90 s; no "stopping" in its log).
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { probeDaemon, readDaemonLocation, resolveDaemonPaths } from "@mcp-guard/wire";
import { makeGuardedHome, RawBridge, type GuardedHome } from "../src/index.js";

/**
 * Answers initialize; on ping, writes JUNK_LINES junk lines, then the answer. With FLOOD set, writes junk for
 * ever from notifications/initialized on.
 */
const SERVER = `
import { createInterface } from "node:readline";
const answer = (id, result) => process.stdout.write(JSON.stringify({ jsonrpc: "2.0", id, result }) + "\\n");
createInterface({ input: process.stdin }).on("line", (line) => {
  const m = JSON.parse(line);
  if (m.method === "initialize")
    answer(m.id, { protocolVersion: "2025-06-18", capabilities: {}, serverInfo: { name: "junk", version: "1" } });
  else if (m.method === "ping") {
    process.stdout.write("x\\n".repeat(Number(process.env.JUNK_LINES)));
    answer(m.id, {});
  } else if (m.method === "notifications/initialized" && process.env.FLOOD) {
    const chunk = "x\\n".repeat(32768);
    const pump = () => { while (process.stdout.write(chunk)); process.stdout.once("drain", pump); };
    pump();
  }
});
`;
const JUNK_LINES = 50_000;

function junkHome(flood = false): GuardedHome {
  const home = makeGuardedHome();
  const script = join(home.dir, "junk-server.mjs");
  writeFileSync(script, SERVER);
  writeFileSync(
    home.configPath,
    readFile(home.configPath).replace(
      "daemon:",
      [
        "  junk:",
        `    command: ${JSON.stringify(process.execPath)}`,
        `    args: [${JSON.stringify(script)}]`,
        `    env: { JUNK_LINES: "${JUNK_LINES}"${flood ? ', FLOOD: "1"' : ""} }`,
        "daemon:",
      ].join("\n"),
    ),
  );
  return home;
}

const readFile = (path: string) => readFileSync(path, "utf8");
const size = (path: string) => {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
};

const homes: GuardedHome[] = [];
/** Daemons that may not stop when asked (the door): ended by their pid before their home is removed. */
const pids: number[] = [];
afterAll(async () => {
  for (const pid of pids)
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // already gone
    }
  for (const home of homes) await home.cleanup();
}, 180_000);

async function daemonPid(home: GuardedHome): Promise<number> {
  const paths = resolveDaemonPaths(readDaemonLocation(home.configPath), home.env);
  const probe = await probeDaemon(paths.socket);
  if (!probe) throw new Error("no daemon answers");
  return probe.pid;
}

describe("a server writing junk lines to its stdout", () => {
  it("costs daemon.log a bounded amount, as its stderr does", async () => {
    const home = junkHome();
    homes.push(home);
    const bridge = new RawBridge(home, "junk");
    await bridge.initialize();
    const log = join(home.home, "daemon.log");
    const before = size(log);
    bridge.send({ jsonrpc: "2.0", id: 2, method: "ping" });
    // The answer comes after the junk on the same pipe: once it is here, every junk line has been read.
    expect(await bridge.answerTo(2, 120_000)).toMatchObject({ id: 2, result: {} });
    const grown = size(log) - before;
    expect(grown, `daemon.log grew by ${grown} bytes for ${JUNK_LINES} junk lines`).toBeLessThan(1_000_000);
    bridge.close();
    await bridge.exited;
  }, 180_000);

  it("does not keep the daemon from stopping", async () => {
    const home = junkHome(true);
    homes.push(home);
    const bridge = new RawBridge(home, "junk");
    bridge.send({
      jsonrpc: "2.0",
      id: "init",
      method: "initialize",
      params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "raw", version: "1" } },
    });
    await bridge.answerTo("init", 30_000);
    // Its pid now: once the server floods, the daemon answers no probe.
    pids.push(await daemonPid(home));
    bridge.send({ jsonrpc: "2.0", method: "notifications/initialized" }); // sets the server off
    await new Promise((r) => setTimeout(r, 3000));
    const stop = await home.cli(["stop"], { timeoutMs: 60_000 }).catch((err: Error) => err.message);
    expect(stop).toMatchObject({ code: 0 });
    expect((await home.status()).running).toBe(false);
  }, 180_000);
});
