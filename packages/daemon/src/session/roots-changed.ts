// A server keeps the roots the client gave it (server-filesystem serves them as its folders), and the guard
// filters them only as the client's answer to roots/list passes (permissions.ts, noteRoots). A reload that
// changes what the server may read would leave it holding roots judged by the rules before: so the guard tells
// it the roots changed, it asks again, and the client's answer is filtered by the rules in force now.
import type { EffectivePolicy, JsonObject } from "@mcp-guard/core";

/** What decides which of the client's roots reach the server: the resource rules and the credential-file rules. */
function readingRules(policy: EffectivePolicy): string {
  const { resources, integrity } = policy;
  return JSON.stringify([
    resources.deny.map((pattern) => pattern.source),
    resources.allow.map((list) => list.map((pattern) => pattern.source)),
    integrity.sensitive_resources,
    integrity.extra_sensitive_resources,
  ]);
}

/** Whether a server holding the client's roots must be told to ask for them again after this reload. */
export function readingChanged(before: EffectivePolicy, after: EffectivePolicy): boolean {
  return readingRules(before) !== readingRules(after);
}

/** Whether the client's initialize declared roots: a server asks only such a client for them. */
export function declaresRoots(params: JsonObject | undefined): boolean {
  const capabilities = params?.capabilities;
  if (typeof capabilities !== "object" || capabilities === null) return false;
  const roots = (capabilities as JsonObject).roots;
  return typeof roots === "object" && roots !== null;
}

export const ROOTS_CHANGED: JsonObject = { jsonrpc: "2.0", method: "notifications/roots/list_changed" };
