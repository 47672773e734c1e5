// No side doors (issue 11 item 5): through the real bridge, a request method without an id, a notification
// the specification does not define for its direction, a method the other side owns, and every odd shape
// (method on a response, id null or fractional, a batch, extra members, a response nobody asked for) never
// reaches the other side. The recording server proves what the server saw; the raw bridge what the client saw.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeGuardedHome, RawBridge, recorded, recorderServerYaml, serverSaw } from "../src/index.js";

const dir = makeGuardedHome().dir;
const log = join(dir, "recorder.log");
const policy = [
  "    policy:",
  "      permissions: { denied_tools: [write_file] }",
  "      spend:",
  "        tools: { create_payment: { cost_from: amount } }",
  "        caps: { per_day: 100 }",
  "        require_approval: [delete_account]",
].join("\n");
const home = makeGuardedHome(recorderServerYaml("recorder", log, undefined, policy));
afterAll(() => home.cleanup());

type Line = Record<string, unknown>;
const notice = (l: Line) =>
  l.method === "notifications/message" &&
  (l.params as { logger?: string } | undefined)?.logger === "mcp-guard";

/** Lines from the bridge until one matches (every line read is returned, the match last). */
async function until(bridge: RawBridge, match: (l: Line) => boolean): Promise<Line[]> {
  const seen: Line[] = [];
  for (;;) {
    const line = await bridge.next();
    seen.push(line);
    if (match(line)) return seen;
  }
}

async function auditRows(predicate: (rows: Line[]) => boolean): Promise<Line[]> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const { stdout } = await home.cli(["logs", "--json", "--limit", "10000", "-s", "recorder"]);
    const rows = stdout
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Line);
    if (predicate(rows) || Date.now() > deadline) return rows;
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe("client to server", () => {
  it("drops request methods sent without an id, audits them and tells the client", async () => {
    const bridge = new RawBridge(home, "recorder");
    await bridge.initialize();
    const doors = [
      { method: "tools/call", params: { name: "write_file", arguments: { path: "/tmp/x" } } },
      { method: "tools/call", params: { name: "delete_account", arguments: {} } },
      { method: "tools/call", params: { name: "create_payment", arguments: { amount: 1_000_000 } } },
      { method: "prompts/get", params: { name: "greeting" } },
      { method: "resources/read", params: { uri: "file:///etc/shadow" } },
      { method: "initialize", params: {} },
    ];
    for (const door of doors) {
      bridge.send({ jsonrpc: "2.0", ...door });
      const [line] = await until(bridge, notice);
      expect(line).toMatchObject({
        params: { level: "warning", data: { reason: "request_without_id", direction: "to_server" } },
      });
    }
    // A normal call afterwards still works, and proves the server has read everything sent before it.
    bridge.send({ jsonrpc: "2.0", id: 1, method: "tools/call", params: { name: "echo", arguments: {} } });
    expect(await bridge.next()).toMatchObject({ id: 1, result: {} });
    bridge.close();
    await bridge.exited;

    expect(serverSaw(log, "tools/call", "write_file")).toBe(false);
    expect(serverSaw(log, "tools/call", "delete_account")).toBe(false);
    expect(serverSaw(log, "tools/call", "create_payment")).toBe(false);
    expect(serverSaw(log, "prompts/get")).toBe(false);
    expect(serverSaw(log, "resources/read")).toBe(false);
    expect(recorded(log).filter((m) => typeof m === "object" && m.method === "initialize")).toHaveLength(1);
    const rows = await auditRows(
      (r) => r.filter((x) => x.reason === "request_without_id").length >= doors.length,
    );
    const blocked = rows.filter((r) => r.reason === "request_without_id");
    expect(blocked).toHaveLength(doors.length);
    for (const r of blocked) expect(r).toMatchObject({ decision: "block", direction: "to_server" });
  });

  it("drops notifications the specification does not define for the client, refuses foreign request methods", async () => {
    const bridge = new RawBridge(home, "recorder");
    await bridge.initialize();
    for (const method of [
      "notifications/evil",
      "notifications/message", // the server's to send, not the client's
      "notifications/tools/list_changed",
      "admin/exec",
    ]) {
      bridge.send({ jsonrpc: "2.0", method, params: { name: "write_file" } });
      const [line] = await until(bridge, notice);
      expect(line).toMatchObject({ params: { data: { reason: "notification_not_allowed" } } });
    }
    for (const [id, method] of [
      [2, "admin/exec"],
      [3, "sampling/createMessage"], // a server-to-client request
      [4, "roots/list"],
      [5, "tools/Call"],
    ] as const) {
      bridge.send({ jsonrpc: "2.0", id, method, params: { name: "write_file" } });
      expect(await bridge.next()).toMatchObject({
        id,
        error: { code: -32601, data: { reason: "method_not_allowed" } },
      });
    }
    bridge.send({ jsonrpc: "2.0", id: 6, method: "ping" });
    expect(await bridge.next()).toMatchObject({ id: 6, result: {} });
    bridge.close();
    await bridge.exited;
    const methods = recorded(log).map((m) => (typeof m === "string" ? m : m.method));
    for (const m of [
      "notifications/evil",
      "notifications/message",
      "notifications/tools/list_changed",
      "admin/exec",
      "sampling/createMessage",
      "roots/list",
      "tools/Call",
    ])
      expect(methods).not.toContain(m);
  });

  it("refuses odd shapes: method on a response, null or fractional ids, batches; strips extra members", async () => {
    const bridge = new RawBridge(home, "recorder");
    await bridge.initialize();
    const call = { method: "tools/call", params: { name: "write_file", arguments: {} } };
    const shapes: [object, Line][] = [
      [
        { jsonrpc: "2.0", id: 11, ...call, result: {} },
        { id: 11, error: { code: -32600 } },
      ],
      [
        { jsonrpc: "2.0", id: 12, ...call, error: { code: 1, message: "x" } },
        { id: 12, error: { code: -32600 } },
      ],
      [
        { jsonrpc: "2.0", id: null, ...call },
        { id: null, error: { code: -32600 } },
      ],
      [
        { jsonrpc: "2.0", id: 1.5, ...call },
        { id: null, error: { code: -32600 } },
      ],
      [
        { jsonrpc: "2.0", id: 2 ** 60, ...call },
        { id: null, error: { code: -32600 } },
      ],
      [
        { jsonrpc: "2.0", id: { x: 1 }, ...call },
        { id: null, error: { code: -32600 } },
      ],
      [
        { jsonrpc: "2.0", id: true, ...call },
        { id: null, error: { code: -32600 } },
      ],
      [
        [{ jsonrpc: "2.0", id: 13, ...call }],
        { id: null, error: { data: { reason: "batch_not_supported" } } },
      ],
    ];
    for (const [shape, answer] of shapes) {
      bridge.send(shape);
      expect(await bridge.next()).toMatchObject(answer);
    }
    // A response to an id the server never used goes nowhere.
    bridge.send({ jsonrpc: "2.0", id: "never-asked", result: { tools: [] } });
    // Extra members are not part of what was inspected, so they are not forwarded.
    bridge.send({
      jsonrpc: "2.0",
      id: 14,
      method: "tools/call",
      params: { name: "echo", arguments: {} },
      smuggled: { method: "tools/call", name: "write_file" },
    });
    expect(await bridge.next()).toMatchObject({ id: 14, result: {} });
    bridge.close();
    await bridge.exited;
    expect(serverSaw(log, "tools/call", "write_file")).toBe(false);
    const lines = recorded(log);
    expect(lines.some((m) => JSON.stringify(m).includes("never-asked"))).toBe(false);
    expect(lines.some((m) => JSON.stringify(m).includes("smuggled"))).toBe(false);
    expect(lines.some((m) => typeof m === "object" && m.id === 14)).toBe(true);
  });
});

