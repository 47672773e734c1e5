// Waiting for a starting daemon's socket (socket-appears.ts): the wait ends when the socket is made, not at
// the next periodic look. Each wait here looks only every ten minutes, so only the event (or wake) can end
// it within the test's time.
import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { watchForSocket } from "../src/socket-appears.js";

const NEVER_MS = 600_000;
const servers: Server[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.close();
});

function listen(path: string): Promise<void> {
  const server = createServer();
  servers.push(server);
  return new Promise((resolve) => server.listen(path, resolve));
}

describe("waiting for a daemon's socket", () => {
  it("ends when the socket is made in its directory", async () => {
    const socket = join(mkdtempSync(join(tmpdir(), "mcpg-appears-")), "daemon.sock");
    const appearing = watchForSocket(socket);
    try {
      const woken = appearing.next(NEVER_MS);
      // Another file in the same directory (the daemon's log, its database) is not the socket.
      writeFileSync(join(socket, "..", "daemon.log"), "x");
      await listen(socket);
      await woken;
    } finally {
      appearing.close();
    }
  });

  it("keeps an appearance that came between two waits", async () => {
    const socket = join(mkdtempSync(join(tmpdir(), "mcpg-appears-")), "daemon.sock");
    const appearing = watchForSocket(socket);
    try {
      await listen(socket);
      // The bridge is busy probing while the event comes; its next wait must not sleep through it.
      await new Promise((r) => setTimeout(r, 100));
      await appearing.next(NEVER_MS);
    } finally {
      appearing.close();
    }
  });

  it("ends at wake(), as when the daemon being started gave up", async () => {
    const socket = join(mkdtempSync(join(tmpdir(), "mcpg-appears-")), "daemon.sock");
    const appearing = watchForSocket(socket);
    try {
      const woken = appearing.next(NEVER_MS);
      appearing.wake();
      await woken;
    } finally {
      appearing.close();
    }
  });

  it("still looks periodically where the directory cannot be watched", async () => {
    const appearing = watchForSocket(join(tmpdir(), "mcpg-no-such-directory", "x", "daemon.sock"));
    try {
      await expect(appearing.next(10)).resolves.toBeUndefined();
    } finally {
      appearing.close();
    }
  });
});
