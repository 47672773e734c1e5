// Personal data and secrets in both directions. Everything a message carries is scanned (params, results,
// errors, notifications, the server's own requests); the strictest action over all findings applies:
// block answers with an error naming the types, redact forwards a copy with [REDACTED:<type>] in place,
// warn forwards unchanged. The trace records "<type> at <path>" for the audit, never a value.
import type { Finding, Scanner } from "../detect/scanner.js";
import type { JsonObject } from "../jsonrpc.js";
import type { Interceptor, MessageContext, Verdict } from "../pipeline.js";
import { isSpecMethod } from "../protocol/methods.js";
import { block, PASS } from "./verdicts.js";
import { notificationJunctions, redactJunctions } from "./notification-junctions.js";
import { HANDED_CREDENTIAL, withholdCredentials } from "./handed-credentials.js";

export type DetectionAction = "block" | "redact" | "warn";
export type ActionFor = (type: string, direction: "request" | "response") => DetectionAction;

const SEVERITY: Record<DetectionAction, number> = { warn: 0, redact: 1, block: 2 };

/** The part of a message that carries content. */
function payloadKey(raw: JsonObject): "params" | "result" | "error" | undefined {
  if ("params" in raw) return "params";
  if ("result" in raw) return "result";
  if ("error" in raw) return "error";
  return undefined;
}

/**
 * The id and method a sender chose are strings like any other, but they cannot be rewritten (a response must
 * echo the id, the method selects the handler): any finding there that is not merely "warn" blocks. A
 * response's id is the one its request carried, scanned when that request passed.
 */
function scanIdentifiers(scanner: Scanner, actionFor: ActionFor, ctx: MessageContext): Verdict | undefined {
  const m = ctx.message;
  if (m.kind === "response") return undefined;
  const direction = ctx.direction === "to_server" ? "request" : "response";
  const findings: Finding[] = [];
  if (!isSpecMethod(m.method)) findings.push(...scanner.scan(m.method, "method").findings);
  if (m.kind === "request") findings.push(...scanner.scan(m.id, "id").findings);
  if (findings.length === 0) return undefined;
  const notes = findings.map((f) => `${f.type} at ${f.path}`);
  const blocking = findings.filter((f) => actionFor(f.type, direction) !== "warn");
  if (blocking.length === 0) return { action: "pass", findings: notes };
  const types = [...new Set(blocking.map((f) => f.type))].sort();
  return { ...block("sensitive_data", { types, direction }), findings: notes };
}

/**
 * The content scan: the detectors when detection is on, and whatever they make of it, the credentials the
 * guard handed the server withheld from what it sends the client. `detection` is absent with pii.enabled:
 * false; the withholding still runs then, as it is no detection the config can switch off: the values are
 * the guard's own, known exactly.
 */
export function contentScan(detection: { scanner: Scanner; actionFor: ActionFor } | undefined): Interceptor {
  if (!detection)
    return { name: "content_scan", inspect: (ctx: MessageContext) => withheldFromClient(ctx, PASS) };
  const { scanner, actionFor } = detection;
  return {
    name: "content_scan",
    inspect(ctx: MessageContext): Verdict {
      const identifiers = scanIdentifiers(scanner, actionFor, ctx);
      if (identifiers?.action === "block") return identifiers;
      const verdict = withheldFromClient(ctx, scanPayload(scanner, actionFor, ctx));
      if (!identifiers?.findings) return verdict;
      return { ...verdict, findings: [...identifiers.findings, ...(verdict.findings ?? [])] };
    },
  };
}

/**
 * A server's message with the credentials the guard handed that server withheld (handed-credentials.ts),
 * after the detectors: whatever they let through, redacted or not.
 */
function withheldFromClient(ctx: MessageContext, verdict: Verdict): Verdict {
  const values = ctx.handedCredentials;
  if (ctx.direction !== "to_client" || !values?.length || verdict.action === "block") return verdict;
  const message = verdict.action === "modify" ? verdict.message : ctx.message.raw;
  const key = payloadKey(message);
  if (!key) return verdict;
  const found: string[] = [];
  const out = withholdCredentials(message[key], key, values, found);
  if (found.length === 0) return verdict;
  const findings = [...(verdict.findings ?? []), ...found.map((path) => `${HANDED_CREDENTIAL} at ${path}`)];
  return { action: "modify", message: { ...message, [key]: out as JsonObject }, findings };
}

function scanPayload(scanner: Scanner, actionFor: ActionFor, ctx: MessageContext): Verdict {
  const raw = ctx.message.raw;
  const key = payloadKey(raw);
  if (!key) return PASS;
  // "request" rules protect what goes to the server, "response" rules what comes back to the client.
  const direction = ctx.direction === "to_server" ? "request" : "response";
  // One pass finds everything and, copy on write, redacts what is to be redacted; a block discards the copy.
  const redacts = (type: string) => actionFor(type, direction) === "redact";
  const scanned = scanner.scan(raw[key], key, redacts);
  let redacted = scanned.value;
  // A value cut between this message and the notifications before it in its stream (notification-junctions.ts).
  const across = notificationJunctions(scanner, ctx);
  // Nothing found, as for most messages: no list of findings is made.
  if (scanned.findings.length === 0 && across.length === 0) return PASS;
  const findings: Finding[] = [...scanned.findings, ...across.map((f) => ({ type: f.type, path: f.path }))];
  const redactedAcross = across.filter((f) => redacts(f.type));
  if (redactedAcross.length > 0)
    redacted = redactJunctions(raw[key] as JsonObject, redacted as JsonObject, redactedAcross);
  const notes = findings.map((f: Finding) => `${f.type} at ${f.path}`);
  let strictest: DetectionAction = "warn";
  for (const f of findings) {
    const action = actionFor(f.type, direction);
    if (SEVERITY[action] > SEVERITY[strictest]) strictest = action;
  }
  const types = [...new Set(findings.map((f) => f.type))].sort();
  if (strictest === "block") {
    const blocking = types.filter((type) => actionFor(type, direction) === "block");
    // The remedy, by type only (never a value or a path): the exact settings that would let it through.
    const allow = blocking.map((type) => `pii.actions.${type}.${direction}: warn`);
    const towards = direction === "request" ? "towards the server" : "towards the client";
    const detail = `${blocking.join(", ")} ${towards}; to let it through, set ${allow.join(" and ")} in the config`;
    return { ...block("sensitive_data", { types, direction, allow, detail }), findings: notes };
  }
  if (strictest === "warn") return { action: "pass", findings: notes };
  return { action: "modify", message: { ...raw, [key]: redacted }, findings: notes };
}
