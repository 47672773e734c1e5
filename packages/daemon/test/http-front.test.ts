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
    [{ host: "127.0.0.1:9780", origin: "http://localhost:5173" }, true],
    [{ host: "127.0.0.1:9780", origin: "https://app.example" }, true],
    [{ host: "127.0.0.1:9780", origin: "https://attacker.example" }, false],
    [{ host: "127.0.0.1:9780", origin: "null" }, false],
  ])("%j allowed: %s", (headers, allowed) => {
    expect(hostOrOriginRefusal(headers, config) === undefined).toBe(allowed);
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
