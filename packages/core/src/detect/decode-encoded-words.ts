// RFC 2047 encoded-words, how mail writes a header's text beyond ASCII: `=?UTF-8?Q?R=C3=A9initialisation_…?=`
// (Q: quoted-printable with "_" for a space) or `=?UTF-8?B?…?=` (base64). A mail server's tool (IMAP, Gmail's
// raw format, a .eml read from disk) returns headers as they are, so a Subject that carries a password, a card
// or a token hides it from a scan of the text: the Q form's "_" glues every word to the next, and its =XX
// splits the rest. The view reads each encoded-word as its text in its charset, and joins adjacent ones as a
// reader does (the blanks and folds between two encoded-words are not text), so a value cut across two words
// is read whole. Linear: one native search from one "=?" to the next; each word is read by a bounded pattern
// whose text class stops at the next "?".
import { type DecodedView, ViewBuilder } from "./decode.js";
import type { SharedPass } from "./digit-chains.js";
import { mayHold } from "./secrets/noted-literals.js";

/** `=?charset[*language]?Q|B?text?=`; RFC 2047 bounds a word at 75 characters, mail tools write longer. */
const ENCODED_WORD = /=\?([A-Za-z0-9._:-]{1,40})(?:\*[A-Za-z0-9-]{1,20})?\?([QqBb])\?([^?\s]{0,1024})\?=/y;
/** The blanks and folds between two encoded-words, which a reader drops. */
const BETWEEN_WORDS = /[ \t]{0,16}(?:\r?\n[ \t]{1,16})?(?==\?)/y;

type Decoder = InstanceType<typeof TextDecoder>;
const decoders = new Map<string, Decoder>();
/** The charset's decoder, Latin-1's for one the platform does not know (a byte stays a character). */
function decoderFor(charset: string): Decoder {
  const key = charset.toLowerCase();
  let decoder = decoders.get(key);
  if (decoder === undefined) {
    try {
      decoder = new TextDecoder(key);
    } catch {
      decoder = new TextDecoder("latin1");
    }
    if (decoders.size < 64) decoders.set(key, decoder);
  }
  return decoder;
}

/** A word's bytes: Q's "_" as a space and =XX as its byte, or B's base64; undefined where they are malformed. */
function wordBytes(kind: string, text: string): Uint8Array | undefined {
  if (kind === "B" || kind === "b") {
    try {
      return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
    } catch {
      return undefined;
    }
  }
  const bytes = new Uint8Array(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 95) bytes[n++] = 32;
    else if (c === 61) {
      const byte = parseInt(text.slice(i + 1, i + 3), 16);
      if (!/^[0-9A-Fa-f]{2}$/.test(text.slice(i + 1, i + 3))) return undefined;
      bytes[n++] = byte;
      i += 2;
    } else bytes[n++] = c;
  }
  return bytes.subarray(0, n);
}

/**
 * The text with each encoded-word read as its text (adjacent ones joined), or undefined when it has none.
 * `shared`: the detectors' pass over the text, whose keyword pass notes "=?" (see noted-literals.ts).
 */
export function encodedWordsView(text: string, shared?: SharedPass): DecodedView | undefined {
  if (!mayHold(text, shared, "=?")) return undefined;
  let i = text.indexOf("=?");
  if (i === -1) return undefined;
  const view = new ViewBuilder();
  let copied = 0;
  while (i !== -1) {
    ENCODED_WORD.lastIndex = i;
    const m = ENCODED_WORD.exec(text);
    const bytes = m && wordBytes(m[2] ?? "", m[3] ?? "");
    if (m === null || bytes === undefined) {
      i = text.indexOf("=?", i + 2);
      continue;
    }
    const end = i + m[0].length;
    view.copy(text, copied, i);
    view.replace(decoderFor(m[1] ?? "").decode(bytes), i, end);
    copied = end;
    // The blanks before another encoded-word are dropped (mapped to it, so a value across both maps whole).
    BETWEEN_WORDS.lastIndex = end;
    if (BETWEEN_WORDS.test(text)) {
      ENCODED_WORD.lastIndex = BETWEEN_WORDS.lastIndex;
      if (BETWEEN_WORDS.lastIndex > end && ENCODED_WORD.test(text)) {
        view.replace("", end, BETWEEN_WORDS.lastIndex);
        copied = BETWEEN_WORDS.lastIndex;
      }
    }
    i = text.indexOf("=?", copied);
  }
  if (!view.changed) return undefined;
  view.copy(text, copied, text.length);
  return view.build();
}
