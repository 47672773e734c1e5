// Shannon entropy of candidate values, without allocating: it runs on every value a secret rule captures, which
// in source code is tens of thousands per megabyte. Same result as validators' entropy (bits per character,
// counted over code points).
import { entropy as entropyOfAnyText } from "../validators.js";

/** Occurrences of each ASCII character in the value being measured; zeroed again before returning. */
const counts = new Uint32Array(128);

/** The last value measured and its result: a rule's gate and its checks ask about the same value in turn. */
let lastValue = "";
let lastBits = 0;

export function entropy(value: string): number {
  if (value === lastValue) return lastBits;
  lastBits = measure(value);
  lastValue = value;
  return lastBits;
}

function measure(value: string): number {
  const n = value.length;
  for (let i = 0; i < n; i++) {
    const c = value.charCodeAt(i);
    // Beyond ASCII (rare in a credential), the general version counts code points.
    if (c >= 128) {
      for (let j = 0; j < i; j++) counts[value.charCodeAt(j)] = 0;
      return entropyOfAnyText(value);
    }
    counts[c] = (counts[c] ?? 0) + 1;
  }
  let bits = 0;
  for (let i = 0; i < n; i++) {
    const c = value.charCodeAt(i);
    const count = counts[c] ?? 0;
    if (count === 0) continue; // already summed
    const p = count / n;
    bits -= p * Math.log2(p);
    counts[c] = 0;
  }
  return bits;
}