describe("server to client", () => {
  it("never shows the client an id-less request, a foreign or unknown method, or a response it did not ask for", async () => {
    const slog = join(dir, "hostile.log");
    writeFileSync(
      `${slog}.to-client.json`,
      JSON.stringify([
        { jsonrpc: "2.0", method: "sampling/createMessage", params: { messages: [], maxTokens: 9 } },
        { jsonrpc: "2.0", method: "elicitation/create", params: { message: "password?" } },
        { jsonrpc: "2.0", method: "roots/list" },
        { jsonrpc: "2.0", id: "s1", method: "tools/call", params: { name: "write_file" } },
        { jsonrpc: "2.0", id: "s2", method: "initialize", params: {} },
        { jsonrpc: "2.0", method: "notifications/initialized" },
        { jsonrpc: "2.0", method: "notifications/roots/list_changed" },
        { jsonrpc: "2.0", method: "notifications/evil", params: { x: 1 } },
        { jsonrpc: "2.0", id: "ghost", result: { content: [] } },
        { jsonrpc: "2.0", id: "s3", method: "ping", result: {} },
        { jsonrpc: "2.0", method: "notifications/message", params: { level: "info", data: "last" } },
      ]),
    );
    const hostile = makeGuardedHome(recorderServerYaml("hostile", slog));
    try {
      const bridge = new RawBridge(hostile, "hostile");
      await bridge.initialize();
      const seen = await until(bridge, (l) => (l.params as { data?: unknown } | undefined)?.data === "last");
      // The guard's refusals of s1 and s2 go to the server, which logs them on its own time: wait for them
      // (up to 10 s) before the session ends, or a loaded machine ends it first (seen once in round 20).
      const refusals = () =>
        recorded(slog).filter((m) => typeof m === "object" && (m.id === "s1" || m.id === "s2"));
      for (const deadline = Date.now() + 10_000; refusals().length < 2 && Date.now() < deadline;)
        await new Promise((r) => setTimeout(r, 20));
      bridge.close();
      await bridge.exited;
      const fromServer = seen.filter((l) => !notice(l));
      // Only the last, legitimate log message came through.
      expect(fromServer).toEqual([
        { jsonrpc: "2.0", method: "notifications/message", params: { level: "info", data: "last" } },
      ]);
      const reasons = seen.filter(notice).map((l) => (l.params as { data: { reason: string } }).data.reason);
      expect(reasons).toEqual([
        "request_without_id",
        "request_without_id",
        "request_without_id",
        "notification_not_allowed",
        "notification_not_allowed",
        "notification_not_allowed",
      ]);
      // The server's foreign requests were answered (refused) to the server.
      const answers = refusals();
      expect(answers).toHaveLength(2);
      for (const a of answers) expect(a).toMatchObject({ error: { code: -32601 } });
    } finally {
      await hostile.cleanup();
    }
  });
});
