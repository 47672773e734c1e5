// A turn of another chat template forged in data (round 45): the Alpaca/Vicuna header `### Instruction:` (or
// `### System:`, `### Human:`) that many open fine-tunes are trained on, and a developer-role label at a line's
// start (`Developer:`, `Developer message:`, `[developer]:`), the role newer models obey above the user. A model
// trained on these reads the header as the start of a turn to obey; data has no turns. Only a header followed by
// an order to use a tool, reach an address or touch the user's secrets counts: the Alpaca template quoted with
// its `{instruction}` placeholder, or a transcript line of what a developer said, orders nothing.
import type { Signal } from "./poison.js";

/** The header of a forged turn, at a line's start. */
const TURN_HEADER = String.raw`(?:^|\n)[ \t]*(?:#{2,4}[ \t]*(?:instruction|system(?: prompt)?|human|input)s?|\[?developer(?:[ _](?:message|prompt|instructions?|note))?\]?)[ \t]*:`;

/** An order: an imperative, or the reader told what it must do. */
const ORDER = String.raw`(?:(?:the assistant|the model|the ai|you)\s+(?:must|should|will|needs? to|is to|has to)(?:\s+(?:now|first|also|always))?\s+|from now on,?\s+|(?:now|first|then|next|also|please),?\s+)?(?:call|invoke|use|run|execute|read|open|send|post|upload|delete|remove|include|forward|bcc|cat|fetch|e-?mail|print|reveal)\b`;

/** What the order reaches: a tool by its name, an address, or the user's secrets. */
const TARGET = String.raw`[^.!?\n]{0,80}?(?:\b[a-z]+_[a-z_]+\b|\btool\b|~\/|\/etc\/|\.env\b|\.ssh\b|\bcredentials\b|\bpasswords?\b|\btokens?\b|\bsecrets?\b|\bapi keys?\b|https?:\/\/|@[\w-]+\.[a-z]{2,})`;

export const RESULT_TEMPLATE_TURNS: Signal = {
  name: "forged turn of another chat template",
  gate: /instruction|system|human|input|developer/gi,
  weight: 4,
  // The order opens the turn or a clause of it.
  pattern: new RegExp(
    String.raw`${TURN_HEADER}\s*(?:[\s\S]{0,200}?(?:[.!?:]\s+|\n\s*))?${ORDER}${TARGET}`,
    "i",
  ),
};
