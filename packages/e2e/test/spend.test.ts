// Spend caps and the approval queue through the bridge: approve, deny, expiry, a tampered retry, caps per
// window, persistence across a restart, and the mode that holds the call open until a person decides.
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURE, guardedTransport, makeGuardedHome, within, type GuardedHome } from "../src/index.js";

let home: GuardedHome;
const server = (name: string, spend: string[]) =>
  [
    `  ${name}:`,
    `    command: ${JSON.stringify(process.execPath)}`,
    `    args: [${JSON.stringify(FIXTURE)}]`,
    "    policy:",
    "      spend:",
    ...spend.map((l) => `        ${l}`),
  ].join("\n");

beforeAll(() => {
  home = makeGuardedHome(
    [
      server("payments", [
        "currency: USD",
        "tools:",
        "  echo-params: { cost_from: amount }",
        "caps: { per_session: 100, per_hour: 150 }",
        "require_approval_above: 50",
        "require_approval: [echo]",
      ]),
      server("approve-only", ["tools: { echo-params: { cost_from: amount } }", "require_approval_above: 50"]),
      server("short", [
        "tools: { echo-params: { cost_from: amount } }",
        "require_approval_above: 1",
        "approval_ttl_seconds: 1",
      ]),
      server("waiting", [
        "tools: { echo-params: { cost_from: amount } }",
        "require_approval_above: 1",
        "wait_for_approval_seconds: 20",
      ]),
    ].join("\n"),
  );
});
afterAll(() => home.cleanup());

async function connect(name: string): Promise<Client> {
  const c = new Client({ name: "spend-test", version: "1" });
  await c.connect(guardedTransport(home, name));
  return c;
}

type Failure = { code: number; message: string; data: Record<string, unknown> };
const pay = (c: Client, amount: number, extra: Record<string, unknown> = {}) =>
  c.callTool({ name: "echo-params", arguments: { amount, to: "acme", ...extra } }).then(
    () => ({ ok: true as const }),
    (err: Failure) => ({ ok: false as const, code: err.code, message: err.message, data: err.data }),
  );
type Outcome = Awaited<ReturnType<typeof pay>>;
/** The refusal a call met, failing the test when the call went through instead. */
const refused = (outcome: Outcome): Failure => {
  if (outcome.ok) throw new Error("expected a refusal; the call went through");
  return outcome;
};
/** The id of the approval request a held call was given. */
const approvalId = (outcome: Outcome): string => String(refused(outcome).data.approval_id);
const cli = (...args: string[]) => home.cli(args);

describe("approvals", () => {
  it("holds a call above the threshold; the approved retry goes through exactly once; a tampered retry does not", async () => {
    const c = await connect("approve-only");
    const first = await pay(c, 75);
    expect(first).toMatchObject({
      ok: false,
      code: -32004,
      data: { reason: "approval_pending", tool: "echo-params", amount: 75, currency: "USD" },
    });
    const id = approvalId(first);
    expect(id).toMatch(/^c/); // definition changes in the same queue start with "d"
    expect(refused(first).message).toContain(
      `Approval pending: request ${id}; a person approves it with: mcp-guard approvals approve ${id}`,
    );
    expect(refused(first).data.expires_at).toMatch(/^\d{4}-/);
    expect((await pay(c, 75)).ok).toBe(false); // still pending: same request, not a new one
    expect((await cli("approvals", "list")).stdout).toContain(id);
    expect((await cli("approvals", "show", id.slice(0, 5))).stdout).toMatch(/"amount": 75/);

    const approved = await cli(
      "approvals",
      "approve",
      id.slice(0, 6),
      "--by",
      "alice",
      "--reason",
      "invoice 17",
    );
    expect(approved.stdout).toContain(`approved ${id}`);
    expect(await pay(c, 80)).toMatchObject({ ok: false, data: { reason: "approval_pending" } }); // other arguments: a new request
    expect(await pay(c, 75)).toEqual({ ok: true });
    expect(await pay(c, 75)).toMatchObject({ ok: false, data: { reason: "approval_pending" } }); // exactly once
    await c.close();
  });

  it("tells the agent who denied and why, then asks again on the next try", async () => {
    const c = await connect("payments");
    const firstId = approvalId(await pay(c, 60, { memo: "deny me" }));
    await cli("approvals", "deny", firstId, "--by", "bob", "--reason", "not in budget");
    expect(await pay(c, 60, { memo: "deny me" })).toMatchObject({
      ok: false,
      code: -32004,
      data: {
        reason: "approval_denied",
        approval_id: firstId,
        by: "bob",
        comment: "not in budget",
      },
      message: expect.stringContaining(`Approval denied: request ${firstId} denied by bob: not in budget`),
    });
    expect(await pay(c, 60, { memo: "deny me" })).toMatchObject({ data: { reason: "approval_pending" } });
    await c.close();
  });

  it("refuses an id prefix that matches several requests, listing them", async () => {
    const c = await connect("approve-only");
    const ids: string[] = [];
    for (const amount of [61, 62, 63]) {
      ids.push(approvalId(await pay(c, amount, { memo: "ambiguous" })));
    }
    const ambiguous = await cli("approvals", "approve", "c");
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toContain('"c" matches');
    for (const id of ids) expect(ambiguous.stderr).toContain(id);
    const listed = (await cli("approvals", "list")).stdout;
    for (const id of ids) expect(listed).toMatch(new RegExp(`^${id}\\s+pending`, "m")); // none was decided
    await c.close();
  });

  it("says unknown server for pins and logs of a server that is not configured", async () => {
    for (const args of [
      ["pins", "list", "nosuch"],
      ["logs", "-s", "nosuch"],
      ["pins", "diff", "nosuch"],
    ]) {
      const r = await cli(...args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr).toContain('unknown server "nosuch"; configured servers: everything');
    }
  });

  it("expires an undecided request", async () => {
    const c = await connect("short");
    const firstId = approvalId(await pay(c, 5));
    await new Promise((r) => setTimeout(r, 1200));
    expect(await pay(c, 5)).toMatchObject({
      ok: false,
      data: { reason: "approval_expired", approval_id: firstId },
    });
    expect((await cli("approvals", "approve", firstId)).stderr).toContain(
      "only a pending, unexpired request can be decided",
    );
    await c.close();
  });

  it("always asks for tools listed under require_approval", async () => {
    const c = await connect("payments");
    await expect(c.callTool({ name: "echo", arguments: { message: "x" } })).rejects.toMatchObject({
      code: -32004,
    });
    await c.close();
  });
});

