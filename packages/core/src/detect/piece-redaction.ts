// Writing back what was found across neighbouring pieces (an object's string fields, an array's strings, a
// result's text items): split-fields.ts and split-values.ts find a value's shares in several pieces and each
// piece that holds a share is rewritten here, in the walk's copy of the container.

/**
 * The types found across the neighbours of what most objects and lists of most messages hold: none. One shared
 * frozen list, so that no container makes a type set and lists for nothing (callers only read it).
 */
export const NO_TYPES: readonly string[] = Object.freeze([]);

/** Where a share of a split value lies: [start, end) in the text of the piece at index `piece`. */
export interface PieceShare {
  piece: number;
  start: number;
  end: number;
  type: string;
}

/** A content item (or any object) with a text: a result's content is read as one text. */
export function isContentItem(item: unknown): item is { text: string } {
  return (
    typeof item === "object" &&
    item !== null &&
    !Array.isArray(item) &&
    typeof (item as { text?: unknown }).text === "string"
  );
}

/** The text of a text content item, else undefined. */
export function textItem(item: unknown): string | undefined {
  return isContentItem(item) && (item as { type?: unknown }).type === "text" ? item.text : undefined;
}

/** How many levels of one-string wrappers are looked through ([[["ghp_…"]]] is three). */
const MAX_WRAP_DEPTH = 3;

/**
 * The one text a neighbour holds: a string, a content item's text, or the one string inside a wrapper that
 * holds nothing else a model reads as text: a one-item list (`[["ghp_R8kW"], ["q2Zp…"]]`) or an object whose
 * only string or container is that text beside numbers, booleans and nulls (rows of `{ "seq": 1, "chunk":
 * "ghp_R8kW" }`). A value split over such wrappers reads as one to a model as it does over bare strings.
 */
export function wrappedText(item: unknown, depth = 0): string | undefined {
  if (typeof item === "string") return item;
  if (typeof item !== "object" || item === null) return undefined;
  if (isContentItem(item)) return item.text;
  if (depth >= MAX_WRAP_DEPTH) return undefined;
  if (Array.isArray(item)) return item.length === 1 ? wrappedText(item[0], depth + 1) : undefined;
  const only = onlyTextField(item as Record<string, unknown>);
  return only === undefined ? undefined : wrappedText((item as Record<string, unknown>)[only], depth + 1);
}

/** The key of an object's one string or container value, if it has exactly one. */
function onlyTextField(obj: Record<string, unknown>): string | undefined {
  let only: string | undefined;
  for (const key in obj) {
    const v = obj[key];
    if (typeof v !== "string" && (typeof v !== "object" || v === null)) continue;
    if (only !== undefined) return undefined;
    only = key;
  }
  return only;
}

/** A copy of `item` (as `wrappedText` read it) with its text replaced by `to(text)`. */
function rewrapped(item: unknown, to: (text: string) => string): unknown {
  if (typeof item === "string") return to(item);
  if (isContentItem(item)) return { ...item, text: to(item.text) };
  if (Array.isArray(item)) return [rewrapped(item[0], to)];
  const obj = item as Record<string, unknown>;
  const key = onlyTextField(obj);
  return key === undefined ? item : { ...obj, [key]: rewrapped(obj[key], to) };
}

/**
 * A copy of `out` with each share replaced in its piece. `keyOf` names the piece's key in `out`; `textOf`
 * gives the text the shares' offsets were found in. A piece the walk already rewrote (its text is no longer
 * that text, or it was a number) is replaced whole, since its offsets no longer hold.
 */
export function redactPieces<T extends unknown[] | Record<string, unknown>>(
  out: T,
  shares: readonly PieceShare[],
  keyOf: (piece: number) => string,
  textOf: (piece: number) => string,
): T {
  const copy: Record<string, unknown> = Array.isArray(out) ? ([...out] as never) : { ...out };
  for (const [piece, own] of sharesByPiece(shares)) {
    const key = keyOf(piece);
    const text = textOf(piece);
    const current = copy[key];
    const whole = `[REDACTED:${own[0]?.type ?? "value"}]`;
    if (typeof current === "number") copy[key] = whole;
    else if (wrappedText(current) !== undefined)
      copy[key] = rewrapped(current, (now) => (now === text ? withSharesRedacted(text, own) : whole));
  }
  return copy as T;
}

/**
 * The shares grouped by their piece, pieces in the order of their first share: one pass, where filtering the
 * shares once per piece cost the square of their number (a list of thousands of values, each split in two).
 */
function sharesByPiece(shares: readonly PieceShare[]): Map<number, PieceShare[]> {
  const byPiece = new Map<number, PieceShare[]>();
  for (const share of shares) {
    const own = byPiece.get(share.piece);
    if (own === undefined) byPiece.set(share.piece, [share]);
    else own.push(share);
  }
  return byPiece;
}

/** `text` with each share (of one piece, possibly overlapping) replaced. */
export function withSharesRedacted(text: string, shares: readonly PieceShare[]): string {
  const sorted = [...shares].sort((a, b) => a.start - b.start);
  let out = "";
  let at = 0;
  for (const s of sorted) {
    if (s.end <= at) continue;
    out += `${text.slice(at, Math.max(at, s.start))}[REDACTED:${s.type}]`;
    at = s.end;
  }
  return out + text.slice(at);
}
