// Money and irreversible actions: a call's cost (fixed, or read from an argument) counts against the
// identity's caps per session, hour and day; calls above a threshold, or to tools that always need one,
// wait for a person. The agent gets approval_pending with an id; once a person approves, the same call
// (same identity, same tool, same arguments) goes through exactly once.
import { createHash } from "node:crypto";
import { identityLabel } from "../audit-event.js";
import { canonicalJson } from "../integrity/pins.js";
import type { JsonObject } from "../jsonrpc.js";
import type { Interceptor, MessageContext, Verdict } from "../pipeline.js";
import { comparedName } from "../policy/normalize.js";
import { costFromArguments, type CallCost } from "../spend/call-cost.js";
import { otherAsset } from "../spend/named-asset.js";
import { otherCurrency } from "../spend/named-currency.js";
import { queueFull, type PendingLimits } from "../spend/pending-limits.js";
import type { SpendRules, SpendStore } from "../spend/spend.js";
import { block, PASS } from "./verdicts.js";

const WINDOWS = { per_hour: 3_600_000, per_day: 86_400_000 } as const;

/**
 * The tool's spend rule: the policy keys them by comparedName, as the permissions compare names. Own entries
 * only: a tool named `constructor` has no rule.
 */
function toolRule(rules: SpendRules, tool: string) {
  const name = comparedName(tool);
  return Object.hasOwn(rules.tools, name) ? rules.tools[name] : undefined;
}

function costOf(rules: SpendRules, tool: string, args: unknown): CallCost {
  const rule = toolRule(rules, tool);
  if (!rule) return 0;
  if (rule.cost_from) {
    const cost = costFromArguments(args, rule.cost_from, rule.quantity_from);
    if (typeof cost !== "number") return cost;
    // A call in another currency, or moving another asset, cannot be counted in this one: refused, not booked
    // as if it were.
    const foreign = otherCurrency(args, rules.currency) ?? otherAsset(args, rules.currency);
    return foreign === undefined ? cost : { invalid: foreign };
  }
  return rule.cost ?? 0;
}

