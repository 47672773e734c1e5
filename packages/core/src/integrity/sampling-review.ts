// The server's own sampling request is text the client's model reads, like a tool's result: hidden
// characters anywhere in it are stripped, flagged or refused by the same rule. Its prompt addresses the
// model by nature, so only the data it carries is judged for instructions, as a result's would be: the
// resources it embeds, and the tool results it hands the model (`tool_result` blocks, since 2025-11-25),
// their text and their structured output alike. The tools it offers the model (`tools`, since 2025-11-25)
// are definitions the model reads as it reads listed ones, and are scored for poison as those are.
import type { JsonObject } from "../jsonrpc.js";
import type { Verdict } from "../pipeline.js";
import type { IntegrityRules } from "../policy/policy.js";
import { block, PASS } from "../interceptors/verdicts.js";
import { embeddedResources } from "../protocol/embedded-resources.js";
import { findHidden, stripHiddenForModel } from "./hidden.js";
import { scoreDefinition } from "./listing.js";
import { definitionText } from "./poison.js";
import { modelText } from "./model-text.js";
import { scoreResultInjection } from "./result-injection.js";

/** What the tools a sampling request offers are read beside (listing.ts's ReviewContext has the same). */
export interface OfferedToolsContext {
  /** The tool names this session's server listed: its own, as the offered ones are. */
  listed: () => Iterable<string>;
  /** Tool names the user's other servers last listed, each with a server listing it (neighbour-tools.ts). */
  elsewhere: () => ReadonlyMap<string, string>;
}

export function reviewSampling(
  rules: IntegrityRules,
  raw: JsonObject,
  offered?: OfferedToolsContext,
): Verdict {
  const params = raw.params;
  const resources = embeddedResources(params);
  if (resources === undefined)
    return block("invalid_request", { detail: "sampling request nested too deep to check" });
  const notes: string[] = [];
  const tools = reviewOfferedTools(rules, params, offered, notes);
  if (tools) return { ...tools, findings: notes };
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

/**
 * The tools a sampling request offers the model, each scored as a listed tool is (scoreDefinition: its text,
 * beside the other offered names and this server's listed ones as its own, and the user's other servers'
 * tools). One that scores as poisoned refuses the request unless the policy only warns: it cannot be withheld
 * alone, since the request's messages may be about it. A `tools` that is not a list is refused (a lenient
 * client may read it anyway). Pins do not apply: the server runs these tools itself, never through the guard.
 */
function reviewOfferedTools(
  rules: IntegrityRules,
  params: unknown,
  offered: OfferedToolsContext | undefined,
  notes: string[],
): Verdict | undefined {
  const tools = (params as { tools?: unknown } | undefined)?.tools;
  if (tools === undefined) return undefined;
  if (!Array.isArray(tools)) return block("invalid_request", { detail: "sampling tools must be a list" });
  const nameOf = (tool: unknown) => {
    const name = (tool as { name?: unknown } | null)?.name;
    return typeof name === "string" ? name : "";
  };
  const own = new Set([...tools.map(nameOf), ...(offered?.listed() ?? [])]);
  const elsewhere = offered?.elsewhere();
  for (const tool of tools) {
    const name = nameOf(tool);
    const poison = scoreDefinition("tool", name, tool, definitionText(tool), own, elsewhere);
    if (poison.score < rules.poison_threshold) continue;
    notes.push(`sampling: tool ${name} offered to the model is poisoned (${poison.signals.join(", ")})`);
    if (rules.poisoned === "warn") continue;
    const reason = rules.poisoned === "block_server" ? "server_poisoned" : "tool_poisoned";
    return block(reason, { kind: "tool", name, signals: poison.signals });
  }
  return undefined;
}
