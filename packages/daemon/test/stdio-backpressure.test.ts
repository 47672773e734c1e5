// A stdio server that does not read its input (hung, or hostile): the daemon's writes to it would pile up in
// memory. The upstream reports back-pressure once more than its input buffer waits, and again when the server
// has read it all, so the session stops reading the client in between (router: the valve's "peer_backed_up");
// a server that leaves it unread too long is ended as stalled.
import { describe, expect, it } from "vitest";
import { StdioUpstream } from "../src/upstream/stdio-upstream.js";
import { silent } from "./memory-session.js";

const ping = (id: number) => ({ jsonrpc: "2.0", id, method: "ping", params: { pad: "x".repeat(8192) } });

describe("a stdio server that does not read its input", () => {
  it("reports back-pressure once its input buffer is full, and its end once the server reads", async () => {
    // Sleeps a second without reading stdin, then reads all of it.
    const script = "setTimeout(() => process.stdin.resume(), 1000)";
    const upstream = new StdioUpstream({
      command: process.execPath,
      args: ["-e", script],
      env: { PATH: process.env.PATH ?? "" },
      maxMessageBytes: 1 << 20,
      logger: silent,
      inputBufferBytes: 64 * 1024,
    });
    const reports: boolean[] = [];
    upstream.onbackpressure = (backedUp) => reports.push(backedUp);
    await upstream.start();
    try {
      // 64 KB pipe buffer, 16 KB of node's own high-water mark: well past both, written a batch a turn.
      for (let i = 0; i < 40 && reports.length === 0; i++) {
        upstream.send(ping(i));
        await new Promise((resolve) => setImmediate(resolve));
      }
      expect(reports).toEqual([true]);
      const deadline = Date.now() + 5000;
      while (reports.length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      expect(reports).toEqual([true, false]);
    } finally {
      await upstream.close();
    }
  });

  it("is ended as stalled when it leaves its input unread too long", async () => {
    const upstream = new StdioUpstream({
      command: process.execPath,
      args: ["-e", "setInterval(() => {}, 1000)"],
      env: { PATH: process.env.PATH ?? "" },
      maxMessageBytes: 1 << 20,
      logger: silent,
      inputBufferBytes: 64 * 1024,
      stalledInputMs: 300,
    });
    const ended: string[] = [];
    upstream.onclose = (end) => ended.push(end.reason);
    await upstream.start();
    try {
      for (let i = 0; i < 40; i++) upstream.send(ping(i));
      await new Promise((resolve) => setImmediate(resolve));
      const deadline = Date.now() + 5000;
      while (ended.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      expect(ended).toHaveLength(1);
      expect(ended[0]).toMatch(/^the server stopped reading its input \([0-9]+ bytes unread for 0\.3 s\)$/);
    } finally {
      await upstream.close();
    }
  });
});
