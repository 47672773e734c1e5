// What results hand the model: hidden characters are stripped or flagged or blocked (where stripping would
// rename an object key, blocked), and text that addresses the model is recorded or blocked, by policy.
import type { JsonObject } from "../jsonrpc.js";
import type { Verdict } from "../pipeline.js";
import type { IntegrityRules } from "../policy/policy.js";
import { block, PASS } from "../interceptors/verdicts.js";
import { findHidden, stripHiddenForModel } from "./hidden.js";
import { modelText } from "./model-text.js";
import { scoreResultInjection, type ResultCall } from "./result-injection.js";
import { isPromptResult } from "./result-prompt-turns.js";
import { orderInAssistantOnlyBlock } from "./result-labelled-orders.js";

/**
 * `call` is the tool call (name and arguments) the result answers, when the guard saw it. An error answering
 * the call is reviewed the same way: a client shows the model a failed call's message and data.
 */
export function reviewResult(rules: IntegrityRules, raw: JsonObject, call?: ResultCall): Verdict {
  return reviewMember(
    rules,
    raw,
    raw.result === undefined && raw.error !== undefined ? "error" : "result",
    call,
  );
}

/**
 * A notification whose params a client may hand the model as a result's text: a task's status, whose
 * `statusMessage` says why the call made as a task failed, as the call's error would.
 */
export function reviewNotification(rules: IntegrityRules, raw: JsonObject): Verdict {
  return reviewMember(rules, raw, "params");
}

function reviewMember(
  rules: IntegrityRules,
  raw: JsonObject,
  member: "result" | "error" | "params",
  call?: ResultCall,
): Verdict {
  const result = raw[member];
  const unreadable: string[] = [];
  const text = modelText(result, unreadable);
  if (!text) return PASS;
  const notes: string[] = [];
  let message: JsonObject | undefined;
  const hidden = findHidden(text);
  if (hidden) {
    notes.push(`result: hidden ${hidden.kinds.join(", ")}`);
    const stripped = rules.hidden_characters === "strip" ? stripHiddenForModel(result) : undefined;
    if (
      rules.hidden_characters === "block" ||
      (rules.hidden_characters === "strip" && stripped === undefined)
    )
      return { ...block("hidden_characters", { kinds: hidden.kinds }), findings: notes };
    if (stripped !== undefined) message = { ...raw, [member]: stripped };
  }
  if (rules.result_injection !== "off" && unreadable.length > 0) {
    // Text the guard cannot read cannot be vouched for: under block it is refused, as an order would be.
    const signals = unreadable.map((charset) => `text in an encoding the guard cannot read (${charset})`);
    notes.push(`${member}: ${signals.join(", ")}`);
    if (rules.result_injection === "block")
      return { ...block("result_injection", { signals }), findings: notes };
  }
  if (rules.result_injection !== "off") {
    // A prompt's messages are reviewed without a call; their shape says what they are.
    const asked = call ?? (member === "result" && isPromptResult(result) ? { promptTurns: true } : undefined);
    const injected = scoreResultInjection(text, asked);
    if (member === "result" && orderInAssistantOnlyBlock(result)) {
      injected.signals.push("an order in a block for the assistant alone");
      injected.score += 4;
    }
    if (injected.score >= rules.poison_threshold) {
      notes.push(`${member}: instructions for the model (${injected.signals.join(", ")})`);
      if (rules.result_injection === "block")
        return { ...block("result_injection", { signals: injected.signals }), findings: notes };
    }
  }
  if (message) return { action: "modify", message, findings: notes };
  return notes.length ? { action: "pass", findings: notes } : PASS;
}
