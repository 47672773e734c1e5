import { identityLabel } from "../audit-event.js";
import type { ErrorReason } from "../errors.js";
import type { Verdict } from "../pipeline.js";

export const PASS: Verdict = Object.freeze({ action: "pass" });

export function block(reason: ErrorReason, data?: Record<string, unknown>): Verdict {
  return data ? { action: "block", reason, data } : { action: "block", reason };
}

/** The key prefix for everything counted per server and identity. */
export function who(server: string, identity: { method: string; user: string }): string {
  return `${server}\u0000${identityLabel(identity)}`;
}
