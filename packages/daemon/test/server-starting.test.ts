// A session's server is "starting" from its launch until it says its first word (its answer to
// initialize): the daemon bounds how many launches of one server may be starting at once, which is what
// stops a server entry that loops back into its own daemon through a relay no sign shows (own-server.ts).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { configSchema } from "@mcp-guard/config";
import { DurableBatchRepository, openDatabase } from "@mcp-guard/store";
import { afterAll, describe, expect, it } from "vitest";
import { AuditJournal } from "../src/audit-journal.js";
import { AuditWriter } from "../src/audit-writer.js";
import { MemoryEndpoint } from "../src/session.js";
import { SessionRegistry } from "../src/session-registry.js";
import { memorySession, silent } from "./memory-session.js";

const dir = mkdtempSync(join(tmpdir(), "mcpg-starting-"));
const db = openDatabase(join(dir, "a.db"));
const audit = new AuditWriter(new DurableBatchRepository(db), new AuditJournal(join(dir, "j")), silent);
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

/** An upstream in memory that passes for a launched process. */
function launched(): MemoryEndpoint {
  const upstream = new MemoryEndpoint();
  Object.defineProperty(upstream, "pid", { value: 4242 });
  return upstream;
}

const entry = configSchema.parse({ servers: { srv: { command: "node" } } }).servers.srv!;
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
const initialize = { jsonrpc: "2.0", id: 1, method: "initialize", params: {} };

describe("a session's server still starting", () => {
  it("is one launched that has not yet said a word, counted per server", async () => {
    const upstream = launched();
    const { session, client } = memorySession(audit, { createUpstream: () => upstream });
    const registry = new SessionRegistry();
    registry.add(session, registry.stateOf("srv"), entry);
    expect(session.serverStarting, "not launched before the first message").toBe(false);
    client.deliver(initialize);
    await settle();
    expect(session.serverStarting).toBe(true);
    expect(registry.startingLaunches("srv")).toBe(1);
    expect(registry.startingLaunches("other")).toBe(0);
    upstream.deliver({ jsonrpc: "2.0", id: 1, result: {} });
    await settle();
    expect(session.serverStarting).toBe(false);
    expect(registry.startingLaunches("srv")).toBe(0);
  });

  it("is never a remote server, which no entry launches", async () => {
    const { session, client } = memorySession(audit);
    client.deliver(initialize);
    await settle();
    expect(session.serverStarting).toBe(false);
  });
});
