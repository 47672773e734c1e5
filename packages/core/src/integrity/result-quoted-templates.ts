// Chat-template markup quoted as an example (round 45): a model card shows ChatML (`<|im_start|>system …`) or
// Llama 2's `[INST] <<SYS>> … <</SYS>>` in a code fence, prose names a token in a code span (`<<SYS>>`), and a
// tokenizer_config.json's Jinja `chat_template` writes `'<|im_start|>' + message['role']` inside `{{ … }}`.
// Data has no turns, so the bare tokens read as a forged turn; quoted so, they are the document's subject.
//
// The tokens of a quoted region (a fence, a code span, a Jinja expression) are taken out before the text is
// scored, and only when what the region says besides them is quiet: it names no tool, address, secret or
// conversation, sends or fetches nothing, sets nothing aside, and scored alone raises no signal. A fence whose
// turn orders mail of the chat, or markup outside any quote, keeps its tokens and is scored as before.
// Linear: each region is found once and read once.

/** The tokens of the chat templates the turn cue reads. */
const TEMPLATE_TOKEN =
  /<\|[a-z_]{2,30}\|>|\[\/?INST\]|<<\/?SYS>>|<\/?s>|<\/?(?:start_of_turn|end_of_turn)>/gi;

/** Regions that quote: a fence, a code span on one line, a Jinja expression. */
const QUOTED_REGION = /```[^\n]{0,40}\n[\s\S]{0,4000}?```|`[^`\n]{1,300}`|\{\{[^{}\n]{1,400}\}\}/g;

/** What a quoted turn would need to carry an order against the user. */
const LOUD =
  /\b(?:tools?|functions?|call|invoke|execute|run|send|forward|e-?mail|upload|post|fetch|curl|wget|download|delete|remove|ignore|disregard|forget|override|secrets?|passwords?|tokens?|credentials?|api[ _-]?keys?|ssh|conversation|history|chat|reveal|leak|admin|mode)\b|https?:|www\.|@[\w-]+\.|~\/|\.env\b|\/etc\//i;

/**
 * The text with the tokens of each quiet quoted region taken out, or the text itself. `signalsOf` scores a
 * region on its own (the result scorer; a region is shorter than the text it is in).
 */
export function withoutQuotedTemplates(text: string, signalsOf: (region: string) => string[]): string {
  if (!/<\||\[\/?INST\]|<<\/?SYS>>|<\/?s>|_of_turn>/i.test(text) || !/`|\{\{/.test(text)) return text;
  return text.replace(QUOTED_REGION, (region: string) => {
    TEMPLATE_TOKEN.lastIndex = 0;
    if (!TEMPLATE_TOKEN.test(region)) return region;
    const said = region.replace(TEMPLATE_TOKEN, "\n");
    return LOUD.test(said) || signalsOf(said).length > 0 ? region : said;
  });
}
