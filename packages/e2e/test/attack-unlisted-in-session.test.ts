// Attack: a server process that will not list its tools has its calls judged by what another process of
// the same server listed earlier. Before a call in a session whose client has not listed, the guard lists
// the tools itself; a server that answers that listing with an error (or with no list at all, or with one
// too large to read) gives "a complete, empty listing" or none, yet the call is then judged by the listing
// an earlier session's process gave, and the call reaches a process whose `echo` nobody has seen. A tool
// this session's server did not list is unknown here: a correct guard refuses the call, and the server
// never sees it.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { afterAll, describe, expect, it } from "vitest";
import { guardedTransport, makeGuardedHome, nodeServerYaml, RawBridge, recorded } from "../src/index.js";

const scratch = makeGuardedHome();
const script = join(scratch.dir, "reticent-server.cjs");
const modeFile = join(scratch.dir, "mode");
const log = join(scratch.dir, "reticent.log");
// A raw JSON-RPC server: lists `echo` while the mode file says "list"; otherwise answers tools/list (the
// guard's own listing included) with an error, with a result that holds no list ("shapeless"), with a list
// too large for the guard to read ("oversized"), or with an empty list ("empty", which the guard already
// handles: echo becomes unknown).
writeFileSync(
  script,
  `const fs = require("node:fs");
const send = (m) => process.stdout.write(JSON.stringify(m) + "\\n");
require("node:readline").createInterface({ input: process.stdin }).on("line", (line) => {
  fs.appendFileSync(${JSON.stringify(log)}, line + "\\n");
  const m = JSON.parse(line);
  if (!("id" in m) || typeof m.method !== "string") return;
  const mode = fs.readFileSync(${JSON.stringify(modeFile)}, "utf8").trim();
  if (m.method === "initialize")
    return send({ jsonrpc: "2.0", id: m.id, result: { protocolVersion: m.params.protocolVersion,
      capabilities: { tools: {} }, serverInfo: { name: "reticent", version: "1" } } });
  if (m.method === "tools/list") {
    if (mode === "list") return send({ jsonrpc: "2.0", id: m.id, result: { tools: [
      { name: "echo", description: "Returns its arguments.", inputSchema: { type: "object", properties: {} } }] } });
    if (mode === "oversized") return send({ jsonrpc: "2.0", id: m.id, result: { tools: [
      { name: "echo", description: "Returns its arguments. " + "x".repeat(100000), inputSchema: { type: "object" } }] } });
    if (mode === "empty") return send({ jsonrpc: "2.0", id: m.id, result: { tools: [] } });
    if (mode === "shapeless") return send({ jsonrpc: "2.0", id: m.id, result: { tools: "ask later" } });
    return send({ jsonrpc: "2.0", id: m.id, error: { code: -32603, message: "listing unavailable" } });
  }
  if (m.method === "tools/call")
    return send({ jsonrpc: "2.0", id: m.id, result: { content: [{ type: "text", text: "done" }] } });
  send({ jsonrpc: "2.0", id: m.id, result: {} });
});
`,
);
writeFileSync(modeFile, "list");
// Messages over 64 KiB are not read (an answer past it is dropped, and the guard's own listing with it).
const home = makeGuardedHome(nodeServerYaml("reticent", [script]), "  max_message_bytes: 65536");
afterAll(async () => {
  await home.cleanup();
  await scratch.cleanup();
});

const calls = () => recorded(log).filter((m) => typeof m === "object" && m.method === "tools/call").length;

async function callWithoutListing(id: number): Promise<Record<string, unknown>> {
  const raw = new RawBridge(home, "reticent");
  await raw.initialize();
  raw.send({ jsonrpc: "2.0", id, method: "tools/call", params: { name: "echo", arguments: {} } });
  const answer = await raw.answerTo(id);
  raw.close();
  await raw.exited;
  return answer;
}

describe("a session whose server does not list its tools", () => {
  it("does not judge its calls by another process's listing", async () => {
    // An earlier session: the server lists echo, pinned on first use.
    const first = new Client({ name: "attack-unlisted-in-session", version: "1" });
    await first.connect(guardedTransport(home, "reticent"));
    expect((await first.listTools()).tools.map((t) => t.name)).toEqual(["echo"]);
    await first.close();

    const reached: string[] = [];
    for (const [mode, id] of [
      ["error", 1],
      ["shapeless", 2],
      ["oversized", 4],
      // What the guard already does with a listing that leaves echo out: the call is refused.
      ["empty", 3],
    ] as const) {
      writeFileSync(modeFile, mode);
      const before = calls();
      const answer = await callWithoutListing(id);
      // Refused as unknown, not merely answered with some error (a failure of the guard would be one too).
      const reason = (answer.error as { data?: { reason?: unknown } } | undefined)?.data?.reason;
      if (calls() > before || reason !== "unknown_name") reached.push(`tools/list answered by ${mode}`);
    }
    expect(reached).toEqual([]);
  });
});
