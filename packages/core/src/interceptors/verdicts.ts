import { identityLabel } from "../audit-event.js";
import type { ErrorReason } from "../errors.js";
import type { MessageContext, Verdict } from "../pipeline.js";

export const PASS: Verdict = Object.freeze({ action: "pass" });

export function block(reason: ErrorReason, data?: Record<string, unknown>): Verdict {
  return data ? { action: "block", reason, data } : { action: "block", reason };
}

/** The key prefix for everything counted per server and identity. */
export function who(server: string, identity: { method: string; user: string }): string {
  return `${server}\u0000${identityLabel(identity)}`;
}

/**
 * Every key prefix a session's requests are counted under: its server's name and, when known, the server's
 * launch and program (a server renamed in the config is launched as before, so its counts follow it; a name
 * given to another server keeps the counts of that name), and the names it had before that are no longer
 * configured (the counts under them, when it was counted by name only beside a twin launched alike or gets a
 * twin in the edit that renames it). A request must fit every one.
 */
export function countedUnder(ctx: Pick<MessageContext, "server" | "launch" | "identity">): string[] {
  const keys = [who(ctx.server, ctx.identity)];
  const started = ctx.launch;
  if (started === undefined) return keys;
  // These keys cannot equal a name's: names never hold U+0001.
  if (started.launch !== undefined) keys.push(who(`\u0001launch ${started.launch}`, ctx.identity));
  for (const name of started.formerNames ?? []) if (name !== ctx.server) keys.push(who(name, ctx.identity));
  for (const name of started.countedWith ?? []) if (name !== ctx.server) keys.push(who(name, ctx.identity));
  if (started.program !== undefined) keys.push(who(`\u0001program ${started.program}`, ctx.identity));
  return keys;
}
