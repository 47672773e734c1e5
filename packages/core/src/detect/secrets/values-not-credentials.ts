// Values that stand where a credential would but are none, judged from the value alone: the name of an HTTP
// header (what a `tokenHeader` constant holds). The assignment rules (context-rules.ts) ask these of a value a
// credential's name put forward.

/**
 * Capitalised words joined by hyphens, as HTTP header names are written (Content-Type, X-Api-Key,
 * Proxy-Authorization): code names the header a token travels in by constants such as
 * `contentTypeToken = "Content-Type"` or `apiKeyHeader = "X-Api-Key"`. A machine-made token has digits, or runs
 * of capitals, or words without vowels; each word here must read as one. A passphrase may take this shape
 * (Correct-Horse-Battery), so callers keep it for a password's name.
 */
const HEADER_NAME = /^(?:X-)?[A-Z][a-z]{1,20}(?:-[A-Z][a-z]{1,20}){1,5}$/;

export function isHeaderName(value: string): boolean {
  if (!HEADER_NAME.test(value)) return false;
  for (const word of value.split("-")) {
    if (word === "X") continue;
    const lower = word.toLowerCase();
    // A word has a vowel and no four consonants in a row (Qzx or Bcdfg is not a word).
    if (!/[aeiouy]/.test(lower) || /[^aeiouy]{4}/.test(lower)) return false;
  }
  return true;
}

/**
 * An account's or a contract's address on Ethereum or a chain built like it: "0x" and 40 hexadecimal digits
 * (mixed case when checksummed, EIP-55). It is public by design, printed on every explorer, and a crypto
 * "token" is a coin whose address every swap names (`tokenAddress`, `inputToken`, "swap 1 ETH for token
 * 0xA0b8…"). A private key is 64 digits, and stays a candidate.
 */
const CHAIN_ADDRESS = /^0x[0-9a-fA-F]{40}$/;

export function isChainAddress(value: string): boolean {
  return CHAIN_ADDRESS.test(value);
}

/**
 * A media type (application/json, application/vnd.v1+json, text/html; charset=utf-8), perhaps after the status
 * code or class a response's schema is keyed by: fastify names a missing serializer `Key "200:application/json"`
 * and `Key "3xx:application/vnd.v1+json"`. What a reply carries, never a credential; the top-level types are
 * the registered ones, so a random value with a slash in it is not taken for one.
 */
const MEDIA_TYPE =
  /^(?:[1-5](?:[0-9]{2}|xx|XX):)?(?:application|text|image|audio|video|multipart|font|model|message)\/[A-Za-z0-9][A-Za-z0-9.+_-]{0,100}(?:;[ \t]?[A-Za-z-]{1,30}=[A-Za-z0-9._-]{1,40})?$/;

export function isMediaType(value: string): boolean {
  return MEDIA_TYPE.test(value);
}

/**
 * A Kubernetes label's or annotation's key with its DNS prefix (`kubernetes.io/e2e-az-name`,
 * `topology.kubernetes.io/zone`, `node-role.kubernetes.io/control-plane`): a chart's node affinity names one
 * under `key:`, and the prefix ends in a top-level domain of letters. A key such as an API's, base64 or hex,
 * has no dotted lower-case host before a slash.
 */
const LABEL_KEY =
  /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){1,8}[a-z]{2,24}\/[A-Za-z0-9](?:[A-Za-z0-9_.-]{0,61}[A-Za-z0-9])?$/;

/**
 * A cloud resource's name, a collection and an id (`tagKeys/1234567890`, `projects/123456789012`): the id is a
 * number the console shows beside the resource, and a credential is never a collection's plural name first.
 */
const RESOURCE_NAME = /^[a-z][A-Za-z]{2,30}s\/[0-9]{1,20}$/;

/** A value that names a label's key or a cloud resource, which a bare `key:` holds in configs. */
export function namesKeyOfResource(value: string): boolean {
  return LABEL_KEY.test(value) || RESOURCE_NAME.test(value);
}
