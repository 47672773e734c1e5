// The text a client shows of each item of a list, for lists whose items are not all plain text items: a
// result's content with embedded resources or images between its texts, a resources/read's contents, a
// prompt's messages. A model reads them one after the other, as it reads a result's text items, so a value
// cut between two of them must be read across the junction as it is between two text items. The scanner
// reads such a list a second time as a view of plain text items (the list's shown texts, in order) with the
// machinery that reads text items, and writes what that redacts back where each text stands.
//
// An image or audio item shows no text and leaves the texts on either side neighbours (a client shows them
// around it), and so does a text of blanks or invisible characters alone (`""`, `" "`, a zero-width space:
// a token cut by one of those in one string is read already); an item of any other kind (a resource link,
// an unknown shape) ends the run.

/** An item that shows no text and does not separate the texts around it. */
const SKIPPED = Symbol("skipped");

type Shown = string | typeof SKIPPED | undefined;

/** A text that shows nothing between its neighbours: blanks and format characters alone, or none. */
const SHOWS_NOTHING = /^[\s\p{Cf}]*$/u;

/** Where the text an item shows stands in it: the item itself, or the object under one of its keys. */
function shownText(item: unknown, depth = 0): Shown {
  if (typeof item !== "object" || item === null || Array.isArray(item)) return undefined;
  const { type, text, resource, content, uri, role, blob } = item as Record<string, unknown>;
  if (type === "image" || type === "audio") return SKIPPED;
  if (type === "text" || (type === undefined && typeof uri === "string"))
    return typeof text === "string" ? text : typeof blob === "string" ? SKIPPED : undefined;
  // A message's content, and an embedded resource's, possibly an embedded resource as a message's content.
  if (type === "resource") return depth < 2 ? shownText(resource, depth + 1) : undefined;
  if (depth === 0 && typeof role === "string") return shownText(content, 1);
  return undefined;
}

/** A copy of `item` with the text it shows replaced by `text` (the item unchanged when it shows none). */
function withShownText(item: unknown, text: string, depth = 0): unknown {
  if (typeof item !== "object" || item === null || Array.isArray(item)) return item;
  const obj = item as Record<string, unknown>;
  if (obj.type === "text" || (obj.type === undefined && typeof obj.uri === "string"))
    return typeof obj.text === "string" ? { ...obj, text } : item;
  if (obj.type === "resource")
    return depth < 2 ? { ...obj, resource: withShownText(obj.resource, text, depth + 1) } : item;
  if (depth === 0 && typeof obj.role === "string")
    return { ...obj, content: withShownText(obj.content, text, 1) };
  return item;
}

export interface ShownView {
  /** The list as plain text items, a null where a run of texts ends. */
  items: ({ type: "text"; text: string } | null)[];
  /** Per view item, the index of the list item it stands for (-1 for a null). */
  from: number[];
}

/**
 * The view of `list` as plain text items, or undefined when reading it so adds nothing: fewer than two texts,
 * or a list of plain text items with nothing skipped between them (read as it is already).
 */
export function shownView(list: readonly unknown[]): ShownView | undefined {
  const items: ShownView["items"] = [];
  const from: number[] = [];
  let texts = 0;
  let reshaped = false;
  list.forEach((item, i) => {
    const shown = shownText(item);
    if (shown === SKIPPED || (typeof shown === "string" && SHOWS_NOTHING.test(shown))) {
      reshaped = true;
      return;
    }
    if (shown === undefined) {
      if (items.length > 0 && items[items.length - 1] !== null) {
        items.push(null);
        from.push(-1);
      }
      return;
    }
    if ((item as { type?: unknown }).type !== "text") reshaped = true;
    items.push({ type: "text", text: shown });
    from.push(i);
    texts++;
  });
  return texts >= 2 && reshaped ? { items, from } : undefined;
}

/**
 * The view's texts as they stand in `out` (the walked copy of the list, which may have rewritten an item):
 * what the view's readers redact in.
 */
export function viewOf(view: ShownView, out: readonly unknown[]): ShownView["items"] {
  return view.items.map((item, k) => {
    if (item === null) return null;
    const now = shownText(out[view.from[k] ?? -1]);
    return { type: "text", text: typeof now === "string" ? now : item.text };
  });
}

/** `out` with each text the view's readers rewrote (in `written`) put back where it stands. */
export function writtenBack(view: ShownView, out: unknown[], written: readonly unknown[]): unknown[] {
  let copy: unknown[] | undefined;
  view.from.forEach((i, k) => {
    const item = written[k] as { text?: unknown } | null | undefined;
    if (i < 0 || typeof item?.text !== "string") return;
    if (item.text === shownText(out[i])) return;
    (copy ??= [...out])[i] = withShownText(out[i], item.text);
  });
  return copy ?? out;
}
