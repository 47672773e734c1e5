// Attack (round 51, found from outside): a call held for a person resumes after the step that held it, and
// judged-again.ts judges it again only by the steps that look at names (authentication, permissions, tool
// integrity): the content scan that read its arguments under the config in force when it arrived is not run
// again. An operator who sees an agent send customers' e-mail addresses to a payment tool sets email to block
// for requests and reloads; a person then approves the waiting call (the approval shows the call, not the
// policy), and the address the config now blocks reaches the server (before the fix: 1 of 1). Through the
// real bridge and the recording server: the server never sees the value the config in force when the call
// leaves blocks, and a value it now redacts leaves redacted.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeGuardedHome, RawBridge, recorded, recorderServerYaml } from "../src/index.js";

const dir = makeGuardedHome().dir;
const log = join(dir, "pay.log");
const home = makeGuardedHome(
  recorderServerYaml(
    "pay",
    log,
    undefined,
    [
      "    policy:",
      "      spend:",
      "        require_approval: [create_payment]",
      "        wait_for_approval_seconds: 60",
    ].join("\n"),
  ),
);
afterAll(() => home.cleanup());

const BLOCKED = "maria.kowalczyk@example.org";
const REDACTED = "jonas.lindqvist@example.org";

const payments = () =>
  recorded(log)
    .filter((m) => typeof m === "object" && m.method === "tools/call")
    .map((m) => JSON.stringify(m));

async function holdPayment(id: number, address: string): Promise<{ bridge: RawBridge; approval: string }> {
  const bridge = new RawBridge(home, "pay");
  await bridge.initialize();
  bridge.send({ jsonrpc: "2.0", id: 1, method: "tools/list", params: {} });
  await bridge.next();
  bridge.send({
    jsonrpc: "2.0",
    id,
    method: "tools/call",
    params: { name: "create_payment", arguments: { amount: id, receipt_to: address } },
  });
  for (let i = 0; i < 100; i++) {
    const approval = /^([0-9a-f]{12})\s+pending\s+pay /m.exec(
      (await home.cli(["approvals", "list"])).stdout,
    )?.[1];
    if (approval) return { bridge, approval };
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("the call was not held");
}

/** Sets email's request action, reloads, approves the held call and returns its answer. */
async function reloadAndApprove(
  held: { bridge: RawBridge; approval: string },
  id: number,
  action: "block" | "redact",
): Promise<Record<string, unknown>> {
  const config = readFileSync(home.configPath, "utf8").replace(/\npii:\n[^]*$/, "\n");
  writeFileSync(
    home.configPath,
    `${config}pii:\n  actions:\n    email: { request: ${action}, response: warn }\n`,
  );
  expect((await home.cli(["reload"])).code).toBe(0);
  expect((await home.cli(["approvals", "approve", held.approval])).code).toBe(0);
  const line = await held.bridge.answerTo(id, 20_000);
  held.bridge.close();
  await held.bridge.exited;
  return line;
}

describe("a held call after a reload that changes what detection lets through", () => {
  it("does not reach the server with a value the config now blocks", async () => {
    const held = await holdPayment(2, BLOCKED);
    const line = await reloadAndApprove(held, 2, "block");
    // Before the fix: the recording server received the address (1 of 1) and the call was answered.
    expect(payments().filter((p) => p.includes(BLOCKED))).toHaveLength(0);
    expect((line.error as { data?: { reason?: unknown } } | undefined)?.data?.reason).toBe("sensitive_data");
  });

  it("reaches the server with a value the config now redacts redacted", async () => {
    // The first case left email blocked: the call is held under the default (warn) again.
    writeFileSync(home.configPath, readFileSync(home.configPath, "utf8").replace(/\npii:\n[^]*$/, "\n"));
    expect((await home.cli(["reload"])).code).toBe(0);
    const held = await holdPayment(3, REDACTED);
    const line = await reloadAndApprove(held, 3, "redact");
    expect(line.result).toBeDefined();
    const sent = payments().filter((p) => p.includes('"amount":3'));
    expect(sent).toHaveLength(1);
    expect(sent[0]).not.toContain(REDACTED);
    expect(sent[0]).toContain("[REDACTED:email]");
  });
});
