// The SDK-transport upstream checks the JSON-RPC envelope of what it sends instead of trusting a cast: a
// malformed message is refused (its send rejects) and never reaches the server.
import { InMemoryTransport } from "@modelcontextprotocol/sdk/inMemory.js";
import type { JSONRPCMessage } from "@modelcontextprotocol/sdk/types.js";
import { describe, expect, it } from "vitest";
import { TransportUpstream } from "../src/upstream/transport-upstream.js";

async function linked() {
  const [ours, theirs] = InMemoryTransport.createLinkedPair();
  const received: JSONRPCMessage[] = [];
  theirs.onmessage = (m) => void received.push(m);
  await theirs.start();
  const upstream = new TransportUpstream(ours);
  const inbound: { message: unknown; bytes: number }[] = [];
  upstream.onmessage = (message, bytes) => void inbound.push({ message, bytes });
  await upstream.start();
  return { upstream, theirs, received, inbound };
}

describe("TransportUpstream", () => {
  it("sends requests, notifications, results and errors, and hands inbound messages on", async () => {
    const { upstream, theirs, received, inbound } = await linked();
    const sent = [
      { jsonrpc: "2.0", id: 1, method: "ping" },
      { jsonrpc: "2.0", method: "notifications/initialized" },
      { jsonrpc: "2.0", id: "a", result: {} },
      { jsonrpc: "2.0", id: 2, error: { code: -32603, message: "m", data: { reason: "internal_error" } } },
    ];
    for (const m of sent) await upstream.send(m);
    expect(received).toEqual(sent);
    await theirs.send({ jsonrpc: "2.0", id: 1, result: {} });
    const answer = { jsonrpc: "2.0", id: 1, result: {} };
    expect(inbound).toEqual([{ message: answer, bytes: JSON.stringify(answer).length }]);
  });

  it.each([
    ["no version", { id: 1, method: "ping" }],
    ["another version", { jsonrpc: "1.0", id: 1, method: "ping" }],
    ["an id that is an object", { jsonrpc: "2.0", id: {}, method: "ping" }],
    ["neither method, result nor error", { jsonrpc: "2.0", id: 1 }],
    ["a result without an id", { jsonrpc: "2.0", result: {} }],
    ["an error without a code", { jsonrpc: "2.0", id: 1, error: { message: "m" } }],
  ])("refuses to send a message with %s", async (_, message) => {
    const { upstream, received } = await linked();
    await expect(upstream.send(message)).rejects.toThrow(/not JSON-RPC 2\.0/);
    expect(received).toEqual([]);
  });
});
