// The daemon's socket: listened on whole or not at all, and a listen that fails once bound leaves nothing
// behind (no server keeping a failed daemon's process alive, no socket file). attack-socket-path-length.test.ts
// shows both end to end.
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pino from "pino";
import { afterAll, describe, expect, it, vi } from "vitest";
import { listenOnSocket } from "../src/socket-server.js";

/** Whether the next chmodSync fails, as it did when Node had bound a path other than the one asked for. */
const chmod = vi.hoisted(() => ({ fail: false }));
vi.mock("node:fs", async (importOriginal) => {
  const fs = await importOriginal<typeof import("node:fs")>();
  return {
    ...fs,
    chmodSync: (...args: Parameters<typeof fs.chmodSync>) => {
      if (chmod.fail)
        throw Object.assign(new Error("EPERM: operation not permitted, chmod"), { code: "EPERM" });
      fs.chmodSync(...args);
    },
  };
});

const silent = pino({ level: "silent" });
const root = mkdtempSync(join(tmpdir(), "mcpg-listen-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function connects(path: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(path);
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

describe.skipIf(process.platform === "win32")("the daemon's socket", () => {
  it("refuses a path longer than a socket address holds, and binds nothing (Node would bind it cut short)", async () => {
    const dir = mkdtempSync(join(root, "long-"));
    const path = join(dir, "s".repeat(150 - dir.length - 1));
    await expect(listenOnSocket(path, (s) => s.end(), silent)).rejects.toThrow(
      /is 150 bytes long, but a Unix socket path holds at most \d+ bytes/,
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  it("closes what it bound and removes the socket when making it owner-only fails", async () => {
    const path = join(root, "daemon.sock");
    chmod.fail = true;
    try {
      await expect(listenOnSocket(path, (s) => s.end(), silent)).rejects.toThrow(/EPERM/);
    } finally {
      chmod.fail = false;
    }
    expect(existsSync(path)).toBe(false);
    expect(await connects(path)).toBe(false);
    // And the path is free for the next start.
    const server = await listenOnSocket(path, (s) => s.end(), silent);
    expect(await connects(path)).toBe(true);
    await new Promise((resolve) => server.close(resolve));
  });
});
