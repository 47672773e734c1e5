// First in the chain: only what the MCP specification defines for a direction passes. A request method
// without an id would skip every check that looks at requests (permissions, limits, spend, approvals),
// and a server that dispatches on the method runs it anyway; an unknown notification is the same side door.
// Both are dropped (a notification cannot be answered) and audited; an unknown request method is refused.
// A message with members that differ only in case, or a key with a control character (see case-variants.ts),
// is refused in both directions.
import type { Interceptor } from "../pipeline.js";
import { keyAmbiguity } from "../protocol/case-variants.js";
import { isRequestMethod, MCP_METHODS } from "../protocol/methods.js";
import { block, PASS } from "./verdicts.js";

export function protocol(): Interceptor {
  return {
    name: "protocol",
    inspect(ctx) {
      const m = ctx.message;
      const ambiguity =
        m.kind !== "response"
          ? keyAmbiguity(m.params, "params", m.method)
          : m.error
            ? keyAmbiguity(m.raw.error, "error")
            : keyAmbiguity(m.raw.result, "result", ctx.request?.method);
      if (ambiguity) return block("invalid_request", { detail: ambiguity });
      if (m.kind === "response") return PASS;
      const allowed = MCP_METHODS[ctx.direction];
      if (m.kind === "request") return allowed.requests.has(m.method) ? PASS : block("method_not_allowed");
      if (allowed.notifications.has(m.method)) return PASS;
      return block(isRequestMethod(m.method) ? "request_without_id" : "notification_not_allowed");
    },
  };
}
