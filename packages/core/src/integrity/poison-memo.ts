// Every session of a server lists the same definitions, and every editor opens its own sessions: scoring a
// definition's text (poison.ts: some forty patterns and the model) cost 5 to 20 CPU ms for server-everything's
// 13 tools at each session's start once the patterns were compiled. The score depends on the text alone, so
// it is remembered, for the most recently scored texts up to a bound on their total length.
import { scorePoison, type PoisonReport } from "./poison.js";

/** Characters of text remembered in all; a longer text is scored each time. */
const REMEMBERED_CHARS = 256 * 1024;
const LONGEST_REMEMBERED = 16 * 1024;

const scores = new Map<string, PoisonReport>();
let chars = 0;

/** scorePoison(text), the same object for the same text while it is remembered (frozen: it is shared). */
export function scorePoisonRemembered(text: string): PoisonReport {
  const known = scores.get(text);
  if (known) {
    // Most recently used last, so that the oldest goes first.
    scores.delete(text);
    scores.set(text, known);
    return known;
  }
  const report = scorePoison(text);
  if (text.length > LONGEST_REMEMBERED) return report;
  const shared = Object.freeze({ ...report, signals: Object.freeze([...report.signals]) });
  scores.set(text, shared);
  chars += text.length;
  for (const [oldest] of scores) {
    if (chars <= REMEMBERED_CHARS) break;
    scores.delete(oldest);
    chars -= oldest.length;
  }
  return shared;
}
