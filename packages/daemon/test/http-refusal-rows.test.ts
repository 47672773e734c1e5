// Requests the HTTP front door refuses are audited (attack-http-refusals-audited.test.ts), but not without a
// bound: anyone who reaches the port can be refused, and a row per request would let them fill the disk.
import { request } from "node:http";
import { connect } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { authSchema, httpFrontSchema, type AuthConfig } from "@mcp-guard/config";
import { FrontDoor } from "../src/http/front-door.js";
import type { Logger } from "../src/logger.js";
import { WithheldKeys } from "../src/withheld-keys.js";

let door: FrontDoor | undefined;
afterEach(async () => {
  await door?.stop();
  door = undefined;
});

const quiet = {
  warn() {},
  info() {},
  error() {},
  debug() {},
  isLevelEnabled: () => false,
  child: () => quiet,
} as unknown as Logger;

function refusedWithHost(url: string, host: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(`${url}/s`, { method: "POST", headers: { host, ...headers } }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? 0));
    });
    req.on("error", reject);
    req.end("{}");
  });
}

describe("refusals at the HTTP front door", () => {
  it("are audited one by one up to the minute's bound, then only counted", async () => {
    const rows: Array<{ server: string | undefined; identity: string | undefined; reason: string }> = [];
    door = new FrontDoor({
      config: httpFrontSchema.parse({ port: 0 }),
      auth: () => ({}) as AuthConfig,
      withheldKeys: () => WithheldKeys.none,
      daemonKey: () => "daemon-key",
      servers: () => ["s"],
      issuer: () => undefined,
      scopes: () => [],
      openSession: () => ({ refuse: "not in this test" }),
      logger: quiet,
      refused: (row) => rows.push(row),
      refusalRowsPerMinute: 3,
    });
    await door.start();
    for (let i = 0; i < 10; i++) expect(await refusedWithHost(door.url, "rebound.example")).toBe(403);
    // Ten refused; three rows (six if a minute began during the ten).
    expect(rows.length).toBeGreaterThanOrEqual(3);
    expect(rows.length).toBeLessThanOrEqual(6);
    expect(rows[0]).toEqual({ server: "s", identity: undefined, reason: "forbidden_host" });
  });

  // Round 14: the bound was one budget for everyone, so anyone who reaches the port could spend the minute's
  // rows on junk (a bad Host) and a client holding a valid key could then try other sessions' ids unaudited
  // (before: 0 of 1 rows). And the count beyond the bound was logged only when a later refusal came, so the
  // count of a flood that stopped was never logged (before: 0 of 1 warnings).
  it("audits a refusal of a proven identity beyond the bound, and logs the count of a flood that stopped", async () => {
    const rows: Array<{ server: string | undefined; identity: string | undefined; reason: string }> = [];
    const warnings: unknown[] = [];
    const logger = { ...quiet, warn: (fields: unknown) => warnings.push(fields) } as unknown as Logger;
    const auth = authSchema.parse({
      mode: "api_key",
      api_keys: { "key-of-ann-0123456789": { name: "ann" } },
    });
    door = new FrontDoor({
      config: httpFrontSchema.parse({ port: 0 }),
      auth: () => auth,
      withheldKeys: () => WithheldKeys.none,
      daemonKey: () => "daemon-key",
      servers: () => ["s"],
      issuer: () => undefined,
      scopes: () => [],
      openSession: () => ({ refuse: "not in this test" }),
      logger,
      refused: (row) => rows.push(row),
      refusalRowsPerMinute: 3,
    });
    await door.start();
    const { host } = new URL(door.url);
    for (let i = 0; i < 10; i++) expect(await refusedWithHost(door.url, "rebound.example")).toBe(403);
    const before = rows.length;
    const headers = {
      "x-api-key": "key-of-ann-0123456789",
      "mcp-session-id": "someone-elses",
      accept: "application/json, text/event-stream",
      "content-type": "application/json",
    };
    expect(await refusedWithHost(door.url, host, headers)).toBe(404);
    expect(rows.slice(before)).toEqual([
      { server: "s", identity: "api_key:ann", reason: "session_not_found" },
    ]);
    await door.stop();
    door = undefined;
    // Whatever minute it is, the refusals beyond the bound are counted in the log by the time the door stops.
    const unaudited = warnings.reduce<number>(
      (sum, w) => sum + ((w as { unaudited?: number }).unaudited ?? 0),
      0,
    );
    expect(unaudited).toBe(10 - before);
  });

  // Round 31: a body refused for its size, for the bytes in progress or for stalling, and a session refused
  // for the identity's or the endpoint's place count, were answered (413, 503, 408, 429) but left no row, so a
  // client probing the limits left no trace in the audit.
  it("audits bodies and sessions refused for the limits, under the identity that sent them", async () => {
    const rows: Array<{ server: string | undefined; identity: string | undefined; reason: string }> = [];
    const auth = authSchema.parse({
      mode: "api_key",
      api_keys: { "key-of-ann-0123456789": { name: "ann" } },
    });
    door = new FrontDoor({
      config: httpFrontSchema.parse({
        port: 0,
        max_sessions: 1,
        max_body_bytes: 1024,
        body_stall_seconds: 0.5,
      }),
      auth: () => auth,
      withheldKeys: () => WithheldKeys.none,
      daemonKey: () => "daemon-key",
      servers: () => ["s"],
      issuer: () => undefined,
      scopes: () => [],
      openSession: () => ({ close: () => {}, renew: () => {} }),
      logger: quiet,
      refused: (row) => rows.push(row),
    });
    await door.start();
    const url = new URL(`${door.url}/s`);
    const post = (body: string, declared = Buffer.byteLength(body)) =>
      new Promise<{ status: number; socket: ReturnType<typeof connect> }>((resolve, reject) => {
        const socket = connect(Number(url.port), url.hostname, () =>
          socket.write(
            [
              `POST ${url.pathname} HTTP/1.1`,
              `Host: ${url.host}`,
              "Content-Type: application/json",
              "Accept: application/json, text/event-stream",
              "X-API-Key: key-of-ann-0123456789",
              `Content-Length: ${declared}`,
              "",
              body,
            ].join("\r\n"),
          ),
        );
        socket.once("data", (d) =>
          resolve({ status: Number(/^HTTP\/1\.1 (\d+)/.exec(String(d))?.[1]), socket }),
        );
        socket.on("error", reject);
      });
    const tooLarge = await post("x".repeat(2000));
    tooLarge.socket.destroy();
    expect(tooLarge.status).toBe(413);
    // A body that stops arriving holds the one place while it is read: a second session is refused, and the
    // stalled body is cut off.
    const stalled = post("{", 100);
    await new Promise((r) => setTimeout(r, 100));
    const second = await post("{}");
    second.socket.destroy();
    expect(second.status).toBe(503);
    const cut = await stalled;
    cut.socket.destroy();
    expect(cut.status).toBe(408);
    expect(rows).toEqual([
      { server: "s", identity: "api_key:ann", reason: "message_too_large" },
      { server: "s", identity: "api_key:ann", reason: "too_many_sessions" },
      { server: "s", identity: "api_key:ann", reason: "request_body_stalled" },
    ]);
  });
});
