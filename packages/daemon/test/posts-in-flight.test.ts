// An HTTP upstream's notifications and responses in flight are bounded (each is a POST holding a connection
// of the daemon until the server answers it): past the bound the next waits, in order, and the upstream
// reports back-pressure so that the session stops reading its client.
import type { Transport } from "@modelcontextprotocol/sdk/shared/transport.js";
import type { JSONRPCMessage } from "@modelcontextprotocol/sdk/types.js";
import { describe, expect, it } from "vitest";
import { TransportUpstream } from "../src/upstream/transport-upstream.js";

/** A server that takes each POST and answers it only when the test says so. */
class HoldingTransport implements Transport {
  readonly sent: JSONRPCMessage[] = [];
  private readonly answers: (() => void)[] = [];

  start(): Promise<void> {
    return Promise.resolve();
  }

  send(message: JSONRPCMessage): Promise<void> {
    this.sent.push(message);
    return new Promise<void>((resolve) => this.answers.push(resolve));
  }

  close(): Promise<void> {
    return Promise.resolve();
  }

  /** Answers the `count` oldest POSTs still unanswered. */
  async answer(count: number): Promise<void> {
    for (const answer of this.answers.splice(0, count)) answer();
    await new Promise((resolve) => setImmediate(resolve));
  }
}

async function holding() {
  const server = new HoldingTransport();
  const upstream = new TransportUpstream(server);
  const backPressure: boolean[] = [];
  upstream.onbackpressure = (backedUp) => void backPressure.push(backedUp);
  await upstream.start();
  return { server, upstream, backPressure };
}

const settled = () => new Promise((resolve) => setImmediate(resolve));
const notification = (n: number) => ({ jsonrpc: "2.0", method: "notifications/progress", params: { n } });
const sentN = (server: HoldingTransport) =>
  server.sent.map((m) => ("params" in m ? (m.params as { n?: number }).n : undefined));

describe("an HTTP upstream's POSTs in flight", () => {
  it("holds notifications past 64 in flight, in order, with back-pressure until half have been answered", async () => {
    const { server, upstream, backPressure } = await holding();
    for (let n = 1; n <= 70; n++) void upstream.send(notification(n));
    await settled();
    expect(server.sent).toHaveLength(64);
    expect(backPressure).toEqual([true]);
    await server.answer(10);
    expect(sentN(server)).toEqual(Array.from({ length: 70 }, (_, i) => i + 1));
    await server.answer(27); // 33 in flight: more than half
    expect(backPressure).toEqual([true]);
    await server.answer(1);
    expect(backPressure).toEqual([true, false]);
  });

  it("counts no request, but sends none before the notifications that wait ahead of it", async () => {
    const { server, upstream } = await holding();
    for (let n = 1; n <= 65; n++) void upstream.send(notification(n));
    void upstream.send({ jsonrpc: "2.0", id: 7, method: "ping" });
    await settled();
    expect(server.sent).toHaveLength(64);
    await server.answer(1);
    expect(server.sent.slice(64)).toEqual([notification(65), { jsonrpc: "2.0", id: 7, method: "ping" }]);
    for (let id = 8; id < 108; id++) void upstream.send({ jsonrpc: "2.0", id, method: "ping" });
    await settled();
    expect(server.sent).toHaveLength(166); // 64 notifications held, and every request sent regardless
  });

  it("frees a place when a POST fails", async () => {
    const server = new HoldingTransport();
    let fail = true;
    const send = server.send.bind(server);
    server.send = (m) => (fail ? Promise.reject(new Error("refused")) : send(m));
    const upstream = new TransportUpstream(server);
    await upstream.start();
    const failed = Array.from({ length: 64 }, (_, n) => upstream.send(notification(n)));
    await Promise.allSettled(failed);
    fail = false;
    void upstream.send(notification(64));
    await settled();
    expect(server.sent).toHaveLength(1);
  });
});
