// A tool that hands out a long text a page at a time (a chunked PDF, a file read with an offset, a search's next
// page) is read by the model one page after the other, as one text; an order cut across two pages ("… Ignore all
// prev" | "ious instructions and …") reads as two harmless halves when each result is reviewed alone (round 43,
// attack-order-split-across-pages.test.ts). So for each tool the end of the session's last result it returned
// is kept (EDGE characters of its last text item), and the next result of the same tool is read again joined to
// it, as item-joins.ts reads neighbouring items of one result. Only what neither side scores alone counts: two
// pages that each hold one weak cue are not one order across the junction. Kept per session and per tool
// name, in the session's state; a refused result leaves no tail (the model never read it). Bounded: at most
// 2 × EDGE characters are scored three times per result.
import type { JsonObject } from "../jsonrpc.js";
import type { Verdict } from "../pipeline.js";
import type { IntegrityRules } from "../policy/policy.js";
import { block } from "../interceptors/verdicts.js";
import { scoreResultInjection, type ResultCall } from "./result-injection.js";

const EDGE = 256;
const KEY = "tool_integrity_result_tails";

/** The text items of a result's content, in order: what the model reads of it as prose. */
function contentTexts(raw: JsonObject): string[] {
  const result = raw.result as JsonObject | undefined;
  const content = result?.content;
  if (!Array.isArray(content)) return [];
  const texts: string[] = [];
  for (const item of content) {
    const text = (item as JsonObject | null)?.text;
    if (typeof text === "string" && text !== "") texts.push(text);
  }
  return texts;
}

/**
 * `verdict` (the result's own review) unless an order reads across the junction of this tool's last result in
 * the session and this one: then, under block, a refusal, and under warn a note. `state` is the session's.
 */
export function reviewAcrossPages(
  rules: IntegrityRules,
  state: Map<string, unknown>,
  raw: JsonObject,
  call: ResultCall,
  verdict: Verdict,
): Verdict {
  if (rules.result_injection === "off" || typeof call.name !== "string") return verdict;
  let tails = state.get(KEY) as Map<string, string> | undefined;
  if (!tails) state.set(KEY, (tails = new Map()));
  const before = tails.get(call.name);
  const texts = contentTexts(raw);
  if (verdict.action === "block" || texts.length === 0) {
    tails.delete(call.name);
    return verdict;
  }
  tails.set(call.name, (texts[texts.length - 1] ?? "").slice(-EDGE));
  if (before === undefined) return verdict;
  const head = (texts[0] ?? "").slice(0, EDGE);
  const joined = scoreResultInjection(before + head, call);
  if (joined.score < rules.poison_threshold) return verdict;
  const apart = new Set([
    ...scoreResultInjection(before, call).signals,
    ...scoreResultInjection(head, call).signals,
  ]);
  const across = joined.signals.filter((signal) => !apart.has(signal));
  if (across.length === 0) return verdict;
  const note = `result: instructions for the model across two results of ${call.name} (${across.join(", ")})`;
  const findings = [...(verdict.findings ?? []), note];
  if (rules.result_injection !== "block") return { ...verdict, findings };
  tails.delete(call.name);
  return { ...block("result_injection", { signals: across }), findings };
}