/** `limits` is read at each new request, so a reload's bound applies from the next call. */
export function spend(
  store: SpendStore,
  now: () => number,
  newId: () => string,
  limits: () => PendingLimits,
): Interceptor {
  function capExceeded(
    ctx: MessageContext,
    rules: SpendRules,
    identity: string,
    cost: number,
    at: number,
  ): Verdict | undefined {
    if (cost <= 0) return undefined;
    const checks: [string, number | undefined, number | undefined][] = [
      ["per_session", rules.caps.per_session, undefined],
      ["per_hour", rules.caps.per_hour, WINDOWS.per_hour],
      ["per_day", rules.caps.per_day, WINDOWS.per_day],
    ];
    for (const [cap, limit, window] of checks) {
      if (limit === undefined) continue;
      const { total, oldest, otherCurrencyAt } = store.spent(
        ctx.server,
        { label: identity, keyDigest: ctx.identity.keyDigest },
        window ? at - window : 0,
        window ? undefined : ctx.sessionId,
        ctx.launch,
        rules.currency,
      );
      // Spend booked in another currency (before a reload changed the server's) cannot be counted in this
      // one, so what is left of the cap is unknown until it leaves the window: refused, not summed as if
      // dollars were yen.
      if (otherCurrencyAt !== undefined)
        return block("spend_cap_exceeded", {
          cap,
          limit,
          spent: round(total),
          remaining: 0,
          amount: cost,
          currency: rules.currency,
          detail: `the ${cap} window holds spend in another currency than ${rules.currency} (the server's currency changed), and the guard converts no currency`,
          resets_at: window ? new Date(otherCurrencyAt + window).toISOString() : null,
        });
      if (total + cost <= limit + 1e-9) continue;
      return block("spend_cap_exceeded", {
        cap,
        limit,
        spent: round(total),
        remaining: round(Math.max(0, limit - total)),
        amount: cost,
        currency: rules.currency,
        resets_at: window && oldest !== undefined ? new Date(oldest + window).toISOString() : null,
      });
    }
    return undefined;
  }

  /**
   * Undefined when the call may go on; otherwise the answer for the agent. `committed` learns the approval the
   * call uses up.
   */
  function approval(
    ctx: MessageContext,
    rules: SpendRules,
    identity: string,
    tool: string,
    args: unknown,
    cost: number,
    at: number,
    committed: Committed,
  ): Verdict | undefined {
    const threshold = toolRule(rules, tool)?.require_approval_above ?? rules.require_approval_above;
    const always = rules.require_approval.includes(comparedName(tool));
    if (!always && (threshold === undefined || cost <= threshold)) return undefined;
    const fingerprint = fingerprintOf(ctx, identity, tool, args, cost, rules.currency);
    const latest = store.latest(fingerprint);
    const live = latest !== undefined && latest.expires_at > at;
    if (latest?.status === "approved" && live) {
      store.mark(latest.id, "used");
      committed.approval = latest.id;
      return undefined;
    }
    if (latest?.status === "pending" && live)
      return pending(latest.id, tool, cost, rules.currency, latest.expires_at);
    if (latest?.status === "denied") {
      store.mark(latest.id, "closed");
      return block("approval_denied", {
        approval_id: latest.id,
        by: latest.decided_by,
        // data.reason is the code; what the person wrote travels beside it.
        comment: latest.reason,
      });
    }
    if ((latest?.status === "pending" || latest?.status === "approved") && !live) {
      store.mark(latest.id, "closed");
      return block("approval_expired", {
        approval_id: latest.id,
        expired_at: new Date(latest.expires_at).toISOString(),
      });
    }
    const full = queueFull(store, limits(), identity, ctx.server, at);
    if (full) return full;
    const id = newId();
    const expiresAt = at + rules.approval_ttl_seconds * 1000;
    store.create({
      id,
      created_at: at,
      expires_at: expiresAt,
      server: ctx.server,
      identity,
      tool,
      amount: cost > 0 ? cost : null,
      currency: cost > 0 ? rules.currency : null,
      fingerprint,
      arguments: JSON.stringify(args ?? {}),
      why: always ? `${tool} always needs approval` : `cost ${cost} ${rules.currency} is above ${threshold}`,
      status: "pending",
      decided_at: null,
      decided_by: null,
      reason: null,
    });
    return pending(id, tool, cost, rules.currency, expiresAt);
  }

  return {
    name: "spend",
    // A call that waits for a person is held (see holdFor); the check itself is quick.
    inspect(ctx) {
      const m = ctx.message;
      const rules = ctx.policy.spend;
      if (!rules || ctx.direction !== "to_server" || m.kind !== "request" || m.method !== "tools/call")
        return PASS;
      const tool = typeof m.params?.name === "string" ? m.params.name : "";
      const args = (m.params as JsonObject | undefined)?.arguments;
      const cost = costOf(rules, tool, args);
      if (typeof cost !== "number") return block("invalid_cost", { tool, detail: cost.invalid });
      const identity = identityLabel(ctx.identity);
      return charge({ ctx, rules, identity, tool, args, cost }, true);
    },
  };

  /**
   * Caps, then approval, then the ledger: the whole step, also when a held call is settled. A call let through
   * carries what it wrote (the approval used, the ledger's row) to take back, should it never reach the server.
   */
  function charge(call: Call, mayHold: boolean): Verdict {
    const { ctx, rules, identity, tool, args, cost } = call;
    const at = now();
    const capped = capExceeded(ctx, rules, identity, cost, at);
    if (capped) return capped;
    const committed: Committed = {};
    const answer = approval(ctx, rules, identity, tool, args, cost, at, committed);
    if (answer) {
      const wait = rules.wait_for_approval_seconds;
      if (mayHold && wait > 0 && answer.action === "block" && answer.reason === "approval_pending")
        return holdFor(call, answer, wait);
      return answer;
    }
    if (cost > 0)
      committed.charge = store.record({
        ts: at,
        server: ctx.server,
        launch: ctx.launch,
        identity,
        identity_key: ctx.identity.keyDigest,
        session_id: ctx.sessionId,
        tool,
        amount: cost,
        currency: rules.currency,
      });
    const findings = cost > 0 ? [`cost ${cost} ${rules.currency}`] : undefined;
    if (committed.charge === undefined && committed.approval === undefined)
      return findings ? { action: "pass", findings } : PASS;
    // Not sent after all (refused as it leaves, the server gone): no money was spent, and the person's
    // approval still stands for the same call, should the agent try it again.
    const release = () => {
      if (committed.charge !== undefined) store.cancel(committed.charge);
      if (committed.approval !== undefined) store.mark(committed.approval, "approved");
      committed.charge = committed.approval = undefined;
    };
    return findings ? { action: "pass", findings, release } : { action: "pass", release };
  }

  /** Holds the call until a person decides; then this step finishes where it stopped. */
  function holdFor(call: Call, pendingAnswer: Verdict & { action: "block" }, waitSeconds: number): Verdict {
    const id = pendingAnswer.data?.approval_id;
    const fingerprint = fingerprintOf(
      call.ctx,
      call.identity,
      call.tool,
      call.args,
      call.cost,
      call.rules.currency,
    );
    const undecided = () => {
      const latest = store.latest(fingerprint);
      return (
        latest !== undefined && latest.id === id && latest.status === "pending" && latest.expires_at > now()
      );
    };
    return {
      action: "hold",
      reason: pendingAnswer.reason,
      ...(pendingAnswer.data ? { data: pendingAnswer.data } : {}),
      hold: {
        timeoutMs: waitSeconds * 1000,
        // Charged under the caps in force when it leaves: a cap lowered while it waited applies to it.
        settle: (final, current) =>
          !final && undecided() ? undefined : charge(current ? inForceNow(call, current) : call, false),
      },
    };
  }
}

