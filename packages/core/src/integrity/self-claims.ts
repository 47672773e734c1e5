// What a definition claims about itself, read with its own name: a name that praises the tool before saying
// what it does (`best_create_repository`, `premium_get_quotes`), and a listed tool saying that it is itself
// out of service. Both steer the model's choice between tools rather than describe a tool: a server that
// really had a disabled tool would not list it, and an honest name says what the tool does, not its rank.
import type { PoisonReport } from "./poison.js";

// A word of rank, then the verb that starts an honest tool name. "best_match" or "top_stories" say what is
// returned (no verb follows), so they pass; so do verbs after the praise word's own noun (`get_best_price`).
const PRAISED_NAME =
  /^(?:best|better|premium|ultimate|superior|supreme|perfect|smartest|top[_-]?rated|most[_-]?accurate)[_-]+(?:get|fetch|list|search|find|create|make|read|write|send|query|lookup|retrieve|run|execute|call|add|update|delete|navigate|open|load|scrape|crawl|translate|convert|calculate|compute|check|generate|analy[sz]e)(?:[_-]|$)/i;

// "This tool is temporarily disabled", "the 'X' tool has been disabled for maintenance", with X its own name.
const OUT_OF_SERVICE = String.raw`(?:has been|is|was|are|have been)\s+(?:temporarily\s+|currently\s+|now\s+)?(?:disabled|unavailable|offline|suspended|out of service|taken offline|under maintenance)\b`;
const THIS_TOOL_OUT = new RegExp(String.raw`\bthis (?:tool|function|endpoint)\s+${OUT_OF_SERVICE}`, "i");

const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * - "a praise word before the tool's verb" (4, enough alone): none of the npm servers' names starts so;
 * - "the tool calls itself out of service" (1, a partner of the outage story in poison-orders.ts, which says
 *   where the work is to go instead).
 */
export function selfClaims(name: string | undefined, text: string): PoisonReport {
  const signals: string[] = [];
  let score = 0;
  if (name !== undefined && PRAISED_NAME.test(name)) {
    signals.push("a praise word before the tool's verb");
    score += 4;
  }
  if (/disabled|unavailable|offline|suspended|out of service|maintenance/i.test(text)) {
    const own =
      name !== undefined &&
      new RegExp(
        String.raw`[\x60'"\u2018\u201c]?${escaped(name)}[\x60'"\u2019\u201d]?\s+(?:tool\s+|function\s+)?${OUT_OF_SERVICE}`,
        "i",
      ).test(text);
    if (own || THIS_TOOL_OUT.test(text)) {
      signals.push("the tool calls itself out of service");
      score += 1;
    }
  }
  return { score, signals };
}
