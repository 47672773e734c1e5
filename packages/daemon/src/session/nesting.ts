// How deep a message may nest its arrays and objects, whoever sends it and however it comes (a line of a
// stdio server or a client, an HTTP body or event). The guard walks, copies and serialises each message
// recursively (JSON.stringify overflows the stack a few thousand levels down): one nested deeper is refused
// as malformed, measured on its text before it is parsed, so nothing recurses into it (an HTTP client's batch
// member by member). No MCP message comes near it.

export const MAX_NESTING = 1_000;

/** What the session is told of such a message (audited as malformed, invalid_request). */
export const TOO_DEEP_DETAIL = `nested more than ${MAX_NESTING} levels deep`;

/** The shortest JSON text that can nest deeper: MAX_NESTING + 1 openings and as many closings. */
const SHORTEST_TOO_DEEP = 2 * (MAX_NESTING + 1);

/** The JSON text nests arrays and objects deeper than MAX_NESTING (one pass; brackets in strings skipped). */
export function nestedTooDeep(text: string): boolean {
  if (text.length < SHORTEST_TOO_DEEP) return false;
  let tooDeep = false;
  scanNesting(text, 0, () => (tooDeep = true));
  return tooDeep;
}

/**
 * The members of a JSON array text (an HTTP client's batch) that nest deeper than MAX_NESTING on their own
 * (the batch's own bracket not counted), by position, each with its size in bytes (for the audit). One pass.
 */
export function batchMembersTooDeep(text: string): Map<number, number> {
  const members = new Map<number, number>();
  if (text.length < SHORTEST_TOO_DEEP) return members;
  scanNesting(text, 1, (member, start, end) => {
    members.set(member, Buffer.byteLength(text.slice(start, end)));
    return false;
  });
  return members;
}

/**
 * Walks the text's brackets; `outer` levels belong to a container (a batch) whose members are counted.
 * `found` is told of each member that goes deeper than MAX_NESTING, with where the member starts and ends
 * in the text (its end is the text's when it is not closed, or when the walk stops at the first found);
 * it returns true to stop the walk.
 */
function scanNesting(
  text: string,
  outer: number,
  found: (member: number, start: number, end: number) => boolean,
): void {
  let depth = 0;
  let member = -1;
  let start = 0;
  let tooDeep = false;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) inString = true;
    else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      if (depth++ === outer) {
        member++;
        start = i;
      }
      if (depth - outer > MAX_NESTING && !tooDeep) {
        tooDeep = true;
        if (outer === 0) return void found(member, start, text.length);
      }
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      if (--depth === outer && tooDeep) {
        tooDeep = false;
        if (found(member, start, i + 1)) return;
      }
    }
  }
  if (tooDeep) found(member, start, text.length);
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
