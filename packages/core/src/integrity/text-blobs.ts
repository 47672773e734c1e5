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

/**
 * The encoding a blob's bytes are read in: a byte order mark first (it overrides any label, as the WHATWG
 * decoding rules have it), then UTF-16 recognised by its zero bytes (ASCII text in UTF-16 has one in every
 * pair, text in any other encoding none), then the mime type's `charset` parameter, else UTF-8; a label
 * TextDecoder does not know reads as UTF-8. Decoded as UTF-8, UTF-16 text is an order with a NUL between its
 * letters that no check reads as words, while a client that honours the label, or drops the NULs, shows the
 * model the order: so the zero bytes outrank a label that says otherwise.
 */
function encodingOf(head: Buffer, mimeType: unknown): string {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return "utf-8";
  if (head[0] === 0xff && head[1] === 0xfe) return "utf-16le";
  if (head[0] === 0xfe && head[1] === 0xff) return "utf-16be";
  const utf16 = utf16ByZeros(head);
  if (utf16 !== undefined) return utf16;
  const label = typeof mimeType === "string" ? CHARSET.exec(mimeType)?.[1] : undefined;
  return label !== undefined && knownEncoding(label) ? label : "utf-8";
}

/** A mime type's charset parameter, quoted or not, in any case. */
const CHARSET = /;\s*charset\s*=\s*"?([\w.:-]+)"?/i;

function knownEncoding(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

/** UTF-16 when at least a quarter of the head's pairs hold a zero byte on one side and none on the other. */
function utf16ByZeros(head: Buffer): string | undefined {
  let even = 0;
  let odd = 0;
  const pairs = head.length >> 1;
  for (let i = 0; i + 1 < head.length; i += 2) {
    if (head[i] === 0) even++;
    if (head[i + 1] === 0) odd++;
  }
  if (pairs === 0 || (even > 0 && odd > 0)) return undefined;
  if (odd * 4 >= pairs) return "utf-16le";
  if (even * 4 >= pairs) return "utf-16be";
  return undefined;
}

/** Whether `head`, decoded as `encoding`, is text (a character cut at the head's end is not held against it). */
function headIsText(head: Buffer, encoding: string): boolean {
  try {
    return !hasBinaryControl(new TextDecoder(encoding, { fatal: true }).decode(head, { stream: true }));
  } catch {
    return false;
  }
}

/**
 * The text a client shows of a base64 blob of the given mime type, or undefined when its bytes are not text.
 * Once the head reads as text, the whole blob is read, bytes that are not valid in its encoding as replacement
 * characters (as a lenient client shows them): one bad byte near the end does not hide the text before it.
 */
export function blobText(base64: string, mimeType: unknown): string | undefined {
  const head = Buffer.from(base64.slice(0, HEAD), "base64");
  const encoding = encodingOf(head, mimeType);
  const textual = typeof mimeType === "string" && TEXT_MIME.test(mimeType);
  if (!textual && !headIsText(head, encoding)) return undefined;
  return new TextDecoder(encoding).decode(Buffer.from(base64, "base64"));
}
