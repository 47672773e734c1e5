// Spending and approvals as the spend check sees them: the rules, and the store that keeps the ledger
// and the queue (SQLite in the daemon; the CLI decides through the same tables).
import type { ServerLaunch } from "../pipeline.js";

export interface ToolCost {
  /** A fixed cost per call. */
  cost?: number | undefined;
  /** Or a JSON path into the arguments ("amount", "payment.total") holding the cost. */
  cost_from?: string | undefined;
  /** With cost_from: a JSON path to the number of units the call buys; the cost is the amount times it. */
  quantity_from?: string | undefined;
  require_approval_above?: number | undefined;
}

export interface SpendRules {
  currency: string;
  tools: Record<string, ToolCost>;
  caps: { per_session?: number | undefined; per_hour?: number | undefined; per_day?: number | undefined };
  /** Calls costing more than this need a person (a tool's own threshold wins). */
  require_approval_above?: number | undefined;
  /** Tools that always need a person, whatever they cost. */
  require_approval: string[];
  approval_ttl_seconds: number;
  /** Hold the call open until a decision (up to this many seconds) instead of answering approval_pending. */
  wait_for_approval_seconds: number;
}

export type ApprovalStatus = "pending" | "approved" | "denied" | "used" | "closed";

export interface Approval {
  id: string;
  created_at: number;
  expires_at: number;
  server: string;
  identity: string;
  tool: string;
  amount: number | null;
  currency: string | null;
  fingerprint: string;
  arguments: string;
  why: string;
  status: ApprovalStatus;
  decided_at: number | null;
  decided_by: string | null;
  reason: string | null;
}

/** One call's cost in the ledger. */
export interface SpendEntry {
  ts: number;
  server: string;
  /** How the server was launched (MessageContext.launch), so its spending follows it across a rename. */
  launch?: ServerLaunch | undefined;
  identity: string;
  /** The API key's digest (Identity.keyDigest), so its spending follows the key across a rename. */
  identity_key?: string | undefined;
  session_id: string;
  tool: string;
  amount: number;
  currency: string;
}

/** Who spends: the identity's label and, for an API key, the digest its spending follows (Identity.keyDigest). */
export interface Spender {
  label: string;
  keyDigest?: string | undefined;
}

/** What a spender spent in a window, as `SpendStore.spent` counts it. */
export interface SpentTotal {
  /** The amounts summed: with a currency, only the rows in it (compared without regard to case). */
  total: number;
  /** When the oldest of those rows was recorded. */
  oldest: number | undefined;
  /**
   * With a currency: when the newest row in another one was recorded (the server's currency changed while the
   * window held spend), since the guard holds no exchange rates to count it.
   */
  otherCurrencyAt?: number | undefined;
}

export interface SpendStore {
  /**
   * Total spent by an identity on a server since a time (and within one session, when given): what was
   * recorded under the identity's label or its key's digest, and under the server's name or, when `launch` is
   * given, under its launch or program whatever the name was. With `currency`, the total counts the rows in
   * that currency and reports the newest in another.
   */
  spent(
    server: string,
    spender: Spender,
    since: number,
    sessionId?: string,
    launch?: ServerLaunch,
    currency?: string,
  ): SpentTotal;
  /** Records a charge; answers its id, for `cancel`. */
  record(entry: SpendEntry): number;
  /** Takes a recorded charge back (the call it paid for was refused before it reached the server). */
  cancel(id: number): void;
  /** The most recent approval request for this exact call. */
  latest(fingerprint: string): Approval | undefined;
  create(approval: Approval): void;
  /** Requests still waiting for a person (pending, unexpired) of this identity, and on this server. */
  waiting(identity: string, server: string, now: number): { identity: number; server: number };
  /** Moves an approval to a new status (used once it has let a call through; closed once reported). */
  mark(id: string, status: ApprovalStatus): void;
}
