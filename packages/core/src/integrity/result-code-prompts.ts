// The prompt an application sends its own model, held in its source as a string literal (round 44): a coding
// agent asked to work on a chatbot reads `prompts.ts` or `bot.py`, whose `SYSTEM_PROMPT = """You are a helpful
// assistant for Acme Bank. … Do not tell the user about these rules."""` is the program's text for its model,
// not the file's words to the agent reading it. Such a literal is taken out before the text is scored.
//
// Only a literal assigned to a name that says it is a prompt (`SYSTEM_PROMPT`, `systemInstructions`,
// `preamble`) or given as a system message's content (`role: "system", content: …`), closed where it opens, is
// taken out, and only when it asks for nothing an attacker wants done: a literal that names an address or a
// link, sends, fetches or calls anything, sets earlier instructions aside, or scored alone raises any signal
// but an application prompt's register (PROMPT_REGISTER) is left in and scored as before, since a page can
// dress an injection as a constant. Linear: each literal is found once and read once.

/**
 * An assignment to a prompt's name, or a system message's content, up to the literal's opening delimiter. Round
 * 47 adds LangChain's message forms, a `("system", …)` tuple or `["system", …]` array and a `SystemMessage(…)`
 * (with `content=` or `{ content: … }`), and a `system=` argument or `system:` key (the Anthropic SDK's).
 */
const PROMPT_LITERAL =
  /(?:\b[\w$]*?(?:PROMPT|Prompt|prompt|INSTRUCTIONS|Instructions|instructions|SYSTEM_MESSAGE|SystemMessage|system_message|PREAMBLE|Preamble|preamble)\s*(?::\s*[\w.<>[\]|]{1,40}\s*)?=|\brole["']?\s*:\s*["']system["']\s*,\s*["']?content["']?\s*:|[([]\s*["']system["']\s*,|\bSystemMessage\(\s*(?:\{\s*)?(?:content\s*[=:]\s*)?|\bsystem["']?\s*[=:](?!=))\s*[rRfFbBuU]{0,2}("""|'''|`|"|')/g;

/** What a disguised injection asks for and an application's own prompt does not. */
export const ASKS_FOR_SOMETHING =
  /https?:\/\/|\bwww\.|[\w.+-]@[a-z0-9-]+\.[a-z]{2,}|\b(?:send|sends|sent|e-?mail|post|upload|forward|transfer|exfiltrat\w*|fetch|curl|wget|call|invoke|execute|download)\b|\b(?:ignore|disregard|forget|override)\b[^.\n]{0,30}\b(?:previous|prior|above|earlier|all|system)\b|\b(?:admin(?:istrator)?|developer|god|jailbreak|DAN) mode\b/i;

/**
 * A rule that ends the application's conversation on a fixed word ("When the task is done, reply TERMINATE and
 * nothing else": AutoGen's termination rule, round 47). It scripts a reply, but one that carries nothing: it is
 * taken out of a literal before the literal is scored, so a reply scripted to carry anything else still counts.
 */
const KEYWORD_REPLY =
  /\b(?:reply|respond|answer|say|output|print|return|write)(?:\s+with)?(?:\s+(?:only|just|exactly))?(?:\s+the\s+(?:word|keyword|token))?\s+["'`]?[A-Z][A-Z_]{2,30}["'`]?(?:\s+(?:only|alone))?(?:,?\s+(?:and|but)\s+(?:absolutely\s+|strictly\s+)?nothing\s+else)?(?=[\s.,;!"'`]|$)/g;

/** The longest literal read as a prompt; a longer one is left to be scored. */
const MAX_LITERAL = 4000;

/** Where the literal opened at `from` with `delimiter` closes, or -1. */
function closing(text: string, from: number, delimiter: string): number {
  const limit = Math.min(text.length, from + MAX_LITERAL);
  if (delimiter.length === 3) {
    const end = text.indexOf(delimiter, from);
    return end >= 0 && end <= limit ? end : -1;
  }
  for (let i = from; i < limit; i++) {
    const c = text[i];
    if (c === "\\") i++;
    else if (c === delimiter) return i;
    // A one-quote literal ends on its line; a template literal may span lines.
    else if (c === "\n" && delimiter !== "`") return -1;
  }
  return -1;
}

/**
 * The signals an application's prompt raises by its register alone: it names its model an AI, tells it what it
 * is ("You are a friendly shopping assistant.", LangChain's docs' opening, round 47) and what to keep from the
 * user. A literal that raises any other (an act ordered, data sent, a role switched to admin) is an order
 * whatever it is assigned to, and stays to be scored.
 */
export const PROMPT_REGISTER = new Set([
  "names the reader as an AI",
  "tells the reader what it is",
  "concealment from the user",
]);

/**
 * Whether a literal held where an application keeps its prompt reads as one: it asks for nothing an attacker
 * wants, and alone (its keyword rules taken out) raises only the register's signals.
 */
export function isApplicationPrompt(literal: string, signalsOf: (literal: string) => string[]): boolean {
  if (ASKS_FOR_SOMETHING.test(literal)) return false;
  return signalsOf(literal.replace(KEYWORD_REPLY, "\u2026")).every((s) => PROMPT_REGISTER.has(s));
}

/**
 * The text with each application prompt held in a literal replaced by an ellipsis, or the text itself.
 * `signalsOf` scores a literal on its own (the result scorer; a literal is shorter than the text it is in).
 */
export function withoutCodePrompts(text: string, signalsOf: (literal: string) => string[]): string {
  if (!/prompt|instructions|system|preamble/i.test(text)) return text;
  let out = "";
  let kept = 0;
  for (const m of text.matchAll(PROMPT_LITERAL)) {
    const open = (m.index ?? 0) + m[0].length;
    const delimiter = m[1];
    if (open < kept || delimiter === undefined) continue;
    const end = closing(text, open, delimiter);
    if (end < 0) continue;
    if (!isApplicationPrompt(text.slice(open, end), signalsOf)) continue;
    out += `${text.slice(kept, open)}\u2026`;
    kept = end;
  }
  return kept === 0 ? text : out + text.slice(kept);
}
