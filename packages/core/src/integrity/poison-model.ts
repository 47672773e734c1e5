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
  /** The logit at or above which the model withholds a definition alone (4 points). */
  alone: number;
}

const KEPT = new Set(
  // Pronouns, determiners, quantifiers.
  (
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
    // The situation a definition describes: who reads it, what it may ask the reader to do. Words that name a
    // capability (system, execute, read, send, secret) are left out on purpose: honest tools have them too, and
    // published attacks use them so often that a model would learn "Returns system information." as an attack.
    "user users assistant model ai agent llm prompt prompts instruction instructions rule rules " +
    "tool tools function functions server servers conversation context history previous prior above earlier " +
    "parameter parameters argument arguments field note notes sidenote " +
    "call calls calling called use using used invoke invoked pass include " +
    "tell mention inform notify reveal disclose ignore disregard forget override"
  ).split(" "),
);

// Every token the model knows, numbered: the kept words, the shapes of the others, and the punctuation kept.
const SHAPES = ["<id>", "<CAPS>", "<num>", "<w>", "<url>", "<email>", "<path>", ":", "!", "."];
const TOKENS = [...KEPT, ...SHAPES];
const TOKEN_ID = new Map(TOKENS.map((t, i) => [t, i + 1]));
const id = (token: string) => TOKEN_ID.get(token) as number;
const ID = id("<id>");
const CAPS = id("<CAPS>");
const NUM = id("<num>");
const WORD = id("<w>");
const URL = id("<url>");
const EMAIL = id("<email>");
const PATH = id("<path>");
// n-grams as one number: base-B digits of the token ids, 0 for "no token", so unigrams, pairs and triples
// never collide (B³ is far below 2^53).
const B = TOKENS.length + 1;

/** The id of one word: itself if kept, else its shape. */
function wordId(word: string): number {
  const kept = TOKEN_ID.get(word.toLowerCase());
  if (kept !== undefined) return kept;
  if (/^[a-z][a-z0-9]*(?:[_.][a-z0-9]+)+$/i.test(word) || /^[a-z]+(?:[A-Z][a-z0-9]*)+$/.test(word)) return ID;
  if (/^[A-Z]{2,}$/.test(word)) return CAPS;
  if (/^\d/.test(word)) return NUM;
  return WORD;
}

// Words (with an inner apostrophe, underscore or dot), paths and addresses, and the punctuation that frames
// orders: colons, exclamation marks, sentence ends. Angle brackets are not read: honest descriptions carry
// HTML and examples in tags, and the tags attacks use are read by the signals by name. An address's part before
// the @ is bounded: unbounded, every piece of a text without spaces scanned to its end for an @ (1 MB of it took
// 19 s; now linear).
const PIECES =
  /https?:\/\/\S+|[^\s@]{1,256}@[a-z0-9-]+\.[a-z]{2,}|[~.]?\/[\w./-]+|[A-Za-z0-9]+(?:['_.][A-Za-z0-9]+)*|[:!.?]/g;

/** The token ids of a text as the model reads it. */
function tokenIds(text: string): number[] {
  const ids: number[] = [];
  for (const m of text.matchAll(PIECES)) {
    const piece = m[0];
    const first = piece.charCodeAt(0);
    if (piece.length === 1 && ":!.?".includes(piece)) ids.push(id(piece === "?" ? "." : piece));
    else if (first === 104 && /^https?:/.test(piece)) ids.push(URL);
    else if (piece.includes("@")) ids.push(EMAIL);
    else if (first === 47 || ((first === 126 || first === 46) && piece[1] === "/")) ids.push(PATH);
    else ids.push(wordId(piece));
  }
  return ids;
}

/** The distinct one-, two- and three-token features of a text, as numbers. */
function featureKeys(text: string): Set<number> {
  const t = tokenIds(text);
  const out = new Set<number>();
  for (let i = 0; i < t.length; i++) {
    const a = t[i] as number;
    out.add(a);
    const b = t[i + 1];
    if (b === undefined) continue;
    out.add(a * B + b);
    const c = t[i + 2];
    if (c !== undefined) out.add((a * B + b) * B + c);
  }
  return out;
}

/** A feature's number as the words the weights file is keyed by ("you must <w>"). */
function featureName(key: number): string {
  const parts: string[] = [];
  for (let k = key; k > 0; k = Math.floor(k / B)) parts.unshift(TOKENS[(k % B) - 1] as string);
  return parts.join(" ");
}

/** The distinct one-, two- and three-token features of a text, by name (for the training script). */
export function modelFeatures(text: string): Set<string> {
  return new Set([...featureKeys(text)].map(featureName));
}

/**
 * The number of features below which a text is scaled as if it had this many: a one-line description is not
 * judged on three words' weights blown up to the size of a paragraph's.
 */
export const MODEL_FEATURE_FLOOR = 40;

// The weights by feature number, compiled once per model.
const compiled = new WeakMap<PoisonModel, Map<number, number>>();
function weightsOf(model: PoisonModel): Map<number, number> {
  let map = compiled.get(model);
  if (!map) {
    map = new Map();
    for (const [name, w] of Object.entries(model.weights)) {
      let key = 0;
      for (const token of name.split(" ")) {
        const t = TOKEN_ID.get(token);
        if (t === undefined) throw new Error(`the poison model names an unknown token ${token}`);
        key = key * B + t;
      }
      map.set(key, w);
    }
    compiled.set(model, map);
  }
  return map;
}

/**
 * The model's logit for a text: bias plus the weights of the features present, scaled by the root of their
 * number so that a long honest description does not add up to an accusation.
 */
export function modelLogit(text: string, model: PoisonModel = POISON_MODEL): number {
  const weights = weightsOf(model);
  const features = featureKeys(text);
  let sum = 0;
  for (const f of features) sum += weights.get(f) ?? 0;
  return model.bias + sum / Math.sqrt(Math.max(MODEL_FEATURE_FLOOR, features.size));
}
