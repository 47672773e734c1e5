// The pure parts of the HTTP endpoint: Host/Origin checks (DNS rebinding) and the bounded event store
// (count and bytes per stream and per session, age).
import { describe, expect, it } from "vitest";
import { BoundedEventStore } from "../src/http/event-store.js";
import { hostOrOriginRefusal } from "../src/http/listener-guard.js";

const config = {
  allowed_hosts: ["localhost", "127.0.0.1", "[::1]"],
  allowed_origins: ["https://app.example"],
};

describe("hostOrOriginRefusal", () => {
  it.each([
    [{ host: "127.0.0.1:9780" }, true],
    [{ host: "localhost" }, true],
    [{ host: "[::1]:9780" }, true],
    [{ host: "LOCALHOST:1" }, true],
    [{ host: "attacker.example:9780" }, false],
    [{ host: "127.0.0.1.attacker.example" }, false],
    [{}, false],
    [{ host: "127.0.0.1:9780", origin: "http://localhost:9780" }, true],
    [{ host: "127.0.0.1:9780", origin: "http://[::1]:9780" }, true],
    [{ host: "127.0.0.1:9780", origin: "https://app.example" }, true],
    [{ host: "127.0.0.1:9780", origin: "https://attacker.example" }, false],
    [{ host: "127.0.0.1:9780", origin: "null" }, false],
    // An allowed host name on another port is another program's page (a local dev server, say).
    [{ host: "127.0.0.1:9780", origin: "http://localhost:5173" }, false],
    [{ host: "127.0.0.1:9780", origin: "http://127.0.0.1" }, false],
    // The listener serves plain HTTP: an https page of an allowed host is not its origin.
    [{ host: "127.0.0.1:9780", origin: "https://localhost:9780" }, false],
  ])("%j on http port 9780 allowed: %s", (headers, allowed) => {
    expect(hostOrOriginRefusal(headers, config, { scheme: "http:", port: 9780 }) === undefined).toBe(allowed);
  });

  it.each([
    ["https://localhost:9780", true],
    ["https://localhost", false],
    // A plain-HTTP page beside an HTTPS listener, same host and port: anyone on the path can write it.
    ["http://localhost:9780", false],
    ["http://127.0.0.1:9780", false],
  ])("Origin %s on an https listener on port 9780 allowed: %s", (origin, allowed) => {
    const headers = { host: "localhost:9780", origin };
    expect(hostOrOriginRefusal(headers, config, { scheme: "https:", port: 9780 }) === undefined).toBe(
      allowed,
    );
  });

  it("takes a default port from the scheme, and an origin on another port only from allowed_origins", () => {
    const headers = { host: "localhost", origin: "https://localhost" };
    expect(hostOrOriginRefusal(headers, config, { scheme: "https:", port: 443 })).toBeUndefined();
    const dev = { host: "localhost:9780", origin: "http://localhost:5173" };
    const withDev = { ...config, allowed_origins: ["http://localhost:5173"] };
    expect(hostOrOriginRefusal(dev, withDev, { scheme: "http:", port: 9780 })).toBeUndefined();
  });
});

describe("BoundedEventStore", () => {
  const message = (n: number, pad = "") => ({
    jsonrpc: "2.0" as const,
    method: "notifications/message",
    params: { n, pad },
  });
  const roomy = {
    sessionEvents: 100,
    sessionBytes: 1 << 20,
    streamEvents: 100,
    streamBytes: 1 << 20,
    maxAgeMs: 60_000,
  };
  const replay = async (store: BoundedEventStore, after: string) => {
    const replayed: unknown[] = [];
    const stream = await store.replayEventsAfter(after, { send: async (_id, m) => void replayed.push(m) });
    return { stream, replayed };
  };

  it("replays what came after an event on the same stream only", async () => {
    const store = new BoundedEventStore(roomy);
    const first = await store.storeEvent("a", message(1));
    await store.storeEvent("b", message(2));
    await store.storeEvent("a", message(3));
    expect(await replay(store, first)).toEqual({ stream: "a", replayed: [message(3)] });
  });

  it("keeps at most its count per session, oldest out first", async () => {
    const store = new BoundedEventStore({ ...roomy, sessionEvents: 3 });
    const ids = [];
    for (let i = 0; i < 5; i++) ids.push(await store.storeEvent(i % 2 ? "a" : "b", message(i)));
    expect(store.size).toBe(3);
    expect(await store.getStreamIdForEventId(ids[0]!)).toBeUndefined();
    expect(await store.getStreamIdForEventId(ids[4]!)).toBe("b");
  });

  it("keeps at most its count and bytes per stream, without evicting other streams", async () => {
    const store = new BoundedEventStore({ ...roomy, streamEvents: 2, streamBytes: 1000 });
    const other = await store.storeEvent("b", message(0));
    const ids = [];
    for (let i = 1; i <= 4; i++) ids.push(await store.storeEvent("a", message(i)));
    expect(await replay(store, ids[2]!)).toEqual({ stream: "a", replayed: [message(4)] });
    expect(await store.getStreamIdForEventId(ids[1]!)).toBeUndefined();
    expect(await store.getStreamIdForEventId(other)).toBe("b");
    // 600-byte events: only one fits in 1000 bytes.
    await store.storeEvent("c", message(5, "x".repeat(600)));
    const big = await store.storeEvent("c", message(6, "x".repeat(600)));
    expect(await replay(store, big)).toEqual({ stream: "c", replayed: [] });
    expect(store.heldBytes).toBeLessThan(1000 + 2 * 60);
  });

  it("keeps at most its bytes per session, and always the newest event however large", async () => {
    const store = new BoundedEventStore({ ...roomy, sessionBytes: 2000 });
    for (let i = 0; i < 10; i++) await store.storeEvent(`s${i}`, message(i, "x".repeat(500)));
    expect(store.heldBytes).toBeLessThanOrEqual(2000);
    const huge = await store.storeEvent("z", message(99, "x".repeat(5000)));
    expect(store.size).toBe(1);
    expect(await store.getStreamIdForEventId(huge)).toBe("z");
  });

  it("drops events older than its age limit", async () => {
    let now = 0;
    const store = new BoundedEventStore({ ...roomy, maxAgeMs: 1000 }, undefined, () => now);
    const old = await store.storeEvent("a", message(1));
    now = 600;
    const recent = await store.storeEvent("a", message(2));
    now = 1200;
    store.expire();
    expect(await store.getStreamIdForEventId(old)).toBeUndefined();
    expect(await store.getStreamIdForEventId(recent)).toBe("a");
    now = 5000;
    expect(await replay(store, recent)).toEqual({ stream: "", replayed: [] });
    expect(store.size).toBe(0);
    expect(store.heldBytes).toBe(0);
  });
});
