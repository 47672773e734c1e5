// A table's header line in a text item of its own, its rows in the items after it: a tool that streams a
// query's result sends the header, then the rows (CSV, TSV, a psql header). A model reads a result's text
// items as one text, each row under that header, so a cell is named by its column there (named-cells.ts) as in
// one text. Each text item after such a header line, in the run of text items, is read with the line above it;
// what that reading finds in the item, and the item alone does not, is found in the item.
//
// Linear: an item is read twice more at most (under the last header line before it, and alone), and only
// where a header line stands before it in the run.
import { mayName } from "./field-names.js";
import { NO_TYPES, redactPieces, textItem, type PieceShare } from "./piece-redaction.js";

/** A longer line is text, not a header. */
const MAX_HEADER = 1024;

type Spans = (text: string) => ReadonlyArray<{ start: number; end: number; type: string }>;

/**
 * What the items after a lone header line hold under its columns' names: each type found, and `out` with each
 * such span redacted where `redact` takes its type (an item the walk rewrote already is redacted whole).
 */
export function cellsUnderHeaderItems(
  original: readonly unknown[],
  out: unknown[],
  spans: Spans,
  redact?: (type: string) => boolean,
): { types: readonly string[]; value: unknown[] } {
  const shares: PieceShare[] = [];
  let header: string | undefined;
  for (let i = 0; i < original.length; i++) {
    const text = textItem(original[i]);
    if (text === undefined) {
      header = undefined;
      continue;
    }
    const found = shares.length;
    if (header !== undefined) {
      const above = `${header}\n`;
      const alone = spans(text);
      // Both in order, neither overlapping itself: what overlaps the item's own spans is found in one pass.
      let k = 0;
      for (const span of spans(above + text)) {
        const start = span.start - above.length;
        const end = span.end - above.length;
        if (start < 0) continue;
        while (k < alone.length && (alone[k] as { end: number }).end <= start) k++;
        if (k === alone.length || (alone[k] as { start: number }).start >= end)
          shares.push({ piece: i, start, end, type: span.type });
      }
    }
    // A row found under the header is no header of its own.
    if (shares.length === found) header = headerLine(text) ?? header;
  }
  if (shares.length === 0) return { types: NO_TYPES, value: out };
  const types = [...new Set(shares.map((s) => s.type))];
  const redacting = shares.filter((s) => redact?.(s.type));
  if (redacting.length === 0) return { types, value: out };
  const value = redactPieces(out, redacting, String, (piece) => textItem(original[piece]) as string);
  return { types, value };
}

/** The text as a lone header line: one line (its line break aside) that may name a column. */
function headerLine(text: string): string | undefined {
  const line = text.replace(/\r?\n$/, "");
  if (line.length > MAX_HEADER || line.includes("\n") || !mayName(line)) return undefined;
  return line;
}