/**
 * The held call under the policy in force now. Its cost and its approval stay those the person saw; the caps
 * and thresholds are today's. A reload that took the server's spend rules away keeps the ones it arrived
 * under (it was held by them).
 */
function inForceNow(call: Call, current: MessageContext): Call {
  return { ...call, ctx: current, rules: current.policy.spend ?? call.rules };
}

/** What letting a call through wrote: the ledger's row and the approval it used up. */
interface Committed {
  charge?: number | undefined;
  approval?: string | undefined;
}

interface Call {
  ctx: MessageContext;
  rules: SpendRules;
  identity: string;
  tool: string;
  args: unknown;
  cost: number;
}

/**
 * One exact call at one price: the same server, identity, tool and arguments, and the amount and currency the
 * person was shown. The server is its name and, where known, how its entry launches it: a config edit that
 * makes the name launch another program (two entries' settings swapped) leaves an approval behind with the
 * server the person saw. The price is there because a fixed `cost` or the `currency` live in the config, not
 * in the arguments: an approval of 5 USD is not one of 5000 USD, or of 5 in another currency.
 */
function fingerprintOf(
  ctx: Pick<MessageContext, "server" | "launch">,
  identity: string,
  tool: string,
  args: unknown,
  cost: number,
  currency: string,
): string {
  const entry = ctx.launch?.entry;
  const server = entry === undefined ? ctx.server : `${ctx.server}\u0000${entry}`;
  const price = canonicalJson([cost, currency]);
  return createHash("sha256")
    .update(`${server}\u0000${identity}\u0000${tool}\u0000${canonicalJson(args ?? {})}\u0000${price}`)
    .digest("hex");
}

function pending(id: string, tool: string, amount: number, currency: string, expiresAt: number): Verdict {
  return block("approval_pending", {
    approval_id: id,
    tool,
    amount,
    currency,
    expires_at: new Date(expiresAt).toISOString(),
  });
}

const round = (n: number) => Math.round(n * 1e6) / 1e6;
