// How a server writes a credential it was handed other than as given: percent-encoded as a URL or a form
// carries it (`?token=p%40ss`, either case of escape), its UTF-8 bytes in hex (`| xxd -p`) or in base64,
// alone (`| base64`) or inside a longer run (a Basic Authorization header encodes `user:password` together).
// Whoever holds a spelling holds the value. handed-credentials.ts withholds them from a server's messages, the
// daemon's known-values.ts from its stderr and error texts.

/**
 * The value percent-encoded as a URL's component (encodeURIComponent) and as a form (URLSearchParams: `+` for
 * a space, `!'()~` escaped), each with its escapes in upper and in lower case; never the value itself.
 */
export function percentSpellings(value: string): string[] {
  const component = encodeURIComponent(value);
  const form = new URLSearchParams([["v", value]]).toString().slice("v=".length);
  const spellings = new Set<string>();
  for (const spelling of [component, form]) {
    spellings.add(spelling);
    spellings.add(spelling.replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase()));
  }
  spellings.delete(value);
  return [...spellings];
}

/** The base64 alphabet's two last characters as a URL writes them (base64url). */
const urlSafe = (text: string) => text.replace(/\+/g, "-").replace(/\//g, "_");

/** The value's UTF-8 bytes in base64 on their own: padded and bare, in both alphabets. */
export function base64Spellings(value: string): string[] {
  const padded = Buffer.from(value, "utf8").toString("base64");
  const bare = padded.replace(/=+$/, "");
  return [...new Set([padded, bare, urlSafe(padded), urlSafe(bare)])];
}

/**
 * The base64 characters made of the value's bits alone, wherever in a longer encoded run it starts: a byte's
 * encoding depends on its place in a group of three (three places), and the characters at either end also
 * carry bits of the neighbouring bytes, so only those wholly inside are the same whatever surrounds the value.
 * For the shortest value withheld (6 bytes) that is 7 or 8 characters (SHORTEST_CORE), in both alphabets.
 */
export function base64Cores(value: string): string[] {
  const bytes = Buffer.from(value, "utf8");
  const cores = new Set<string>();
  for (let place = 0; place < 3; place++) {
    const encoded = Buffer.concat([Buffer.alloc(place), bytes]).toString("base64");
    // Character i holds bits [6i, 6i + 6); the value's bits are [8 * place, 8 * (place + n)).
    const core = encoded.slice(Math.ceil((8 * place) / 6), Math.floor((8 * (place + bytes.length)) / 6));
    cores.add(core).add(urlSafe(core));
  }
  return [...cores];
}

/** The value's UTF-8 bytes in hex, both cases (`xxd -p`, `od`-like dumps, a debugger's byte view). */
export function hexSpellings(value: string): string[] {
  const hex = Buffer.from(value, "utf8").toString("hex");
  return [...new Set([hex, hex.toUpperCase()])];
}
