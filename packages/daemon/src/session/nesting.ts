// How deep a message may nest its arrays and objects, whoever sends it and however it comes (a line of a
// stdio server or a client, an HTTP body or event). The guard walks, copies and serialises each message
// recursively (JSON.stringify overflows the stack a few thousand levels down): one nested deeper is refused
// as malformed, measured on its text before it is parsed, so nothing recurses into it. No MCP message comes
// near it.

export const MAX_NESTING = 1_000;

/** What the session is told of such a message (audited as malformed, invalid_request). */
export const TOO_DEEP_DETAIL = `nested more than ${MAX_NESTING} levels deep`;

/** The shortest JSON text that can nest deeper: MAX_NESTING + 1 openings and as many closings. */
const SHORTEST_TOO_DEEP = 2 * (MAX_NESTING + 1);

/** The JSON text nests arrays and objects deeper than MAX_NESTING (one pass; brackets in strings skipped). */
export function nestedTooDeep(text: string): boolean {
  if (text.length < SHORTEST_TOO_DEEP) return false;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) inString = true;
    else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      if (++depth > MAX_NESTING) return true;
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) depth--;
  }
  return false;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
