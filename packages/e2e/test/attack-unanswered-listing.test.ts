// Attack (round 36, found from outside): a server that does not answer the guard's own tools/list. Before it
// judges a call, the guard lists the server's tools itself (docs/tool-integrity.md); when the server does not
// answer that listing within 30 s, the call is refused with -32600 `unknown_name`, "Tool not listed by the
// server", and audited so. That is untrue: the server never said the tool was not there, it did not answer.
// The design's contract: internal and upstream failures are -32603, never blamed on the client; the client
// (an agent, which reads `unknown_name` as "wrong tool name, try another") and the audit are told a tool is
// missing when the server is stuck. What a user expects: a -32603 error that says the server did not answer
// its tool list, in the answer and in the audit. Proved through the real bridge with a server that answers
// everything but tools/list.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeGuardedHome, nodeServerYaml, RawBridge } from "../src/index.js";

const scratch = makeGuardedHome();
const script = join(scratch.dir, "unlisting-server.cjs");
writeFileSync(
  script,
  `
const send = (m) => process.stdout.write(JSON.stringify(m) + "\\n");
require("node:readline").createInterface({ input: process.stdin }).on("line", (line) => {
  let m;
  try { m = JSON.parse(line); } catch { return; }
  if (!("id" in m) || typeof m.method !== "string") return;
  if (m.method === "initialize")
    return send({ jsonrpc: "2.0", id: m.id, result: { protocolVersion: "2025-06-18",
      capabilities: { tools: {} }, serverInfo: { name: "unlisting", version: "1" } } });
  // Stuck on its tool list (a slow database behind it, a deadlock): never answered.
  if (m.method === "tools/list") return;
  if (m.method === "tools/call")
    return send({ jsonrpc: "2.0", id: m.id, result: { content: [{ type: "text", text: "done" }] } });
  send({ jsonrpc: "2.0", id: m.id, result: {} });
});
`,
);
// The guard's wait for its listing (daemon.server_answer_timeout, 30 s by default) cut short: what is proved is
// how a listing that never comes is reported, whatever the bound.
const home = makeGuardedHome(nodeServerYaml("unlisting", [script]), "  server_answer_timeout: 3");
afterAll(async () => {
  await home.cleanup();
  await scratch.cleanup();
});

describe("a server that never answers the guard's own tool listing", () => {
  it("is reported as a server failure (-32603), not as a tool the server did not list", async () => {
    const bridge = new RawBridge(home, "unlisting");
    await bridge.initialize();
    bridge.send({ jsonrpc: "2.0", id: 2, method: "tools/call", params: { name: "work", arguments: {} } });
    // The guard waits 3 s for its listing (this home's server_answer_timeout).
    const answer = await bridge.answerTo(2, 60_000);
    bridge.close();
    await bridge.exited;
    const error = answer.error as { code: number; message: string; data: { reason: string; detail: string } };
    expect(error).toBeDefined();
    expect(error.message).not.toMatch(/not listed/i);
    expect(error.data.reason).not.toBe("unknown_name");
    expect(error.code).toBe(-32603);
    // It says what went wrong: the server did not answer its tool list.
    expect(error.message).toMatch(/not answer/i);
    expect(error.message).toMatch(/tools\/list/);
    // After this home's bound, not the default's.
    expect(error.data.detail).toMatch(/within 3 s/);
    // The audit says the same.
    await new Promise((r) => setTimeout(r, 500));
    const rows = (
      await home.cli(["logs", "--json", "--server", "unlisting", "--method", "tools/call"])
    ).stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { reason: string | null });
    expect(rows.map((r) => r.reason)).not.toContain("unknown_name");
    expect(rows.map((r) => r.reason)).toContain(error.data.reason);
  });
});