describe("spend caps", () => {
  it("stops a session at its cap, and an identity at its hourly cap, saying what is left and when", async () => {
    const a = await connect("payments");
    expect(await pay(a, 40)).toEqual({ ok: true });
    expect(await pay(a, 40, { n: 2 })).toEqual({ ok: true });
    expect(await pay(a, 30, { n: 3 })).toMatchObject({
      ok: false,
      code: -32002,
      data: {
        reason: "spend_cap_exceeded",
        cap: "per_session",
        limit: 100,
        remaining: 20,
        amount: 30,
        currency: "USD",
        resets_at: null,
      },
    });
    await a.close();
    // A new session starts a new session budget, but the hourly cap of 150 counts every session.
    const b = await connect("payments");
    expect(await pay(b, 50, { n: 4 })).toEqual({ ok: true }); // 130 this hour
    const over = await pay(b, 30, { n: 5 });
    expect(over).toMatchObject({ ok: false, code: -32002, data: { cap: "per_hour", limit: 150 } });
    expect(String(refused(over).data.resets_at)).toMatch(/^\d{4}-/);
    await b.close();
  });

  it("keeps the queue and the ledger across a daemon restart", async () => {
    const c = await connect("approve-only");
    const firstId = approvalId(await pay(c, 99, { restart: true }));
    await c.close();
    await cli("stop");
    await cli("approvals", "approve", firstId);
    const again = await connect("approve-only");
    expect(await pay(again, 99, { restart: true })).toEqual({ ok: true });
    await again.close();
    const capped = await connect("payments");
    expect(await pay(capped, 25, { n: 6 })).toMatchObject({ data: { cap: "per_hour" } });
    await capped.close();
  });
});

describe("waiting for a decision", () => {
  it("holds the call open, keeps the client informed, and completes it once approved", async () => {
    const c = await connect("waiting");
    const progress: string[] = [];
    const call = c.callTool({ name: "echo-params", arguments: { amount: 12 } }, undefined, {
      onprogress: (p) => void progress.push(String(p.message)),
      timeout: 30_000,
    });
    let id = "";
    for (let i = 0; i < 50 && !id; i++) {
      await new Promise((r) => setTimeout(r, 100));
      id = /^(c[0-9a-f]{11})\s+pending\s+waiting /m.exec((await cli("approvals", "list")).stdout)?.[1] ?? "";
    }
    expect(id).not.toBe("");
    // Until the first word on the wait reaches the client (the 1.2 s this slept at most).
    const told = () => progress.some((m) => m.includes(`waiting for approval ${id}`));
    await within(told, 1200);
    expect(await c.ping()).toEqual({}); // the session keeps answering while the call waits
    await cli("approvals", "approve", id);
    const result = await call;
    expect(JSON.stringify(result.content)).toContain("amount");
    expect(told()).toBe(true);
    await c.close();
  });

  it("audits every decision", async () => {
    await cli("stop");
    const logs = (await cli("logs", "--limit", "1000")).stdout;
    expect(logs).toMatch(
      /allow\s+approve-only\s+→ approval approvals\/approve echo-params {2}os:alice .*\[invoice 17\]/,
    );
    expect(logs).toMatch(
      /block\s+payments\s+→ approval approvals\/deny echo-params {2}os:bob .*\[not in budget\]/,
    );
    expect(logs).toMatch(/\[approval_pending\]/);
    expect(logs).toMatch(/\{cost 75 USD\}/);
  });
});
