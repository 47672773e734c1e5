// What a server presents to the model: tool and prompt definitions and its instructions are pinned on first
// sight and a change is withheld until a person approves it; definitions that carry hidden instructions
// are withheld (or the server blocked); hidden characters are stripped; results that address the model
// are flagged; requests for credential files and metadata endpoints are refused.
import type { ErrorReason } from "../errors.js";
import { findHidden } from "../integrity/hidden.js";
import { pinOf, type PinKind, type PinStore } from "../integrity/pins.js";
import { definitionText, scorePoison } from "../integrity/poison.js";
import { scoreResultInjection } from "../integrity/result-injection.js";
import type { JsonObject } from "../jsonrpc.js";
import type { Interceptor, MessageContext, Verdict } from "../pipeline.js";
import { block, PASS } from "./verdicts.js";

interface SessionIntegrity {
  /** Whether the server had no pins when this session first saw its definitions (trust on first use). */
  firstSight?: boolean;
  withheld: Map<string, { reason: ErrorReason; signals?: string[] }>;
  serverBlocked?: string[];
}

const KEY = "tool_integrity";

function sessionState(ctx: MessageContext): SessionIntegrity {
  let state = ctx.state.get(KEY) as SessionIntegrity | undefined;
  if (!state) ctx.state.set(KEY, (state = { withheld: new Map() }));
  return state;
}

/** Strips hidden characters from every string of a value (copy on write). */
function stripHidden(value: unknown): unknown {
  if (typeof value === "string") return findHidden(value)?.stripped ?? value;
  if (Array.isArray(value)) {
    const out = value.map(stripHidden);
    return out.some((v, i) => v !== value[i]) ? out : value;
  }
  if (typeof value === "object" && value !== null) {
    let copy: Record<string, unknown> | undefined;
    for (const [k, v] of Object.entries(value)) {
      const out = stripHidden(v);
      if (out !== v) (copy ??= { ...(value as Record<string, unknown>) })[k] = out;
    }
    return copy ?? value;
  }
  return value;
}

const itemKey = (kind: PinKind, name: string) => `${kind}:${name}`;

