import { describe, expect, it } from "vitest";
import { spend } from "../../src/interceptors/spend.js";
import { classify, type Message } from "../../src/jsonrpc.js";
import type { MessageContext, Verdict } from "../../src/pipeline.js";
import { effectivePolicy } from "../../src/policy/policy.js";
import type { Approval, Spender, SpendEntry, SpendRules, SpendStore } from "../../src/spend/spend.js";
import { verdictNow } from "../support/verdict-now.js";

class MemoryStore implements SpendStore {
  ledger: SpendEntry[] = [];
  approvals: Approval[] = [];
  spent(
    server: string,
    spender: Spender,
    since: number,
    sessionId?: string,
    _launch?: unknown,
    currency?: string,
  ) {
    const inWindow = this.ledger.filter(
      (e) =>
        e.server === server &&
        (e.identity === spender.label ||
          (spender.keyDigest !== undefined && e.identity_key === spender.keyDigest)) &&
        (sessionId ? e.session_id === sessionId : e.ts >= since),
    );
    const counted = (e: SpendEntry) =>
      currency === undefined || e.currency.toUpperCase() === currency.toUpperCase();
    const rows = inWindow.filter(counted);
    const elsewhere = inWindow.filter((e) => !counted(e) && e.amount > 0).map((e) => e.ts);
    return {
      total: rows.reduce((t, e) => t + e.amount, 0),
      oldest: rows.length ? Math.min(...rows.map((e) => e.ts)) : undefined,
      otherCurrencyAt: elsewhere.length ? Math.max(...elsewhere) : undefined,
    };
  }
  record(e: SpendEntry) {
    return this.ledger.push(e) - 1;
  }
  cancel(id: number) {
    // Indices are the ids: a cancelled charge keeps its place, at no amount.
    this.ledger[id] = { ...this.ledger[id]!, amount: 0 };
  }
  latest(fingerprint: string) {
    return this.approvals.filter((a) => a.fingerprint === fingerprint).at(-1);
  }
  create(a: Approval) {
    this.approvals.push({ ...a });
  }
  waiting(identity: string, server: string, now: number) {
    const live = this.approvals.filter((a) => a.status === "pending" && a.expires_at > now);
    return {
      identity: live.filter((a) => a.identity === identity).length,
      server: live.filter((a) => a.server === server).length,
    };
  }
  mark(id: string, status: Approval["status"]) {
    this.approvals.find((a) => a.id === id)!.status = status;
  }
}

const rules = (over: Partial<SpendRules> = {}): SpendRules => ({
  currency: "EUR",
  tools: { pay: { cost_from: "payment.amount" }, sms: { cost: 0.5 } },
  caps: { per_session: 10, per_hour: 15 },
  require_approval_above: 5,
  require_approval: ["wipe"],
  approval_ttl_seconds: 60,
  wait_for_approval_seconds: 0,
  ...over,
});

function ctx(name: string, args: unknown, r: SpendRules, session = "s1"): MessageContext {
  return {
    direction: "to_server",
    sessionId: session,
    server: "bank",
    identity: { method: "api_key", user: "agent", uid: 1, roles: [] },
    auth: { ok: true },
    policy: {
      ...effectivePolicy(
        {
          permissions: { denied_tools: [], denied_resources: [], denied_prompts: [] },
          rate_limit: { tool_limits: {}, method_limits: {} },
          sampling: { enabled: false },
          elicitation: { enabled: false },
        },
        [],
        {},
      ),
      spend: r,
    },
    state: new Map(),
    message: classify({
      jsonrpc: "2.0",
      id: 1,
      method: "tools/call",
      params: { name, arguments: args },
    }) as Message,
  };
}

