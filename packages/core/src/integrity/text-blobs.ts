// A resource's contents are text or a base64 blob (the specification's TextResourceContents and
// BlobResourceContents), and a server may send a text file either way: a client decodes a blob whose mime
// type is text, or whose bytes are UTF-8 text, and hands the model the text. Such a blob is read as that text;
// bytes that are not text (an image, an archive, a PDF) say nothing to a model and stay unread. Telling the two
// apart reads a bounded head of the blob, so a large binary blob costs no more than that head.

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

/** Whether the first bytes of `base64` are UTF-8 text (a character cut at the head's end is not held against it). */
function headIsText(base64: string): boolean {
  const head = Buffer.from(base64.slice(0, HEAD), "base64");
  try {
    return !hasBinaryControl(new TextDecoder("utf-8", { fatal: true }).decode(head, { stream: true }));
  } catch {
    return false;
  }
}

/**
 * The text a client shows of a base64 blob of the given mime type, or undefined when its bytes are not text.
 * Once the head reads as text, the whole blob is read, bytes that are not UTF-8 as replacement characters (as a
 * lenient client shows them): one bad byte near the end does not hide the text before it.
 */
export function blobText(base64: string, mimeType: unknown): string | undefined {
  const textual = typeof mimeType === "string" && TEXT_MIME.test(mimeType);
  if (!textual && !headIsText(base64)) return undefined;
  return new TextDecoder("utf-8").decode(Buffer.from(base64, "base64"));
}
