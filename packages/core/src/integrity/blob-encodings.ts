// The encodings a text blob's bytes may be read in. A server names one (a byte order mark, the mime type's
// `charset`), its bytes may say another (the zero bytes of UTF-16 or UTF-32 text), and a client may honour
// either, or decode UTF-8 and drop the NULs it cannot show. A hostile server makes them disagree: a
// `charset=utf-8` blob whose head is padded with NULs reads as UTF-16 by its bytes and as an order by its
// label. So where they disagree every reading is kept, and review reads them all.

/** An encoding this module decodes: TextDecoder's labels, and UTF-32, which TextDecoder does not know. */
export type Encoding = string;

const UTF32 = new Set(["utf-32le", "utf-32be"]);

/** The encoding a byte order mark names, if the bytes start with one (UTF-32's before UTF-16's, its prefix). */
export function byOrderMark(head: Uint8Array): Encoding | undefined {
  const [a, b, c, d] = head;
  if (a === 0xff && b === 0xfe && c === 0 && d === 0) return "utf-32le";
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return "utf-32be";
  if (a === 0xef && b === 0xbb && c === 0xbf) return "utf-8";
  if (a === 0xff && b === 0xfe) return "utf-16le";
  if (a === 0xfe && b === 0xff) return "utf-16be";
  return undefined;
}

/** A mime type's charset parameter, quoted or not, in any case. */
const CHARSET = /;\s*charset\s*=\s*"?([\w.:-]+)"?/gi;
/** The Unicode encodings as codec libraries spell them beside the WHATWG labels: utf16, UTF_32LE, ucs2. */
const UNICODE_NAME = /^(?:utf|ucs)[-_]?(8|16|32|2|4)[-_]?(le|be)?$/i;

/**
 * The charsets a mime type names, as written. Usually one; a server may write two (`charset=utf-8;
 * charset=utf-7`), and parsers differ on which one counts (the first, the last), so each is a reading.
 */
function charsetsOf(mimeType: unknown): string[] {
  return typeof mimeType === "string" ? Array.from(mimeType.matchAll(CHARSET), (m) => m[1] as string) : [];
}

/**
 * The encodings of the charsets a mime type names that this module can decode. A UTF-16 or UTF-32 label that
 * names no byte order (`utf-16`, `ucs-2`, `unicode`) is read in both: TextDecoder reads it little-endian, while
 * RFC 2781 and Java's codecs read it big-endian when no byte order mark says otherwise.
 */
export function byLabels(mimeType: unknown): Encoding[] {
  const encodings: Encoding[] = [];
  const add = (encoding: Encoding) => {
    if (!encodings.includes(encoding)) encodings.push(encoding);
  };
  for (const label of charsetsOf(mimeType)) {
    const encoding = encodingOf(label);
    if (encoding === undefined) continue;
    add(encoding);
    const other = OTHER_ORDER.get(encoding);
    if (other !== undefined && !NAMES_ORDER.test(label)) add(other);
  }
  return encodings;
}

const OTHER_ORDER = new Map([
  ["utf-16le", "utf-16be"],
  ["utf-16be", "utf-16le"],
  ["utf-32le", "utf-32be"],
  ["utf-32be", "utf-32le"],
]);
/** A label that says its byte order: `…le`, `…be`, or WHATWG's `unicodefeff` / `unicodefffe`. */
const NAMES_ORDER = /(?:le|be|feff|fffe)$/i;

/** The encoding a charset label names, or undefined when it names none this module can decode. */
function encodingOf(label: string): Encoding | undefined {
  const unicode = UNICODE_NAME.exec(label);
  if (unicode) {
    const bits = unicode[1] === "2" ? "16" : unicode[1] === "4" ? "32" : unicode[1];
    const order = (unicode[2] ?? (bits === "8" ? "" : "le")).toLowerCase();
    return `utf-${bits}${order}`;
  }
  try {
    const encoding = new TextDecoder(label).encoding;
    // The WHATWG "replacement" decoder (hz-gb-2312, iso-2022-kr, …) reads any bytes as one U+FFFD, while codec
    // libraries decode them: no reading of this module's.
    return encoding === "replacement" ? undefined : encoding;
  } catch {
    return undefined;
  }
}

/** Labels that name no encoding (`file --mime`'s): the bytes are read as if unlabelled. */
const NO_ENCODING = new Set(["binary", "unknown", "unknown-8bit", "x-unknown"]);

/**
 * A charset a mime type names that this module cannot decode (UTF-7, EBCDIC code pages, ISO-2022-KR): a
 * client whose codec library knows it shows text this module cannot read. Undefined when it names none, or one
 * this module decodes.
 */
export function unreadableCharset(mimeType: unknown): string | undefined {
  return charsetsOf(mimeType).find(
    (label) => !NO_ENCODING.has(label.toLowerCase()) && encodingOf(label) === undefined,
  );
}

/**
 * UTF-32 or UTF-16 recognised by where the head's zero bytes fall: text in the Basic Multilingual Plane has two
 * zero bytes in every four in UTF-32, ASCII text one in every two in UTF-16, always on the same side, and text
 * in any other encoding none. Mixed zeros (binary) name nothing.
 */
export function byZeros(head: Uint8Array): Encoding | undefined {
  let [z0, z1, z2, z3] = [0, 0, 0, 0];
  for (let i = 0; i < head.length; i++) {
    if (head[i] !== 0) continue;
    const at = i & 3;
    if (at === 0) z0++;
    else if (at === 1) z1++;
    else if (at === 2) z2++;
    else z3++;
  }
  const quads = head.length >> 2;
  if (quads === 0) return undefined;
  if (z2 >= quads * 0.9 && z3 >= quads * 0.9 && z0 < quads / 2) return "utf-32le";
  if (z0 >= quads * 0.9 && z1 >= quads * 0.9 && z3 < quads / 2) return "utf-32be";
  const odd = z1 + z3;
  const even = z0 + z2;
  if (odd * 2 >= quads && even * 8 <= odd) return "utf-16le";
  if (even * 2 >= quads && odd * 8 <= even) return "utf-16be";
  return undefined;
}

/** Bytes decoded in `encoding`, invalid sequences as replacement characters (as a lenient client shows them). */
export function decode(bytes: Uint8Array, encoding: Encoding, fatal = false): string {
  if (!UTF32.has(encoding)) return new TextDecoder(encoding, { fatal }).decode(bytes, { stream: fatal });
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const little = encoding === "utf-32le";
  let text = "";
  for (let i = 0; i + 3 < bytes.length; i += 4) {
    const cp = view.getUint32(i, little);
    const valid = cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff);
    if (!valid && fatal) throw new TypeError("not UTF-32");
    if (cp !== 0xfeff || i > 0) text += String.fromCodePoint(valid ? cp : 0xfffd);
  }
  return text;
}
