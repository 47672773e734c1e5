// The keyed digest the audit keeps in place of a value a peer chose that it may not keep bare (a method the
// specification does not define, a target detection flagged or the audit cut, an odd id: audit-scrub.ts),
// and the forms a value a person filters by can take in the audit. `logs -m admin/exec` must find the rows
// kept as `hmac:…`: the filter digests what was typed with the same key and matches either form.
import { createHmac } from "node:crypto";
import { bound } from "./audit-event.js";

/** `hmac:` and 24 hex digits of HMAC-SHA-256 keyed with the daemon key. */
export function auditDigest(value: string, key: string): string {
  return `hmac:${createHmac("sha256", key).update(value).digest("hex").slice(0, 24)}`;
}

const DIGEST = /^hmac:[0-9a-f]{24}$/;

/** Whether a kept value is such a digest (what an audit row holds in its place). */
export const isAuditDigest = (kept: string) => DIGEST.test(kept);

/**
 * How a method may be kept: itself (one the specification defines) or its digest. Without the key (a home
 * whose daemon never ran) only itself.
 */
export function methodForms(method: string, key: string | undefined): string[] {
  return key === undefined ? [method] : [method, auditDigest(method, key)];
}

/** How a target may be kept: cut at the audit's bound as the audit cuts it, then itself or its digest. */
export function targetForms(target: string, key: string | undefined): string[] {
  const kept = bound(target);
  return key === undefined ? [kept] : [kept, auditDigest(kept, key)];
}
