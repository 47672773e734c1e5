import { describe, expect, it } from "vitest";
import type { RequestMessage } from "@mcp-guard/core";
import { Correlation } from "../src/session/correlation.js";

const request = (id: number) =>
  ({
    kind: "request",
    id,
    method: "tools/call",
    params: undefined,
    raw: { jsonrpc: "2.0", id, method: "tools/call" },
  }) satisfies RequestMessage;

describe("Correlation, cancelled requests", () => {
  it("keeps a cancelled id taken however many other requests are cancelled after it, until its late answer", () => {
    const pending = new Correlation();
    for (let id = 1; id <= 5_000; id++) {
      pending.toServer.set(id, { request: request(id), receivedAt: 0 });
      pending.cancel("to_server", id);
    }
    expect(pending.toServer.size).toBe(0);
    expect(pending.taken("to_server", 1)).toBe(true);
    expect(pending.wasCancelled("to_server", 1)).toBe(true);
    expect(pending.answeredLate("to_server", 1)).toBe(true);
    expect(pending.taken("to_server", 1)).toBe(false);
  });

  it("takes no id for a cancellation of a request it never saw", () => {
    const pending = new Correlation();
    pending.cancel("to_server", 7);
    expect(pending.taken("to_server", 7)).toBe(false);
  });

  it("refuses a cancellation past its bound, and needs none for a request it never saw", () => {
    const pending = new Correlation(2);
    for (const id of [1, 2, 3]) pending.toServer.set(id, { request: request(id), receivedAt: 0 });
    expect(pending.canCancel("to_server", 1)).toBe(true);
    pending.cancel("to_server", 1);
    pending.cancel("to_server", 2);
    expect(pending.canCancel("to_server", 3)).toBe(false);
    expect(pending.canCancel("to_server", 99)).toBe(true);
    expect(pending.canCancel("to_client", 3)).toBe(true);
    // A late answer frees a place.
    pending.answeredLate("to_server", 1);
    expect(pending.canCancel("to_server", 3)).toBe(true);
  });
});
