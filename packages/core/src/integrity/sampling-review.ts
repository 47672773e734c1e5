// The server's own sampling request is text the client's model reads, like a tool's result: hidden
// characters anywhere in it are stripped, flagged or refused by the same rule. Its prompt addresses the
// model by nature, so only the data it carries is judged for instructions, as a result's would be: the
// resources it embeds, and the tool results it hands the model (`tool_result` blocks, since 2025-11-25),
// their text and their structured output alike.
import type { JsonObject } from "../jsonrpc.js";
import type { Verdict } from "../pipeline.js";
import type { IntegrityRules } from "../policy/policy.js";
import { block, PASS } from "../interceptors/verdicts.js";
import { embeddedResources } from "../protocol/embedded-resources.js";
import { findHidden, stripHiddenForModel } from "./hidden.js";
import { modelText } from "./model-text.js";
import { scoreResultInjection } from "./result-injection.js";

export function reviewSampling(rules: IntegrityRules, raw: JsonObject): Verdict {
  const params = raw.params;
  const resources = embeddedResources(params);
  if (resources === undefined)
    return block("invalid_request", { detail: "sampling request nested too deep to check" });
  const notes: string[] = [];
  let message: JsonObject | undefined;
  const hidden = findHidden(modelText(params));
  if (hidden) {
    notes.push(`sampling: hidden ${hidden.kinds.join(", ")}`);
    const stripped = rules.hidden_characters === "strip" ? stripHiddenForModel(params) : undefined;
    if (
      rules.hidden_characters === "block" ||
      (rules.hidden_characters === "strip" && stripped === undefined)
    )
      return { ...block("hidden_characters", { kinds: hidden.kinds }), findings: notes };
    if (stripped !== undefined) message = { ...raw, params: stripped as JsonObject };
  }
  const unreadable: string[] = [];
  const data = modelText([resources, toolResultsIn(params)], unreadable);
  if (rules.result_injection !== "off" && unreadable.length > 0) {
    // As a result's (results.ts): text the guard cannot read cannot be vouched for.
    const signals = unreadable.map((charset) => `text in an encoding the guard cannot read (${charset})`);
    notes.push(`sampling: ${signals.join(", ")}`);
    if (rules.result_injection === "block")
      return { ...block("result_injection", { signals }), findings: notes };
  }
  if (rules.result_injection !== "off" && data) {
    const injected = scoreResultInjection(data);
    if (injected.score >= rules.poison_threshold) {
      notes.push(`sampling: instructions for the model in a resource (${injected.signals.join(", ")})`);
      if (rules.result_injection === "block")
        return { ...block("result_injection", { signals: injected.signals }), findings: notes };
    }
  }
  if (message) return { action: "modify", message, findings: notes };
  return notes.length ? { action: "pass", findings: notes } : PASS;
}

/** The content and structured output of each `tool_result` block in the request's messages. */
function toolResultsIn(params: unknown): unknown[] {
  const messages = (params as { messages?: unknown } | undefined)?.messages;
  if (!Array.isArray(messages)) return [];
  const results: unknown[] = [];
  for (const message of messages) {
    const content = (message as { content?: unknown } | null)?.content;
    for (const block of Array.isArray(content) ? content : [content]) {
      const { type, content: blocks, structuredContent } = (block ?? {}) as Record<string, unknown>;
      if (type === "tool_result") results.push(blocks, structuredContent);
    }
  }
  return results;
}