export function toolIntegrity(pins: PinStore): Interceptor {
  /** Judges one definition: returns what to show (or undefined to withhold) and notes for the audit. */
  function review(
    ctx: MessageContext,
    state: SessionIntegrity,
    kind: PinKind,
    name: string,
    definition: unknown,
    notes: string[],
  ): unknown {
    const rules = ctx.policy.integrity;
    let shown = definition;
    const hidden = findHidden(definitionText(definition));
    if (hidden) {
      notes.push(`${kind} ${name}: hidden ${hidden.kinds.join(", ")}`);
      if (rules.hidden_characters === "block") {
        state.withheld.set(itemKey(kind, name), { reason: "hidden_characters" });
        return undefined;
      }
      if (rules.hidden_characters === "strip") shown = stripHidden(definition);
    }
    const poison = scorePoison(definitionText(definition));
    if (poison.score >= rules.poison_threshold) {
      notes.push(`${kind} ${name}: poisoned (${poison.signals.join(", ")})`);
      if (rules.poisoned === "block_server") state.serverBlocked = poison.signals;
      if (rules.poisoned !== "warn") {
        state.withheld.set(itemKey(kind, name), { reason: "tool_poisoned", signals: poison.signals });
        return undefined;
      }
    }
    if (rules.pin === "off") return shown;
    const presented = pinOf(definition);
    state.firstSight ??= !pins.hasAny(ctx.server);
    const pinned = pins.get(ctx.server, kind, name);
    if (!pinned && state.firstSight) {
      pins.pin(ctx.server, kind, name, presented);
      return shown;
    }
    if (pinned?.hash === presented.hash) return shown;
    pins.recordChange(ctx.server, kind, name, presented);
    notes.push(`${kind} ${name}: ${pinned ? "changed since it was pinned" : "new on a pinned server"}`);
    if (rules.pin === "warn") return shown;
    state.withheld.set(itemKey(kind, name), { reason: pinned ? "tool_changed" : "tool_not_approved" });
    return undefined;
  }

  function reviewList(ctx: MessageContext, raw: JsonObject, kind: PinKind, key: string): Verdict {
    const state = sessionState(ctx);
    const result = raw.result as JsonObject | undefined;
    const entries = result?.[key];
    if (!Array.isArray(entries)) return PASS;
    const notes: string[] = [];
    const shown: unknown[] = [];
    for (const entry of entries) {
      const name =
        typeof (entry as { name?: unknown })?.name === "string" ? (entry as { name: string }).name : "";
      const out = review(ctx, state, kind, name, entry, notes);
      if (out !== undefined) shown.push(out);
    }
    if (state.serverBlocked)
      return { ...block("server_poisoned", { signals: state.serverBlocked }), findings: notes };
    const changed = shown.length !== entries.length || shown.some((e, i) => e !== entries[i]);
    if (!changed) return notes.length ? { action: "pass", findings: notes } : PASS;
    return { action: "modify", message: { ...raw, result: { ...result, [key]: shown } }, findings: notes };
  }

  function reviewInstructions(ctx: MessageContext, raw: JsonObject): Verdict {
    const result = raw.result as JsonObject | undefined;
    if (typeof result?.instructions !== "string") return PASS;
    const notes: string[] = [];
    const out = review(
      ctx,
      sessionState(ctx),
      "instructions",
      "",
      { instructions: result.instructions },
      notes,
    );
    if (sessionState(ctx).serverBlocked)
      return { ...block("server_poisoned", { signals: sessionState(ctx).serverBlocked }), findings: notes };
    if (out === undefined) {
      const { instructions: _withheld, ...rest } = result;
      return { action: "modify", message: { ...raw, result: rest }, findings: notes };
    }
    const text = (out as { instructions: string }).instructions;
    if (text === result.instructions) return notes.length ? { action: "pass", findings: notes } : PASS;
    return {
      action: "modify",
      message: { ...raw, result: { ...result, instructions: text } },
      findings: notes,
    };
  }

  /** Results: hidden characters and instructions addressed to the model. */
  function reviewResult(ctx: MessageContext, raw: JsonObject): Verdict {
    const rules = ctx.policy.integrity;
    const result = raw.result;
    const text = definitionTextOfResult(result);
    if (!text) return PASS;
    const notes: string[] = [];
    let message: JsonObject | undefined;
    const hidden = findHidden(text);
    if (hidden) {
      notes.push(`result: hidden ${hidden.kinds.join(", ")}`);
      if (rules.hidden_characters === "block")
        return { ...block("hidden_characters", { kinds: hidden.kinds }), findings: notes };
      if (rules.hidden_characters === "strip") message = { ...raw, result: stripHidden(result) };
    }
    if (rules.result_injection !== "off") {
      const injected = scoreResultInjection(text);
      if (injected.score >= rules.poison_threshold) {
        notes.push(`result: instructions for the model (${injected.signals.join(", ")})`);
        if (rules.result_injection === "block")
          return { ...block("result_injection", { signals: injected.signals }), findings: notes };
      }
    }
    if (message) return { action: "modify", message, findings: notes };
    return notes.length ? { action: "pass", findings: notes } : PASS;
  }

  function checkRequest(ctx: MessageContext, method: string, params: JsonObject | undefined): Verdict {
    const state = sessionState(ctx);
    if (state.serverBlocked) return block("server_poisoned", { signals: state.serverBlocked });
    const rules = ctx.policy.integrity;
    const kind: PinKind | undefined =
      method === "tools/call" ? "tool" : method === "prompts/get" ? "prompt" : undefined;
    if (kind && typeof params?.name === "string") {
      let withheld = state.withheld.get(itemKey(kind, params.name));
      // Approved since it was withheld (mcp-guard pins approve): the new pin stands, the call may go.
      if (
        withheld &&
        (withheld.reason === "tool_changed" || withheld.reason === "tool_not_approved") &&
        !pins.pending(ctx.server, kind, params.name)
      ) {
        state.withheld.delete(itemKey(kind, params.name));
        withheld = undefined;
      }
      if (withheld)
        return block(withheld.reason, {
          [kind]: params.name,
          ...(withheld.signals ? { signals: withheld.signals } : {}),
        });
      // Seen changed or new (in this or another session) and not approved yet. A name never listed anywhere
      // passes: the server answers for tools it does not have, exactly as it would without mcp-guard.
      if (rules.pin === "enforce" && pins.pending(ctx.server, kind, params.name)) {
        return block(pins.get(ctx.server, kind, params.name) ? "tool_changed" : "tool_not_approved", {
          [kind]: params.name,
        });
      }
    }
    return PASS;
  }

  return {
    name: "tool_integrity",
    inspect(ctx) {
      const m = ctx.message;
      if (ctx.direction === "to_server")
        return m.kind === "request" ? checkRequest(ctx, m.method, m.params) : PASS;
      if (m.kind !== "response" || m.error || !ctx.request) return PASS;
      switch (ctx.request.method) {
        case "tools/list":
          return reviewList(ctx, m.raw, "tool", "tools");
        case "prompts/list":
          return reviewList(ctx, m.raw, "prompt", "prompts");
        case "initialize":
          return reviewInstructions(ctx, m.raw);
        case "tools/call":
        case "resources/read":
        case "prompts/get":
          return reviewResult(ctx, m.raw);
        default:
          return PASS;
      }
    },
  };
}

/** Every text a result hands the model. */
function definitionTextOfResult(result: unknown): string {
  const parts: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === "string") parts.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (typeof v === "object" && v !== null)
      for (const [k, item] of Object.entries(v)) if (k !== "blob" && k !== "data") walk(item);
  };
  walk(result);
  return parts.join("\n");
}
