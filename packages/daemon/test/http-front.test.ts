// The pure parts of the HTTP endpoint: Host/Origin checks (DNS rebinding) and the bounded event store.
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
  const message = (n: number) => ({
    jsonrpc: "2.0" as const,
    method: "notifications/message",
    params: { n },
  });

  it("replays what came after an event on the same stream only", async () => {
    const store = new BoundedEventStore(10);
    const first = await store.storeEvent("a", message(1));
    await store.storeEvent("b", message(2));
    await store.storeEvent("a", message(3));
    const replayed: unknown[] = [];
    const stream = await store.replayEventsAfter(first, { send: async (_id, m) => void replayed.push(m) });
    expect(stream).toBe("a");
    expect(replayed).toEqual([message(3)]);
  });

  it("keeps at most its capacity, oldest out first", async () => {
    const store = new BoundedEventStore(3);
    const ids = [];
    for (let i = 0; i < 5; i++) ids.push(await store.storeEvent("a", message(i)));
    expect(store.size).toBe(3);
    expect(await store.getStreamIdForEventId(ids[0]!)).toBeUndefined();
    expect(await store.getStreamIdForEventId(ids[4]!)).toBe("a");
  });
});
