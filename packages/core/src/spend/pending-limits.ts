// The bound on the approval queue. Each request keeps its call's whole arguments for the person to read, and
// an agent (or a prompt-injected one) that loops over calls with fresh arguments would otherwise bury the
// request it wants approved among thousands of look-alikes and grow the database by each call's arguments.
import { block } from "../interceptors/verdicts.js";
import type { Verdict } from "../pipeline.js";
import type { SpendStore } from "./spend.js";

/** approvals.max_pending_per_identity and max_pending_per_server, as in force. */
export interface PendingLimits {
  max_pending_per_identity: number;
  max_pending_per_server: number;
}

/**
 * The refusal for a call that would add one request too many to the queue, or undefined when it fits.
 * Per identity across every server (one agent cannot fill the person's queue), and per server across
 * identities (what one server's tools ask of the person stays readable).
 */
export function queueFull(
  store: SpendStore,
  limits: PendingLimits,
  identity: string,
  server: string,
  at: number,
): Verdict | undefined {
  const waiting = store.waiting(identity, server, at);
  const over: [string, number, number, string][] = [
    [
      "approvals.max_pending_per_identity",
      limits.max_pending_per_identity,
      waiting.identity,
      "of this identity",
    ],
    ["approvals.max_pending_per_server", limits.max_pending_per_server, waiting.server, `on ${server}`],
  ];
  for (const [setting, limit, pending, whose] of over) {
    if (pending < limit) continue;
    return block("approval_queue_full", {
      setting,
      limit,
      pending,
      detail: `${pending} requests ${whose} already wait for a person (${setting}: ${limit}); this call was not queued: retry it once a person has decided some or they have expired`,
    });
  }
  return undefined;
}
