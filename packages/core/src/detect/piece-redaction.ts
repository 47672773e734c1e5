// Writing back what was found across neighbouring pieces (an object's string fields, an array's strings, a
// result's text items): split-fields.ts and split-values.ts find a value's shares in several pieces and each
// piece that holds a share is rewritten here, in the walk's copy of the container.

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
  for (const piece of new Set(shares.map((s) => s.piece))) {
    const key = keyOf(piece);
    const text = textOf(piece);
    const own = shares.filter((s) => s.piece === piece);
    const current = copy[key];
    const whole = `[REDACTED:${own[0]?.type ?? "value"}]`;
    if (typeof current === "string") copy[key] = current === text ? withSharesRedacted(text, own) : whole;
    else if (typeof current === "number") copy[key] = whole;
    else if (isContentItem(current))
      copy[key] = { ...current, text: current.text === text ? withSharesRedacted(text, own) : whole };
  }
  return copy as T;
}

/** `text` with each share (of one piece, possibly overlapping) replaced. */
function withSharesRedacted(text: string, shares: readonly PieceShare[]): string {
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
