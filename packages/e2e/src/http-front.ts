// Helpers for tests of the daemon's Streamable HTTP endpoint: run `mcp-guard serve` and read its address.
import { spawn, type ChildProcess } from "node:child_process";
import { request } from "node:http";
import { createServer } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { CLI, makeGuardedHome, recorderServerYaml, type GuardedHome } from "./harness.js";

/** The flooding fixture server (see fixtures/flood-server.ts). */
export const FLOOD = fileURLToPath(new URL("../dist/fixtures/flood-server.js", import.meta.url));

export interface Served {
  /** The endpoint's base URL; sessions at <url>/<server>. */
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** A port nothing listens on a moment ago, for a config that must name its port before the daemon starts. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as { port: number };
  await new Promise((r) => server.close(r));
  return port;
}

/** Starts `mcp-guard serve` for the home and waits until it says where its HTTP endpoint listens. */
/** `nodeFlags`: V8 flags for the daemon process, e.g. those `start -d` and the bridge's auto-start use. */
export async function serveHttp(
  home: GuardedHome,
  nodeFlags: string[] = [],
  env: NodeJS.ProcessEnv = home.env,
): Promise<Served> {
  const child = spawn(process.execPath, [...nodeFlags, CLI, "serve"], {
    env,
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  const url = await new Promise<string>((resolve, reject) => {
    // A hang guard: a loaded CI machine has taken over 20 s to start `serve` (round 48).
    const timer = setTimeout(() => reject(new Error(`serve did not start: ${stderr}`)), 60_000);
    child.stderr!.setEncoding("utf8").on("data", (t: string) => {
      stderr += t;
      const match = /HTTP (\S+)\/<server>/.exec(stderr);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.on("exit", (code) => reject(new Error(`serve exited ${String(code)}: ${stderr}`)));
  });
  return {
    url,
    child,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await exited;
    },
  };
}

/** A raw HTTP request with any headers (fetch will not set Host); an array sends the header once a value. */
export function rawRequest(
  url: string,
  options: { method?: string; headers?: Record<string, string | string[]>; body?: string },
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: options.method ?? "GET", headers: options.headers }, (res) => {
      let body = "";
      res.setEncoding("utf8").on("data", (t: string) => (body += t));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end(options.body);
  });
}

export const INITIALIZE = JSON.stringify({
  jsonrpc: "2.0",
  id: 1,
  method: "initialize",
  params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "raw", version: "1" } },
});

export const MCP_HEADERS = {
  "content-type": "application/json",
  accept: "application/json, text/event-stream",
};

/**
 * The answer to a new session on `server` opened with the API key `key`; a session it opened is ended at once
 * (each runs a server), so a test can ask again and again whether the key still opens one.
 */
export async function openWithKey(served: Served, server: string, key: string) {
  const reply = await rawRequest(`${served.url}/${server}`, {
    method: "POST",
    headers: { ...MCP_HEADERS, "x-api-key": key },
    body: INITIALIZE,
  });
  const session = reply.headers["mcp-session-id"];
  if (reply.status === 200 && typeof session === "string")
    await rawRequest(`${served.url}/${server}`, {
      method: "DELETE",
      headers: { ...MCP_HEADERS, "x-api-key": key, "mcp-session-id": session },
    });
  return reply;
}

/** The recording server behind the real HTTP front door: what the attacks on the front door start from. */
export interface HttpRecorder {
  home: GuardedHome;
  served: Served;
  /** The recording server's log of every message it received (read it with `recorded`). */
  log: string;
  stop(): Promise<void>;
}

/**
 * Serves a home whose one server, `recorder`, records what reaches it, with the front door on a free port.
 * `afterPort` gives the config lines that follow the port: more of the `http:` section and the `auth:` one.
 */
export async function serveRecorderOverHttp(afterPort: (port: number) => string[]): Promise<HttpRecorder> {
  const log = join(makeGuardedHome().dir, "recorder.log");
  const port = await freePort();
  const home = makeGuardedHome(
    recorderServerYaml("recorder", log),
    ["  http:", `    port: ${port}`, ...afterPort(port)].join("\n"),
  );
  const served = await serveHttp(home);
  return {
    home,
    served,
    log,
    async stop() {
      await served.stop();
      await home.cleanup();
    },
  };
}
