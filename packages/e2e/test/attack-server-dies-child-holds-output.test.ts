// Round 37 (atk37a): a stdio server that dies during a call ends its session and the call is answered
// upstream_unavailable at once (README), the daemon learning it from 'close' or, since round 36, from the end
// of the server's output. A server that started a helper in a session of its own (setsid, the way a server
// daemonises a cache, an ssh ControlMaster or a language server) and let it inherit its stdout leaves that
// pipe open after it exits: the daemon's SIGKILL of the server's process group 500 ms after the exit does not
// reach the helper, the output never ends and 'close' never comes, so the call waits as long as the helper
// lives. Real bridge: the call should be answered upstream_unavailable within seconds of the server's exit.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeGuardedHome, nodeServerYaml, RawBridge } from "../src/index.js";

const scratch = makeGuardedHome();
const helperPid = join(scratch.dir, "helper.pid");
const script = join(scratch.dir, "dying-server.cjs");
writeFileSync(
  script,
  `
const { spawn } = require("node:child_process");
const send = (m) => process.stdout.write(JSON.stringify(m) + "\\n");
const lines = require("node:readline").createInterface({ input: process.stdin });
lines.on("line", (line) => {
  let m;
  try { m = JSON.parse(line); } catch { return; }
  if (!("id" in m) || typeof m.method !== "string") return;
  if (m.method === "initialize")
    return send({ jsonrpc: "2.0", id: m.id, result: { protocolVersion: "2025-06-18",
      capabilities: { tools: {} }, serverInfo: { name: "dying", version: "1" } } });
  if (m.method === "tools/list")
    return send({ jsonrpc: "2.0", id: m.id, result: { tools: [
      { name: "die", description: "Starts a helper, then dies.", inputSchema: { type: "object" } } ] } });
  if (m.method === "tools/call") {
    // A helper in a session (and process group) of its own, holding the server's stdout (setsid execs
    // sleep under its own pid: it is not a group leader here).
    const helper = spawn("setsid", ["sleep", "90"], { stdio: ["ignore", "inherit", "ignore"] });
    require("node:fs").writeFileSync(${JSON.stringify(helperPid)}, String(helper.pid));
    helper.unref();
    setTimeout(() => process.exit(3), 200);
  }
});
`,
);
const home = makeGuardedHome(nodeServerYaml("dying", [script]));
afterAll(async () => {
  try {
    process.kill(Number(readFileSync(helperPid, "utf8")), "SIGKILL");
  } catch {
    // already gone
  }
  await home.cleanup();
  await scratch.cleanup();
});

describe("a server that dies while a helper it started holds its output", () => {
  it("the call in flight is answered upstream_unavailable", async () => {
    const bridge = new RawBridge(home, "dying");
    await bridge.initialize();
    bridge.send({ jsonrpc: "2.0", id: 2, method: "tools/call", params: { name: "die", arguments: {} } });
    let answer: Record<string, unknown> | string;
    try {
      answer = await bridge.answerTo(2, 5_000);
    } catch (err) {
      answer = `no answer: ${(err as Error).message}`;
    }
    bridge.close();
    await bridge.exited;
    expect(answer).toMatchObject({ id: 2, error: { data: { reason: "upstream_unavailable" } } });
  });
});
