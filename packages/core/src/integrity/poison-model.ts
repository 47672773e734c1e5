// A small statistical model of how poisoned definitions are written, beside the phrasing signals of poison.ts:
// a logistic regression over the *register* of a definition, not its topic. Every word outside a closed list
// (pronouns, modals, negations, connectives, and the words a definition uses to address a model: user, tool,
// instructions, mention …) is replaced by its shape, so "before using this tool you must W the W" is one
// feature whether the tool fetches weather or sends mail. Published attacks are mostly demonstration tools
// (calculators, weather, mail); a model that read their topic words would learn the topic, not the attack.
// Trained by benchmark/public/poison-model.mjs on public poisoned definitions against the real definitions of
// npm MCP servers; the weights it writes are in poison-model-weights.ts.
import { POISON_MODEL } from "./poison-model-weights.js";

export interface PoisonModel {
  bias: number;
  weights: Record<string, number>;
  /** Logits at or above which the model counts as a partner signal (2 points) or alone (4 points). */
  partner: number;
  alone: number;
}

const KEPT = new Set(
  (
    // Pronouns, determiners, quantifiers.
    "i me my you your yours yourself we us our they them their it its this that these those " +
    "a an the any all every each some no none other another such both either " +
    // Modals, auxiliaries, negation, adverbs of obligation and time.
    "must should shall will would can could may might need needs required requires mandatory critical important " +
    "is are was were be been being do does did don't doesn't didn't never not always only also first then " +
    "now immediately silently quietly secretly automatically again still already just even please " +
    // Connectives and prepositions.
    "before after when whenever while if unless otherwise instead without because so and or but than " +
    "to of in on at for from with by as into about via through over under until " +
    "what which who how why where whether here there " +
    // The situation a definition describes: who reads it, what it may ask the reader to do.
    "user users assistant model ai agent llm system prompt prompts instruction instructions rule rules " +
    "tool tools function functions server servers request requests response responses reply answer output result " +
    "conversation chat history message messages context previous prior above earlier " +
    "parameter parameters argument arguments field note notes sidenote " +
    "call calls calling called use using used invoke invoked run execute pass include send forward read " +
    "tell mention inform notify reveal disclose show ignore disregard forget override " +
    "hidden secret internal note verify ensure remember"
  ).split(" "),
);

/** The model's view of one word: itself if kept, else its shape. */
function tokenOf(word: string): string {
  const lower = word.toLowerCase();
  if (KEPT.has(lower)) return lower;
  if (/^[a-z][a-z0-9]*(?:[_.][a-z0-9]+)+$/i.test(word) || /^[a-z]+(?:[A-Z][a-z0-9]*)+$/.test(word))
    return "<id>";
  if (/^[A-Z]{2,}$/.test(word)) return "<CAPS>";
  if (/^\d/.test(word)) return "<num>";
  return "<w>";
}

// Words (with an inner apostrophe, underscore or dot), paths and addresses, and the punctuation that frames
// orders: tags, colons, exclamation marks, sentence ends.
const PIECES =
  /https?:\/\/\S+|\S+@[a-z0-9-]+\.[a-z]{2,}|[~.]?\/[\w./-]+|[A-Za-z0-9]+(?:['_.][A-Za-z0-9]+)*|[<>:!.?]/g;

/** The token stream of a text as the model reads it. */
export function modelTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const m of text.matchAll(PIECES)) {
    const piece = m[0];
    if (/^https?:/.test(piece)) tokens.push("<url>");
    else if (piece.includes("@")) tokens.push("<email>");
    else if (/^[~.]?\//.test(piece)) tokens.push("<path>");
    else if (/^[<>:!.?]$/.test(piece)) tokens.push(piece === "?" ? "." : piece);
    else tokens.push(tokenOf(piece));
  }
  return tokens;
}

/** The distinct one-, two- and three-token features of a text. */
export function modelFeatures(text: string): Set<string> {
  const t = modelTokens(text);
  const out = new Set<string>();
  for (let i = 0; i < t.length; i++) {
    const [a, b, c] = [t[i], t[i + 1], t[i + 2]];
    out.add(a as string);
    if (b !== undefined) out.add(`${a} ${b}`);
    if (c !== undefined) out.add(`${a} ${b} ${c}`);
  }
  return out;
}

/**
 * The model's logit for a text: bias plus the weights of the features present, scaled by the root of their
 * number so that a long honest description does not add up to an accusation.
 */
export function modelLogit(text: string, model: PoisonModel = POISON_MODEL): number {
  const features = modelFeatures(text);
  if (features.size === 0) return model.bias;
  let sum = 0;
  for (const f of features) sum += model.weights[f] ?? 0;
  return model.bias + sum / Math.sqrt(features.size);
}
