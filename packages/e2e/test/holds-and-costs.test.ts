// Holds and costs (issue 11 items 12 and 13), through the real bridge to the recording server. A call held
// for a person is charged against the rate limit once and reaches the server once; a cost argument is a
// JSON number or a plain decimal string, and every other spelling is refused before the server sees it.
import { join } from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { afterAll, describe, expect, it } from "vitest";
import {
  failure,
  guardedTransport,
  heldCalls,
  makeGuardedHome,
  RawBridge,
  recorded,
  recorderServerYaml,
} from "../src/index.js";

const dir = makeGuardedHome().dir;
const heldLog = join(dir, "held.log");
const costLog = join(dir, "cost.log");
const waitLog = join(dir, "wait.log");
const spend = (extra: string[]) =>
  [
    "    policy:",
    "      spend:",
    "        tools: { create_payment: { cost_from: amount } }",
    ...extra.map((l) => `        ${l}`),
  ].join("\n");
const home = makeGuardedHome(
  [
    recorderServerYaml(
      "held",
      heldLog,
      undefined,
      [
        spend(["require_approval_above: 10", "wait_for_approval_seconds: 30"]),
        // Per hour, not per minute: on a loaded machine the approval round trip alone has taken most of a
        // minute, and a bucket refilled meanwhile would let the sixth request through whatever the charges.
        "      rate_limit: { requests_per_hour: 5 }",
      ].join("\n"),
    ),
    recorderServerYaml("costs", costLog, undefined, spend(["caps: { per_day: 1000 }"])),
    recorderServerYaml(
      "waiting",
      waitLog,
      undefined,
      spend(["require_approval_above: 10", "wait_for_approval_seconds: 30"]),
    ),
  ].join("\n"),
);
afterAll(() => home.cleanup());

async function connect(server: string): Promise<Client> {
  const client = new Client({ name: "holds-test", version: "1" });
  await client.connect(guardedTransport(home, server));
  return client;
}

const calls = (log: string, tool: string) =>
  recorded(log).filter(
    (m) =>
      typeof m === "object" && m.method === "tools/call" && (m.params as { name?: string }).name === tool,
  );

describe("a held call", () => {
  it("resumes after the step that held it: charged once, forwarded once", async () => {
    const client = await connect("held"); // initialize: 1 of 5 this hour
    await client.listTools(); // 2 of 5
    const paid = client.callTool({ name: "create_payment", arguments: { amount: 50 } }, undefined, {
      timeout: 40_000,
    }); // 3 of 5, held
    const [id = ""] = await heldCalls(home, "held");
    expect(calls(heldLog, "create_payment")).toHaveLength(0);
    expect((await home.cli(["approvals", "approve", id])).code).toBe(0);
    expect(JSON.stringify((await paid).content)).toContain("create_payment");
    expect(calls(heldLog, "create_payment")).toHaveLength(1);

    // Had the resumed call run the chain again, it would have been charged twice and this one refused.
    expect(await failure(client.callTool({ name: "echo", arguments: {} }))).toBeUndefined(); // 4 of 5
    expect(await failure(client.callTool({ name: "echo", arguments: { n: 2 } }))).toBeUndefined(); // 5 of 5
    expect(await failure(client.callTool({ name: "echo", arguments: { n: 3 } }))).toMatchObject({
      data: { reason: "rate_limited" },
    });
    await client.close();

    const { stdout } = await home.cli([
      "logs",
      "--json",
      "--limit",
      "100",
      "-s",
      "held",
      "-t",
      "create_payment",
    ]);
    const rows = stdout
      .split("\n")
      .filter(Boolean)
      .map(
        (l) =>
          JSON.parse(l) as {
            direction: string;
            decision: string;
            trace: { interceptor: string; action: string }[];
          },
      );
    const final = rows.find((r) => r.direction === "to_server" && r.decision === "allow");
    // One trace: every step once before the hold, then the held step's own answer.
    expect(final?.trace.map((t) => `${t.interceptor}:${t.action}`).slice(-3)).toEqual([
      "content_scan:pass",
      "spend:hold",
      "spend:pass",
    ]);
    expect(final?.trace.filter((t) => t.interceptor === "rate_limit")).toHaveLength(1);
  });
});

describe("a held call's id", () => {
  it("stays in flight: a second request with it is refused, and cancelling ends the hold", async () => {
    const bridge = new RawBridge(home, "waiting");
    await bridge.initialize();
    const call = (name: string, args: object) => ({
      jsonrpc: "2.0",
      id: "dup",
      method: "tools/call",
      params: { name, arguments: args },
    });
    bridge.send(call("create_payment", { amount: 70 }));
    bridge.send(call("echo", { twin: true }));
    expect(await bridge.next()).toMatchObject({
      id: "dup",
      error: { code: -32600, data: { reason: "invalid_request" } },
    });
    bridge.send({ jsonrpc: "2.0", method: "notifications/cancelled", params: { requestId: "dup" } });
    bridge.send({ jsonrpc: "2.0", id: "after", method: "ping" });
    expect(await bridge.next()).toMatchObject({ id: "after", result: {} });
    // Approved after the client gave up: the cancelled call is not run.
    const id = /^([0-9a-f]{12})\s+pending\s+waiting /m.exec(
      (await home.cli(["approvals", "list"])).stdout,
    )?.[1];
    expect(id).toBeDefined();
    expect((await home.cli(["approvals", "approve", id!])).code).toBe(0);
    await new Promise((r) => setTimeout(r, 1000));
    bridge.close();
    await bridge.exited;
    expect(calls(waitLog, "create_payment")).toHaveLength(0);
    expect(calls(waitLog, "echo")).toHaveLength(0);
  });
});

describe("cost arguments", () => {
  it("accepts JSON numbers and plain decimal strings only", async () => {
    const client = await connect("costs");
    const refused: unknown[] = [
      "100e-2",
      "1E2",
      "0x10",
      " 5",
      "5 ",
      "1,000",
      "1_000",
      "+5",
      "-1",
      "Infinity",
      "",
      -3,
      true,
      null,
      [5],
      { value: 5 },
    ];
    for (const amount of refused) {
      const error = await failure(
        client.callTool({ name: "create_payment", arguments: { amount, tag: "bad" } }),
      );
      expect(error, JSON.stringify(amount)).toMatchObject({ data: { reason: "invalid_cost" } });
    }
    expect(
      await failure(client.callTool({ name: "create_payment", arguments: { tag: "missing" } })),
    ).toMatchObject({ data: { reason: "invalid_cost" } });
    for (const amount of [12.5, "12.50", "0", 3]) {
      expect(
        await failure(client.callTool({ name: "create_payment", arguments: { amount, tag: "good" } })),
        JSON.stringify(amount),
      ).toBeUndefined();
    }
    await client.close();
    const seen = calls(costLog, "create_payment").map(
      (m) => (m as { params: { arguments: { tag: string } } }).params.arguments.tag,
    );
    expect(seen).toEqual(["good", "good", "good", "good"]);
  });
});
