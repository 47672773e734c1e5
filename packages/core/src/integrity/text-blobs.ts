// A resource's contents are text or a base64 blob (the specification's TextResourceContents and
// BlobResourceContents), and a server may send a text file either way: a client decodes a blob whose mime
// type is text, or whose bytes are UTF-8 text, and hands the model the text. Such a blob is read as that text;
// bytes that are not text (an image, an archive, a PDF) say nothing to a model and stay unread. Telling the two
// apart reads a bounded head of the blob, so a large binary blob costs no more than that head.

import {
  byLabels,
  byOrderMark,
  byZeros,
  decode,
  unreadableCharset,
  type Encoding,
} from "./blob-encodings.js";

/** Mime types whose contents are text whatever their bytes: a client decodes them as UTF-8 for the model. */
const TEXT_MIME =
  /^\s*(?:text\/|application\/(?:[\w.-]+\+)?(?:json|xml|yaml|x-yaml|javascript|ecmascript|x-sh|toml|sql|graphql)\b)/i;
/** Base64 characters decoded first to tell text from bytes when the mime type does not say (3 KiB of bytes). */
const HEAD = 4096;
/**
 * Whether `text` holds a C0 control other than tab, line feed, form feed, carriage return and escape (a
 * terminal's output holds escapes, which the hidden-character check reads): text does not, binary does.
 */
function hasBinaryControl(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d && c !== 0x1b) return true;
  }
  return false;
}

/** Whether `head`, decoded as `encoding`, is text (a character cut at the head's end is not held against it). */
function headIsText(head: Uint8Array, encoding: Encoding): boolean {
  try {
    return !hasBinaryControl(decode(head, encoding, true));
  } catch {
    return false;
  }
}

/**
 * The encodings a blob is read in: the one its byte order mark names, each one its labels name (else UTF-8),
 * and the one its zero bytes say, each once (blob-encodings.ts: a client may honour any of them; a byte order
 * mark before UTF-8 text under a UTF-8 label is two replacement characters to a client that reads the label).
 */
function readingsOf(head: Uint8Array, mimeType: unknown): Encoding[] {
  const labelled = byLabels(mimeType);
  const readings = labelled.length > 0 ? labelled : ["utf-8"];
  for (const other of [byOrderMark(head), byZeros(head)])
    if (other !== undefined && !readings.includes(other)) readings.push(other);
  return readings;
}

/**
 * The text a client shows of a base64 blob of the given mime type, or undefined when its bytes are not text.
 * Once the head reads as text, the whole blob is read, bytes that are not valid in its encoding as replacement
 * characters (as a lenient client shows them): one bad byte near the end does not hide the text before it.
 * A blob read in two encodings is both readings, a line apart; NULs, which a client drops, are dropped.
 */
export function blobText(base64: string, mimeType: unknown): string | undefined {
  const head = Buffer.from(base64.slice(0, HEAD), "base64");
  const textual = typeof mimeType === "string" && TEXT_MIME.test(mimeType);
  const readings = readingsOf(head, mimeType).filter((encoding) => textual || headIsText(head, encoding));
  if (readings.length === 0) return undefined;
  const bytes = Buffer.from(base64, "base64");
  return readings.map((encoding) => decode(bytes, encoding).replaceAll("\0", "")).join("\n");
}

/**
 * The charset of a text blob (by its mime type) that names an encoding this module cannot decode (UTF-7, an
 * EBCDIC code page): review cannot vouch for what a client whose codec knows it shows the model.
 */
export function unreadableTextCharset(mimeType: unknown): string | undefined {
  return typeof mimeType === "string" && TEXT_MIME.test(mimeType) ? unreadableCharset(mimeType) : undefined;
}