describe("spend", () => {
  let clock = 1_000_000;
  let ids = 0;
  const make = (limits = { max_pending_per_identity: 20, max_pending_per_server: 100 }) => {
    const store = new MemoryStore();
    return {
      store,
      check: spend(
        store,
        () => clock,
        () => `a${++ids}`,
        () => limits,
      ),
    };
  };

  it.each([
    {},
    { payment: {} },
    { payment: { amount: -1 } },
    { payment: { amount: "lots" } },
    { payment: { amount: Infinity } },
  ])("refuses a call whose cost argument is not an amount: %j", (args) => {
    expect(make().check.inspect(ctx("pay", args, rules()))).toMatchObject({
      action: "block",
      reason: "invalid_cost",
    });
  });

  // Round 35 (attack-rules-as-listed): the permissions compare names after NFKC; spend must name the same tool.
  it("applies a rule to the tool the permissions would take it to name, in whichever form it is written", () => {
    const compared = (r: SpendRules) =>
      effectivePolicy(
        {
          permissions: { denied_tools: [], denied_resources: [], denied_prompts: [] },
          rate_limit: { tool_limits: {}, method_limits: {} },
          sampling: { enabled: false },
          elicitation: { enabled: false },
          spend: r,
        },
        [],
        {},
      ).spend!;
    const written = compared(
      rules({ tools: { ｓｍｓ: { cost: 0.5 }, ｻｰﾊﾞｰ削除: { cost: 2 } }, require_approval: ["ｗｉｐｅ"] }),
    );
    const { check } = make();
    expect(check.inspect(ctx("sms", {}, written))).toMatchObject({
      action: "pass",
      findings: ["cost 0.5 EUR"],
    });
    expect(check.inspect(ctx("ｻｰﾊﾞｰ削除", {}, written))).toMatchObject({
      action: "pass",
      findings: ["cost 2 EUR"],
    });
    expect(check.inspect(ctx("サーバー削除", {}, written))).toMatchObject({
      action: "pass",
      findings: ["cost 2 EUR"],
    });
    expect(check.inspect(ctx("wipe", {}, written))).toMatchObject({ reason: "approval_pending" });
    expect(check.inspect(ctx("constructor", {}, written))).toEqual({ action: "pass" });
  });

  it("records fixed and argument costs and reports them in the trace", () => {
    const { store, check } = make();
    expect(check.inspect(ctx("sms", {}, rules()))).toMatchObject({
      action: "pass",
      findings: ["cost 0.5 EUR"],
    });
    expect(check.inspect(ctx("pay", { payment: { amount: "2.5" } }, rules()))).toMatchObject({
      action: "pass",
      findings: ["cost 2.5 EUR"],
    });
    expect(check.inspect(ctx("free", {}, rules()))).toEqual({ action: "pass" });
    expect(store.ledger.map((e) => e.amount)).toEqual([0.5, 2.5]);
  });

  it("stops at the first cap that the call would pass, with what is left", () => {
    const { check } = make();
    for (let i = 0; i < 4; i++) verdictNow(check.inspect(ctx("pay", { payment: { amount: 2 } }, rules())));
    expect(check.inspect(ctx("pay", { payment: { amount: 3 } }, rules()))).toMatchObject({
      reason: "spend_cap_exceeded",
      data: { cap: "per_session", limit: 10, spent: 8, remaining: 2, amount: 3 },
    });
    expect(verdictNow(check.inspect(ctx("pay", { payment: { amount: 2 } }, rules()))).action).toBe("pass");
    expect(check.inspect(ctx("pay", { payment: { amount: 6 } }, rules(), "s2"))).toMatchObject({
      data: {
        cap: "per_hour",
        limit: 15,
        spent: 10,
        remaining: 5,
        resets_at: new Date(clock + 3_600_000).toISOString(),
      },
    });
  });

  // Round 45 (attack-spend-currency-reload): rows booked before a reload changed the currency are not summed.
  it("refuses a costed call while a cap's window holds spend in another currency, until it leaves", () => {
    const { check } = make();
    verdictNow(check.inspect(ctx("pay", { payment: { amount: 4 } }, rules({ currency: "usd" }))));
    const inYen = rules({ currency: "JPY", caps: { per_hour: 1500 }, require_approval_above: undefined });
    expect(check.inspect(ctx("pay", { payment: { amount: 1000 } }, inYen, "s2"))).toMatchObject({
      reason: "spend_cap_exceeded",
      data: { cap: "per_hour", spent: 0, remaining: 0, resets_at: new Date(clock + 3_600_000).toISOString() },
    });
    expect(check.inspect(ctx("sms", {}, rules({ currency: "JPY" })))).toMatchObject({
      data: { cap: "per_session", resets_at: null },
    });
    // The same currency in another case is the same; a free call is not held up.
    expect(verdictNow(check.inspect(ctx("sms", {}, rules({ currency: "Usd" })))).action).toBe("pass");
    expect(check.inspect(ctx("free", {}, inYen))).toEqual({ action: "pass" });
    clock += 3_600_001;
    expect(verdictNow(check.inspect(ctx("pay", { payment: { amount: 1000 } }, inYen, "s2"))).action).toBe(
      "pass",
    );
  });

  it("lets an approved call through once, only with the same arguments, and reports denial and expiry", () => {
    const { store, check } = make();
    const big = ctx("pay", { payment: { amount: 7 }, to: "x" }, rules({ caps: {} }));
    const pending = verdictNow(check.inspect(big)) as { data?: { approval_id?: string } };
    expect(pending).toMatchObject({
      action: "block",
      reason: "approval_pending",
      data: { amount: 7, currency: "EUR" },
    });
    expect(store.approvals).toHaveLength(1);
    expect(check.inspect(big)).toMatchObject({ data: { approval_id: pending.data?.approval_id } });
    store.approvals[0]!.status = "approved";
    expect(check.inspect(ctx("pay", { payment: { amount: 7 }, to: "y" }, rules({ caps: {} })))).toMatchObject(
      { reason: "approval_pending" },
    );
    expect(verdictNow(check.inspect(big)).action).toBe("pass");
    expect(check.inspect(big)).toMatchObject({ reason: "approval_pending" });

    const wipe = ctx("wipe", {}, rules());
    const asked = verdictNow(check.inspect(wipe)) as { data?: { approval_id?: string } };
    const request = store.approvals.find((a) => a.id === asked.data?.approval_id)!;
    Object.assign(request, { status: "denied", decided_by: "bob", reason: "no" });
    expect(check.inspect(wipe)).toMatchObject({
      reason: "approval_denied",
      data: { by: "bob", comment: "no" },
    });
    expect(check.inspect(wipe)).toMatchObject({ reason: "approval_pending" });
    clock += 61_000;
    expect(check.inspect(wipe)).toMatchObject({ reason: "approval_expired" });
  });

  it("bounds the requests waiting per identity and per server, queueing nothing beyond the bound", () => {
    const { store, check } = make({ max_pending_per_identity: 3, max_pending_per_server: 5 });
    const wipe = (n: number, session = "s1") => check.inspect(ctx("wipe", { n }, rules(), session));
    for (let n = 0; n < 3; n++) expect(wipe(n)).toMatchObject({ reason: "approval_pending" });
    expect(wipe(3)).toMatchObject({
      reason: "approval_queue_full",
      data: { setting: "approvals.max_pending_per_identity", limit: 3, pending: 3 },
    });
    expect(store.approvals).toHaveLength(3);
    // Hard negative: asking again for a request already waiting is not a new one.
    expect(wipe(0)).toMatchObject({ reason: "approval_pending" });
    // Another identity has its own bound, under the server's.
    store.approvals.forEach((a) => (a.identity = "api_key:other"));
    for (let n = 10; n < 12; n++) expect(wipe(n)).toMatchObject({ reason: "approval_pending" });
    expect(wipe(12)).toMatchObject({
      reason: "approval_queue_full",
      data: { setting: "approvals.max_pending_per_server", limit: 5 },
    });
    // A decided request, or an expired one, leaves the queue and frees its place.
    store.approvals[0]!.status = "denied";
    expect(wipe(13)).toMatchObject({ reason: "approval_pending" });
    clock += 61_000;
    expect(wipe(14)).toMatchObject({ reason: "approval_pending" });
  });

  it("settles a held call under the caps in force when it leaves, with the cost the person saw", () => {
    const waiting = rules({ caps: { per_hour: 15 }, wait_for_approval_seconds: 60 });
    const held = (check: ReturnType<typeof make>["check"], store: MemoryStore) => {
      const verdict = verdictNow(check.inspect(ctx("pay", { payment: { amount: 7 } }, waiting)));
      if (verdict.action !== "hold") throw new Error(`expected a hold, got ${JSON.stringify(verdict)}`);
      store.approvals.at(-1)!.status = "approved";
      return verdict.hold;
    };
    // The hour's cap lowered below the call while it waited: refused, nothing charged.
    const lowered = make();
    expect(
      held(lowered.check, lowered.store).settle(false, ctx("pay", {}, { ...waiting, caps: { per_hour: 5 } })),
    ).toMatchObject({ action: "block", reason: "spend_cap_exceeded", data: { limit: 5, amount: 7 } });
    expect(lowered.store.ledger).toHaveLength(0);
    // Hard negatives: the same caps, or none asked for (no current context), let it through once, charged 7;
    // a reload that took the spend rules away keeps the caps it was held under.
    for (const current of [ctx("pay", {}, waiting), undefined]) {
      const same = make();
      expect(held(same.check, same.store).settle(false, current)).toMatchObject({ action: "pass" });
      expect(same.store.ledger.map((e) => e.amount)).toEqual([7]);
    }
    // Another call spent 10 of the hour's 15 while this one waited, and a reload took the spend rules away:
    // the caps it was held under still count.
    const removed = make();
    const hold = held(removed.check, removed.store);
    removed.store.record({
      ts: clock,
      server: "bank",
      identity: "api_key:agent",
      session_id: "s0",
      tool: "pay",
      amount: 10,
      currency: "EUR",
    });
    const base = ctx("pay", {}, waiting);
    expect(hold.settle(false, { ...base, policy: { ...base.policy, spend: undefined } })).toMatchObject({
      reason: "spend_cap_exceeded",
      data: { limit: 15, spent: 10 },
    });
  });

  it("lets a charged call through with the charge to take back, should it never reach the server", () => {
    const { check, store } = make();
    const verdict = verdictNow(check.inspect(ctx("pay", { payment: { amount: 4 } }, rules())));
    if (verdict.action !== "pass" || !verdict.release) throw new Error("expected a pass to release");
    expect(store.spent("bank", { label: "api_key:agent" }, 0).total).toBe(4);
    verdict.release();
    verdict.release();
    expect(store.spent("bank", { label: "api_key:agent" }, 0).total).toBe(0);
    // A free call commits nothing.
    expect(verdictNow(check.inspect(ctx("free", {}, rules())))).not.toHaveProperty("release");
  });

  it("takes back a settled call's charge and approval when the call is refused as it leaves", () => {
    const waiting = rules({ caps: { per_hour: 15 }, wait_for_approval_seconds: 60 });
    const { check, store } = make();
    const verdict = verdictNow(check.inspect(ctx("pay", { payment: { amount: 7 } }, waiting)));
    if (verdict.action !== "hold") throw new Error(`expected a hold, got ${JSON.stringify(verdict)}`);
    store.approvals.at(-1)!.status = "approved";
    const settled = verdict.hold.settle(false, ctx("pay", {}, waiting));
    if (settled?.action !== "pass" || !settled.release) throw new Error("expected a pass to release");
    expect(store.spent("bank", { label: "api_key:agent" }, 0).total).toBe(7);
    expect(store.approvals.at(-1)!.status).toBe("used");
    settled.release();
    expect(store.spent("bank", { label: "api_key:agent" }, 0).total).toBe(0);
    expect(store.approvals.at(-1)!.status).toBe("approved");
    // Released once: a second release takes nothing more back.
    store.approvals.at(-1)!.status = "used";
    settled.release();
    expect(store.approvals.at(-1)!.status).toBe("used");
  });
});

