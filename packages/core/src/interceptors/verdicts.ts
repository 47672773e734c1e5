import { identityLabel } from "../audit-event.js";
import type { ErrorReason } from "../errors.js";
import type { Identity, MessageContext, Verdict } from "../pipeline.js";

export const PASS: Verdict = Object.freeze({ action: "pass" });

export function block(reason: ErrorReason, data?: Record<string, unknown>): Verdict {
  return data ? { action: "block", reason, data } : { action: "block", reason };
}

/**
 * The labels an identity is counted under: its name's and, for an API key, its key's (Identity.keyDigest),
 * so a key renamed in the config keeps its counts. The key's cannot equal a name's: a label is method:name.
 */
function countedAs(identity: Pick<Identity, "method" | "user" | "keyDigest">): string[] {
  const labels = [identityLabel(identity)];
  if (identity.keyDigest !== undefined) labels.push(`${identity.method}#${identity.keyDigest}`);
  return labels;
}

/**
 * Every key prefix a session's requests are counted under, for each label of its identity (countedAs): its
 * server's name and, when known, the server's
 * launch and program (a server renamed in the config is launched as before, so its counts follow it; a name
 * given to another server keeps the counts of that name), and the names it had before that are no longer
 * configured (the counts under them, when it was counted by name only beside a twin launched alike or gets a
 * twin in the edit that renames it). A request must fit every one.
 */
export function countedUnder(ctx: Pick<MessageContext, "server" | "launch" | "identity">): string[] {
  const servers = [ctx.server];
  const started = ctx.launch;
  // These keys cannot equal a name's: names never hold U+0001.
  if (started?.launch !== undefined) servers.push(`\u0001launch ${started.launch}`);
  for (const name of started?.formerNames ?? []) if (name !== ctx.server) servers.push(name);
  for (const name of started?.countedWith ?? []) if (name !== ctx.server) servers.push(name);
  if (started?.program !== undefined) servers.push(`\u0001program ${started.program}`);
  const identities = countedAs(ctx.identity);
  return servers.flatMap((server) => identities.map((identity) => `${server}\u0000${identity}`));
}
