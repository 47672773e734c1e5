// The fetch the daemon gives the SDK's HTTP client transports (node:http instead of the global fetch): what
// they need of it, and the keep-alive pool that must not reuse a connection the server has closed.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { nodeFetch } from "../src/upstream/node-fetch.js";
import { NotSent } from "../src/upstream/upstream.js";

let server: Server | undefined;
afterEach(async () => {
  const running = server;
  server = undefined;
  if (!running) return;
  running.closeAllConnections();
  await new Promise((resolve) => running.close(resolve));
});

async function serve(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<string> {
  server = createServer(handler);
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/mcp`;
}

describe("nodeFetch", () => {
  it("says a request was not sent only when its connection could not be made", async () => {
    // The port refuses the connection: nothing left the daemon.
    const refused = await serve(() => {});
    server!.closeAllConnections();
    await new Promise((resolve) => server!.close(resolve));
    server = undefined;
    await expect(nodeFetch(refused, { method: "POST", body: "{}" })).rejects.toBeInstanceOf(NotSent);
    // The server read the request, then dropped the connection: it may have acted on it.
    const read = await serve((req) => req.on("data", () => req.socket.destroy()));
    const failure = await nodeFetch(read, { method: "POST", body: "{}" }).catch((err: unknown) => err);
    expect(failure).toBeInstanceOf(Error);
    expect(failure).not.toBeInstanceOf(NotSent);
  });

  it("sends the method, headers and body, and answers with status, headers and a streamed body", async () => {
    const url = await serve((req, res) => {
      let body = "";
      req.setEncoding("utf8").on("data", (t: string) => (body += t));
      req.on("end", () => {
        res.writeHead(201, { "content-type": "text/event-stream", "mcp-session-id": "s1" });
        res.write(`data: ${req.method} ${String(req.headers["x-test"])} ${body}\n\n`);
        setTimeout(() => res.end("data: later\n\n"), 50);
      });
    });
    const response = await nodeFetch(new URL(url), {
      method: "POST",
      headers: { "X-Test": "yes", "content-type": "application/json" },
      body: '{"a":1}',
    });
    expect(response.status).toBe(201);
    expect(response.headers.get("mcp-session-id")).toBe("s1");
    expect(await response.text()).toBe('data: POST yes {"a":1}\n\ndata: later\n\n');
  });

  it("leaves a redirect unfollowed, for the SDK to judge", async () => {
    const url = await serve((_req, res) => res.writeHead(307, { location: "http://elsewhere.test/" }).end());
    const response = await nodeFetch(url, { method: "POST", body: "{}", redirect: "manual" });
    expect(response.status).toBe(307);
    expect(response.headers.get("location")).toBe("http://elsewhere.test/");
  });

  it("ends a stream when its signal aborts", async () => {
    const url = await serve((_req, res) =>
      res.writeHead(200, { "content-type": "text/event-stream" }).write(": open\n\n"),
    );
    const controller = new AbortController();
    const response = await nodeFetch(url, { signal: controller.signal });
    const reader = response.body!.getReader();
    expect(new TextDecoder().decode((await reader.read()).value)).toBe(": open\n\n");
    controller.abort();
    await expect(reader.read()).rejects.toThrow();
  });

  it("refuses bodies and URLs it does not handle instead of sending something else", async () => {
    await expect(nodeFetch("http://127.0.0.1:1/", { method: "POST", body: new Blob(["x"]) })).rejects.toThrow(
      TypeError,
    );
    await expect(nodeFetch("file:///etc/passwd")).rejects.toThrow(TypeError);
  });

  it("closes an idle kept-alive connection itself, well before the server's keep-alive timeout", async () => {
    // Reusing a connection as the server closes it fails the call ("socket hang up"): the pool must let idle
    // connections go first. This server would keep them 10 s.
    const url = await serve((_req, res) => res.end("ok"));
    server!.keepAliveTimeout = 10_000;
    const closed: number[] = [];
    server!.on("connection", (socket) => socket.on("close", () => closed.push(Date.now())));
    const sent = Date.now();
    expect(await (await nodeFetch(url, { method: "POST", body: "1" })).text()).toBe("ok");
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(closed).toHaveLength(1);
    expect(closed[0]! - sent).toBeLessThan(3_000);
    expect(await (await nodeFetch(url, { method: "POST", body: "2" })).text()).toBe("ok");
  });
});
