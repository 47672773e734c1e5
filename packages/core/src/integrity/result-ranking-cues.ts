// Decisive cues (weight 4) that text in a tool result ranks itself among its reader's orders, or speaks as the
// reader's own user. Data informs a task; it has no "other instructions" to demote and no user turn to forge.
//   - One sentence that both demotes the reader's other orders ("all other agendas", "the rest", "all else")
//     and singles itself out as the one to follow ("this edict", "the one to adhere to", "your sole focus").
//     Either half alone is common in manuals ("all other commands", "this command"), so neither is a cue by
//     itself (result-weak-cues.ts weighs the first); the pair is the shape of a hijack in any wording.
//   - A forged user turn: "Human:" (the chat-format label, which honest documents do not use for a speaker)
//     opening a sentence that gives orders.
// Bounded patterns, run around their gates (gated-match.ts).
import type { Signal } from "./poison.js";

// What an agent is given to follow, and the figures of speech the hijacks use for it.
const ORDER = String.raw`(?:instructions?|directives?|commands?|tasks?|orders?|edicts?|mandates?|objectives?|agendas?|guidelines?|guidance|advice|protocols?|plans?|goals?|missions?|requests?|imperatives?|prompts?)`;
// The reader's other orders, as a whole. "if all else fails" is a manual's idiom and "the rest of the output"
// a part of something, not a demotion.
const OTHERS = String.raw`(?:\b(?:all|every|any|no)\s+(?:(?:of\s+)?(?:the|your)\s+)?(?:other|previous|prior|preceding|earlier|past|former|subsequent|upcoming|future)(?:\s+(?:and|or|&)\s+(?:other|previous|prior|subsequent|upcoming|future|later))?\s+(?:${ORDER}|rules|considerations|targets)\b|\ball\s+(?:the\s+)?others\b|\bthe\s+(?:others|rest)\b(?!\s+of\b)|(?<!\bif\s)\ball\s+else\b|\beverything\s+else\b|\b(?:previous|prior|past|preceding)\s+(?:and|or|&)\s+(?:subsequent|upcoming|future|forthcoming|later)\s+(?:${ORDER}|ones)\b|\ball\s+that\s+came\s+before\b)`;
// This text as the one order, named as itself: "this edict", "this one", "this is the one to follow", "let this
// be your compass", "carry out the following action" (the head noun is an order or "one": "this is the main
// entrance" is not), or "this" made the reader's order by an imperative ("treat this as", "make this the"). A manager's "your primary focus is onboarding; the rest
// can wait" names a task, not itself; "this task runs after all other tasks" (build tools) and "this command
// overrides all other commands" (CLIs) are why tasks and commands need the "this is …" form.
const SELF = String.raw`(?:instructions?|directives?|edicts?|mandates?|imperatives?)`;
const THIS_ONE = String.raw`(?:\bthis\s+(?:(?:one|single|sole|specific|particular|singular|very|new|exact)\s+)?${SELF}\b|\bthis\s+one\b|\bthis\s+(?:is|be|as|becomes?|remains?)\s+(?:now\s+)?(?:the|your)\s+(?:[\w-]+\s+){0,3}?(?:one|${ORDER}|action|focus|priority|principle|compass|beacon|quest|lodestar|star)\b|\b(?:consider|make|treat|let|regard|prioriti[sz]e|focus\s+on|tunnel-vision)\s+this\b|\bwhat\s+comes\s+next\b|\bthe\s+following\s+(?:action|instruction|order|command|directive)\b|\b(?:as\s+if\s+)?this\s+(?:were|was)\s+the\s+(?:only|sole|one)\b|\bthis\s+(?:${ORDER}|\w+)\s+(?:is|becomes?|remains?)\s+(?:now\s+)?your\s+(?:[\w-]+\s+){0,2}?(?:quest|focus|priority|mission|goal|objective|compass|star|track|order)\b|\b(?:focus|concentrate|centre|center)\s+(?:purely|solely|only|exclusively|entirely|wholly)\s+on\b)`;

export const RESULT_RANKING_CUES: Signal[] = [
  {
    name: "ranks itself above the reader's other orders",
    gate: /\b(?:other|others|rest|else|previous|prior|preceding|earlier|past|former|subsequent|upcoming|future)\b/gi,
    weight: 4,
    pattern: new RegExp(
      String.raw`${OTHERS}[^.!?]{0,100}?${THIS_ONE}|${THIS_ONE}[^.!?]{0,100}?${OTHERS}`,
      "i",
    ),
  },
  {
    name: "forged user turn",
    gate: /human\s*:/gi,
    weight: 4,
    // Case-sensitive label; the order words after it may be any case.
    pattern:
      /(?:^|[>\]]\s*|[.!?]\s+)Human\s*:\s*(?:[Ii]gnore|[Ff]orget|[Dd]isregard|[Ss]top|[Ii]nstead|[Nn]ew (?:task|instructions?)|I want you to|[Yy]ou (?:must|will|are now|should now))\b/,
  },
];
