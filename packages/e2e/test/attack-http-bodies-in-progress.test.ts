// Attack (round 30, found from outside): every request body was bounded (max_body_bytes, 4 MiB by default),
// but how many bodies the front door held at once was not. A client with any valid key opened one session,
// then many connections that each POST to it a body just under the bound and never send its last byte: the
// daemon kept each body's chunks in memory until it ended (Node ends such a request only after its
// requestTimeout, 300 s), so 100 connections held 400 MB of one client's bytes in the daemon. Nothing counted
// them against the session, the identity or max_sessions.
// What a user expects: the bytes of bodies in progress are bounded per identity and for the endpoint
// (daemon.http.max_body_bytes_in_progress_per_identity / max_body_bytes_in_progress; beyond them a request is
// refused with 503 and its body read on without being kept), and a body that stops arriving is cut off after
// body_stall_seconds; here 100 such POSTs of 4 MiB must not grow the daemon by 200 MB.
// Through the real HTTP front door (mcp-guard serve); the daemon's RSS read from /proc.
import { readFileSync } from "node:fs";
import { connect, type Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  INITIALIZE,
  MCP_HEADERS,
  rawRequest,
  serveRecorderOverHttp,
  type HttpRecorder,
} from "../src/index.js";

const KEY = "bodies-key-0123456789abcdef0123456789";
const CONNECTIONS = 100;
const BODY = 4 * 1024 * 1024;
let front: HttpRecorder;
const sockets: Socket[] = [];

beforeAll(async () => {
  front = await serveRecorderOverHttp(() => [
    "auth:",
    "  api_keys:",
    `    ${KEY}: { name: ci, roles: [default] }`,
  ]);
});
afterAll(async () => {
  for (const s of sockets) s.destroy();
  await front.stop();
});

const rssMb = (pid: number) =>
  Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))![1]) / 1024;

describe("request bodies in progress", () => {
  it("are bounded in total for one client", async () => {
    const url = new URL(`${front.served.url}/recorder`);
    const init = await rawRequest(url.href, {
      method: "POST",
      headers: { ...MCP_HEADERS, "x-api-key": KEY },
      body: INITIALIZE,
    });
    const session = init.headers["mcp-session-id"] as string;
    expect(init.status).toBe(200);
    const pid = front.served.child.pid!;
    const before = rssMb(pid);
    const chunk = Buffer.alloc(BODY - 1, 0x20);
    await Promise.all(
      Array.from(
        { length: CONNECTIONS },
        () =>
          new Promise<void>((resolve, reject) => {
            const socket = connect(Number(url.port), url.hostname, () => {
              socket.write(
                [
                  `POST ${url.pathname} HTTP/1.1`,
                  `Host: ${url.host}`,
                  "Content-Type: application/json",
                  "Accept: application/json, text/event-stream",
                  `X-API-Key: ${KEY}`,
                  `Mcp-Session-Id: ${session}`,
                  `Content-Length: ${BODY}`,
                  "",
                  "",
                ].join("\r\n"),
              );
              socket.write(chunk, () => resolve());
            });
            socket.on("error", reject);
            sockets.push(socket);
          }),
      ),
    );
    // Let the daemon read what was sent.
    let grown = 0;
    for (let i = 0; i < 20; i++) {
      await new Promise((r) => setTimeout(r, 250));
      grown = Math.max(grown, rssMb(pid) - before);
    }
    expect(Math.round(grown), `the daemon grew by ${Math.round(grown)} MB`).toBeLessThan(200);
  });
});