describe("a cost path through a list", () => {
  const checkout = rules({
    caps: {},
    require_approval_above: undefined,
    tools: {
      checkout: { cost_from: "line_items.0.price_data.unit_amount", quantity_from: "line_items.0.quantity" },
      basket: { cost_from: "items.0.price", quantity_from: "count" },
      mixed: { cost_from: "items.0.price", quantity_from: "counts.0" },
    },
  });
  const costOf = (tool: string, args: unknown) => {
    const limits = { max_pending_per_identity: 20, max_pending_per_server: 100 };
    const check = spend(
      new MemoryStore(),
      () => 0,
      () => "id",
      () => limits,
    );
    const verdict = check.inspect(ctx(tool, args, checkout)) as Verdict;
    return verdict.action === "block" ? verdict.reason : verdict.findings?.[0];
  };
  const line = (unit_amount: unknown, quantity?: number) => ({ price_data: { unit_amount }, quantity });

  it("counts every item, each times its own quantity", () => {
    expect(costOf("checkout", { line_items: [line(1, 1)] })).toBe("cost 1 EUR");
    expect(costOf("checkout", { line_items: [line(1, 1), line(9000, 2)] })).toBe("cost 18001 EUR");
    expect(costOf("checkout", { line_items: [line(2), line(3, 4)] })).toBe("cost 14 EUR");
    expect(costOf("basket", { items: [{ price: 2 }, { price: 3 }], count: 2 })).toBe("cost 10 EUR");
  });

  it("refuses a list it cannot cost whole", () => {
    expect(costOf("checkout", { line_items: [] })).toBe("invalid_cost");
    expect(costOf("checkout", { line_items: [line(1, 1), { price: "price_123", quantity: 1 }] })).toBe(
      "invalid_cost",
    );
    // Quantities from another list than the amounts': which multiplies which is the server's guess.
    expect(costOf("mixed", { items: [{ price: 2 }], counts: [1, 2] })).toBe("invalid_cost");
  });

  it("counts an object keyed by index as the list a form encoder sends", () => {
    expect(costOf("checkout", { line_items: { "0": line(1, 1) } })).toBe("cost 1 EUR");
    expect(costOf("checkout", { line_items: { "0": line(1, 1), "1": line(9000, 2) } })).toBe(
      "cost 18001 EUR",
    );
    expect(costOf("basket", { items: { "0": { price: 2 }, "1": { price: 3 } }, count: 2 })).toBe(
      "cost 10 EUR",
    );
    expect(costOf("mixed", { items: [{ price: 2 }], counts: { "0": 3 } })).toBe("cost 6 EUR");
  });

  it("refuses what a form encoder sends as more items than the path reads", () => {
    // Keys an encoder does not read as an index ("01", "first"), beside or instead of the indexes.
    expect(costOf("checkout", { line_items: { "0": line(1, 1), "01": line(9000, 1) } })).toBe("invalid_cost");
    expect(costOf("checkout", { line_items: { "0": line(1, 1), first: line(9000, 1) } })).toBe(
      "invalid_cost",
    );
    expect(costOf("checkout", { line_items: {} })).toBe("invalid_cost");
    // A line's form spelling beside the list, of a list or of an object keyed by index, in any case.
    const bracketed = { "line_items[1][price_data][unit_amount]": 9000 };
    expect(costOf("checkout", { line_items: [line(1, 1)], ...bracketed })).toBe("invalid_cost");
    expect(costOf("checkout", { line_items: { "0": line(1, 1) }, ...bracketed })).toBe("invalid_cost");
    expect(costOf("checkout", { line_items: [line(1, 1)], "Line_Items[1]": line(9000, 1) })).toBe(
      "invalid_cost",
    );
    // Inside a line, a bracketed key merged into the member the path reads.
    const inner = { price_data: { unit_amount: 1 }, "price_data[unit_amount]": 9000 };
    expect(costOf("checkout", { line_items: [inner] })).toBe("invalid_cost");
    expect(costOf("basket", { items: [{ price: 2 }], count: 1, "count[0]": 5 })).toBe("invalid_cost");
  });

  it("prices ordinary keys with brackets and lists beside the path", () => {
    const args = {
      line_items: [line(1, 1)],
      "metadata[order]": "A-1",
      "line_items_note[1]": "gift",
      tags: ["a"],
    };
    expect(costOf("checkout", args)).toBe("cost 1 EUR");
  });
});
