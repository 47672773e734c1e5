// daemon.http follows hot reload, as the rest of the config does: a changed Host allow-list applies to the
// next request, a new port moves the listener (the old one is closed), a port that cannot be had is reported
// in status and in the log (the endpoint then listens nowhere rather than on the old settings), removing the
// section closes the endpoint and its sessions, and adding it back opens it.
import { readFileSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  freePort,
  INITIALIZE,
  makeGuardedHome,
  MCP_HEADERS,
  rawRequest,
  serveHttp,
  type GuardedHome,
  type Served,
} from "../src/index.js";

interface Status {
  config_loaded_at: string;
  config_error: string | null;
  http: { url: string | null; error: string | null };
  sessions: Array<{ client_io: string }>;
}

let home: GuardedHome;
let served: Served;
let original: string;
const HTTP = ["  http:", "    port: 0", "    allow_anonymous: true"];

async function status(): Promise<Status> {
  return (await home.status()) as Status;
}

/** Rewrites daemon.http (undefined: removes it) and waits until the daemon has reloaded. */
async function editHttp(lines: string[] | undefined): Promise<Status> {
  const before = await status();
  writeFileSync(home.configPath, original.replace(HTTP.join("\n"), (lines ?? []).join("\n")));
  for (let i = 0; i < 100; i++) {
    await new Promise((r) => setTimeout(r, 100));
    const now = await status();
    if (now.config_loaded_at !== before.config_loaded_at || now.config_error !== before.config_error)
      return now;
  }
  throw new Error("the daemon did not react to the edit");
}

const initialize = (base: string, host?: string) =>
  rawRequest(`${base}/everything`, {
    method: "POST",
    headers: { ...MCP_HEADERS, ...(host ? { host } : {}) },
    body: INITIALIZE,
  });

beforeAll(async () => {
  home = makeGuardedHome("", HTTP.join("\n"));
  original = readFileSync(home.configPath, "utf8");
  served = await serveHttp(home);
});
afterAll(async () => {
  await served.stop();
  await home.cleanup();
});

describe("daemon.http on config reload", () => {
  it("applies a new Host allow-list to the next request, on the same listener", async () => {
    const url = served.url;
    const port = new URL(url).port;
    expect((await initialize(url, `guard.internal:${port}`)).status).toBe(403);
    const after = await editHttp([...HTTP, "    allowed_hosts: [127.0.0.1, guard.internal]"]);
    expect(after.http).toEqual({ url, error: null });
    expect((await initialize(url, `guard.internal:${port}`)).status).toBe(200);
    expect((await initialize(url, `localhost:${port}`)).status).toBe(403);
  });

  it("moves the listener to a new port, closing the old one; open sessions stay", async () => {
    const oldUrl = (await status()).http.url!;
    const opened = await initialize(oldUrl);
    const sessionId = String(opened.headers["mcp-session-id"]);
    const port = await freePort();
    const after = await editHttp([...HTTP.slice(0, 1), `    port: ${port}`, ...HTTP.slice(2)]);
    const newUrl = `http://127.0.0.1:${port}/mcp`;
    expect(after.http).toEqual({ url: newUrl, error: null });
    await expect(initialize(oldUrl)).rejects.toThrow(/ECONNREFUSED/);
    expect((await initialize(newUrl)).status).toBe(200);
    // The session opened on the old port answers on the new one.
    const ping = await rawRequest(`${newUrl}/everything`, {
      method: "POST",
      headers: { ...MCP_HEADERS, "mcp-session-id": sessionId, "mcp-protocol-version": "2025-06-18" },
      body: JSON.stringify({ jsonrpc: "2.0", id: 2, method: "ping" }),
    });
    expect(ping.status).toBe(200);
    expect(ping.body).toContain('"id":2');
  });

  it("reports a port it cannot listen on in status and the log, and listens again once fixed", async () => {
    const taken: Server = createServer();
    await new Promise<void>((r) => taken.listen(0, "127.0.0.1", r));
    const port = (taken.address() as { port: number }).port;
    try {
      const after = await editHttp([...HTTP.slice(0, 1), `    port: ${port}`, ...HTTP.slice(2)]);
      expect(after.config_error).toBeNull();
      expect(after.http.url).toBeNull();
      expect(after.http.error).toMatch(/EADDRINUSE/);
      expect((await home.cli(["status"])).stdout).toMatch(/http: .*not listening.*EADDRINUSE/);
      const log = readFileSync(join(home.home, "daemon.log"), "utf8");
      expect(log).toMatch(/the HTTP endpoint is not listening.*EADDRINUSE/);
    } finally {
      await new Promise((r) => taken.close(r));
    }
    const fixed = await editHttp(HTTP);
    expect(fixed.http.error).toBeNull();
    expect((await initialize(fixed.http.url!)).status).toBe(200);
  });

  it("closes the endpoint and its sessions when daemon.http is removed, and opens it when added back", async () => {
    const url = (await status()).http.url!;
    expect((await initialize(url)).status).toBe(200);
    expect((await status()).sessions.some((s) => s.client_io === "http")).toBe(true);
    const removed = await editHttp(undefined);
    expect(removed.http).toEqual({ url: null, error: null });
    await expect(initialize(url)).rejects.toThrow(/ECONNREFUSED/);
    for (let i = 0; i < 50 && (await status()).sessions.some((s) => s.client_io === "http"); i++)
      await new Promise((r) => setTimeout(r, 100));
    expect((await status()).sessions.some((s) => s.client_io === "http")).toBe(false);
    const added = await editHttp(HTTP);
    expect(added.http.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/mcp$/);
    expect((await initialize(added.http.url!)).status).toBe(200);
  });
});
