// Characters a person cannot see but a model reads: terminal escape sequences, Unicode tag characters
// (which can spell whole sentences invisibly), variation selectors that select nothing (which can carry
// bytes), bidirectional overrides, zero-width characters and the blank fillers of Hangul, Khmer and Mongolian.
// Also the format controls that draw nothing and mean nothing outside their rare niche: the musical beam and
// phrase marks (U+1D173–U+1D17A), the interlinear annotation marks (U+FFF9–U+FFFB) and the shorthand format
// controls (U+1BCA0–U+1BCA3). Put between the letters of "ignore", they hid the word from the scorer while a
// reader saw it whole (round 51).
// Terminal escapes are the ones the detection view reads past (detect/terminal-escapes.ts): one list for both.
import { TERMINAL_ESCAPE } from "../detect/terminal-escapes.js";
import { modelText } from "./model-text.js";

/** Invisible characters (controls, zero-width, bidirectional, tag characters) wherever they occur. */
export const INVISIBLE =
  /[\p{Cc}\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\u061c\ufeff\u{e0000}-\u{e007f}\ufff9-\ufffb\u{1bca0}-\u{1bca3}\u{1d173}-\u{1d17a}]/u;

/**
 * Variation selectors that select nothing: two or more in a row (a character takes one; a run after an emoji is
 * how bytes are smuggled, one selector per byte, and a model told the scheme reads them), or an ideographic
 * one (U+E0100…) after anything but a Han ideograph, the only characters those select for.
 */
const IDLE_SELECTORS = String.raw`[\ufe00-\ufe0f\u{e0100}-\u{e01ef}]{2,}|(?<!\p{Script=Han})[\u{e0100}-\u{e01ef}]`;

/**
 * Two invisible characters that text carries for its own sake, and that carry nothing else: a byte-order mark
 * opening the text or a line (files saved by Windows tools start with one, a file-reading tool returns it, and
 * the guard reads a result's parts one per line), and one zero-width joiner between two pictographs, which
 * joins them into one emoji (a family, a flag, a person at a laptop). Anywhere else, or in a run, they are
 * hidden characters like the rest. Each exception is tested only where its character stands, so ordinary text
 * pays nothing for them.
 */
const JOINER_NOT_IN_EMOJI = String.raw`\u200d(?:(?<!\p{Extended_Pictographic}(?:\ufe0f|\p{Emoji_Modifier})?\u200d)|(?!\p{Extended_Pictographic}))`;
/**
 * The scripts whose spelling uses the zero-width non-joiner and joiner: Persian, Urdu, Kurdish and the other
 * Arabic-script languages write "می‌کند" (does) and "کتاب‌ها" (books) with a non-joiner, every Persian keyboard
 * types it, and the Indic scripts use both to stop or force a conjunct after a virama (a mark of the same
 * script). One of them between two characters of such a script is spelling; a run of them, or one beside a
 * Latin letter (inside an English cue word), is still hidden.
 */
const JOINING_SCRIPT = String.raw`[\p{Script=Arabic}\p{Script=Syriac}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Oriya}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}]`;
// Each lookaround runs only where a joiner stands: text without one pays nothing for the exception.
const NOT_SPELLED = String.raw`(?:(?<!${JOINING_SCRIPT}[\u200c\u200d])|(?!${JOINING_SCRIPT}))`;
const NON_JOINER_NOT_SPELLED = String.raw`\u200c${NOT_SPELLED}`;
const BOM_NOT_OPENING = String.raw`(?<!^|\n)\ufeff`;

const HIDDEN = new RegExp(
  String.raw`${TERMINAL_ESCAPE}|[\u{e0000}-\u{e007f}]|[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]|${IDLE_SELECTORS}|${JOINER_NOT_IN_EMOJI}${NOT_SPELLED}|${NON_JOINER_NOT_SPELLED}|${BOM_NOT_OPENING}|[\u17b4-\u17b5\u180b-\u180d\u180f\u200b\u2060-\u2064\u00ad\u180e\u115f\u1160\u3164\uffa0\ufff9-\ufffb\u{1bca0}-\u{1bca3}\u{1d173}-\u{1d17a}]`,
  "gu",
);

export interface HiddenReport {
  kinds: string[];
  /** The text with every hidden character or sequence removed. */
  stripped: string;
}

function kindOf(match: string): string {
  if (match.startsWith("\u001b")) return "terminal escape";
  const cp = match.codePointAt(0);
  if (cp === undefined) throw new Error("kindOf: the hidden-character match is empty");
  if ((cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0100 && cp <= 0xe01ef)) return "variation selectors";
  if (cp >= 0xe0000) return "tag characters";
  if (
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2066 && cp <= 0x2069) ||
    cp === 0x200e ||
    cp === 0x200f ||
    cp === 0x61c
  )
    return "bidirectional control";
  return "zero-width character";
}

/**
 * Reported beside the kinds when some hidden characters sit in an object key (a parameter's name in a tool's
 * inputSchema): stripping rewrites values, never keys, which the server and the client expect as they are.
 */
export const HIDDEN_IN_A_KEY = "in a key, which stripping keeps";

/** Whether an object key anywhere in `value` holds hidden characters. */
export function hiddenInKeys(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hiddenInKeys);
  if (typeof value !== "object" || value === null) return false;
  for (const [key, inner] of Object.entries(value)) if (findHidden(key) || hiddenInKeys(inner)) return true;
  return false;
}

/** Undefined when the text has nothing hidden. */
export function findHidden(text: string): HiddenReport | undefined {
  HIDDEN.lastIndex = 0;
  if (!HIDDEN.test(text)) return undefined;
  const kinds = new Set<string>();
  const stripped = text.replace(HIDDEN, (m) => {
    kinds.add(kindOf(m));
    return "";
  });
  return { kinds: [...kinds].sort(), stripped };
}

/** Decodes Unicode tag characters to the ASCII they stand for, to show what was hidden. */
export function revealTags(text: string): string {
  return Array.from(text)
    .map((ch) => {
      // Array.from never yields an empty string; an absent code point reveals nothing.
      const cp = ch.codePointAt(0) ?? 0;
      return cp >= 0xe0020 && cp <= 0xe007e ? String.fromCodePoint(cp - 0xe0000) : "";
    })
    .join("");
}

/** Strips hidden characters from every string of a value (copy on write). */
export function stripHidden(value: unknown): unknown {
  if (typeof value === "string") return findHidden(value)?.stripped ?? value;
  if (Array.isArray(value)) {
    const out = value.map(stripHidden);
    return out.some((v, i) => v !== value[i]) ? out : value;
  }
  if (typeof value === "object" && value !== null) {
    let copy: Record<string, unknown> | undefined;
    for (const [k, v] of Object.entries(value)) {
      const out = stripHidden(v);
      if (out !== v) (copy ??= { ...(value as Record<string, unknown>) })[k] = out;
    }
    return copy ?? value;
  }
  return value;
}

/**
 * A value a model reads (modelText) with its hidden characters stripped, or undefined when some remain: in an
 * object key, which is not rewritten, since a renamed key could collide with another or no longer be the name
 * the client expects. The caller refuses what it cannot strip.
 */
export function stripHiddenForModel(value: unknown): unknown {
  const stripped = stripHidden(value);
  return findHidden(modelText(stripped)) ? undefined : stripped;
}
