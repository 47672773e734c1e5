// Request bodies within their bounds: each body's size, the bytes of all bodies in progress per owner and in
// all, and a body that stops arriving.
import { createServer, type Server } from "node:http";
import { connect, type AddressInfo, type Socket } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { BodyBudget } from "../src/http/body-budget.js";
import { readBody, type BodyOutcome } from "../src/http/request-body.js";

const servers: Server[] = [];
const sockets: Socket[] = [];
afterEach(async () => {
  for (const s of sockets.splice(0)) s.destroy();
  for (const server of servers.splice(0)) await new Promise((r) => server.close(r));
});

/** A server that reads each body for `owner` from the x-owner header and reports each outcome. */
async function serve(budget: BodyBudget, maxBytes: number, stallMs: number) {
  const outcomes: BodyOutcome[] = [];
  const server = createServer((req, res) => {
    const claim = budget.claim(String(req.headers["x-owner"]));
    void readBody(req, { maxBytes, claim, stallMs }).then(
      (outcome) => {
        outcomes.push(outcome);
        res.writeHead("text" in outcome ? 200 : 503).end();
      },
      () => undefined,
    );
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return { port: (server.address() as AddressInfo).port, outcomes };
}

/** Sends the headers and `sent` bytes of a body of `length`; the rest is never sent. */
function partial(port: number, owner: string, length: number, sent: number): Promise<Socket> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1", () => {
      socket.write(`POST / HTTP/1.1\r\nHost: x\r\nX-Owner: ${owner}\r\nContent-Length: ${length}\r\n\r\n`);
      socket.write(Buffer.alloc(sent, 0x20), () => resolve(socket));
    });
    socket.on("error", () => undefined);
    sockets.push(socket);
  });
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 20));
};

describe("request bodies in progress", () => {
  it("are bounded per owner and in all; a body that ends gives its share back", async () => {
    const budget = new BodyBudget(() => ({ perIdentity: 3000, total: 5000 }));
    const { port, outcomes } = await serve(budget, 2000, 10_000);
    await partial(port, "alice", 2000, 10); // holds 2000 of alice's 3000 at once (its declared length)
    await partial(port, "alice", 2000, 10);
    await until(() => outcomes.length === 1);
    expect(outcomes).toEqual([{ refused: "over_budget" }]);
    // Hard negative: bob is not refused for alice's bytes, up to the endpoint's total.
    const bob = await partial(port, "bob", 2000, 10);
    await partial(port, "carol", 2000, 10);
    await until(() => outcomes.length === 2);
    expect(outcomes[1]).toEqual({ refused: "over_budget" });
    bob.write(Buffer.alloc(1990, 0x20));
    await until(() => outcomes.length === 3);
    expect(outcomes[2]).toEqual({ text: " ".repeat(2000) });
    await partial(port, "dave", 2000, 2000);
    await until(() => outcomes.length === 4);
    expect(outcomes[3]).toMatchObject({ text: expect.any(String) });
  });

  it("refuses a body over max_body_bytes without holding it", async () => {
    const budget = new BodyBudget(() => ({ perIdentity: 3000, total: 5000 }));
    const { port, outcomes } = await serve(budget, 1000, 10_000);
    await partial(port, "alice", 1500, 1500);
    await until(() => outcomes.length === 1);
    expect(outcomes).toEqual([{ refused: "too_large" }]);
    await partial(port, "alice", 1000, 1000);
    await until(() => outcomes.length === 2);
    expect(outcomes[1]).toMatchObject({ text: expect.any(String) });
  });

  it("cuts off a body that stops arriving, and gives its share back", async () => {
    const budget = new BodyBudget(() => ({ perIdentity: 3000, total: 5000 }));
    const { port, outcomes } = await serve(budget, 3000, 200);
    await partial(port, "alice", 3000, 10);
    await until(() => outcomes.length === 1);
    expect(outcomes).toEqual([{ refused: "stalled" }]);
    await partial(port, "alice", 3000, 3000);
    await until(() => outcomes.length === 2);
    expect(outcomes[1]).toMatchObject({ text: expect.any(String) });
    // A refused body that stalls is cut off too: its connection does not wait for Node's requestTimeout.
    const refused = await partial(port, "alice", 5000, 10);
    const refusedClosed = new Promise((r) => refused.once("close", r).resume());
    await Promise.race([
      refusedClosed,
      new Promise((_, no) => setTimeout(() => no(new Error("kept open")), 3000)),
    ]);
  });
});
