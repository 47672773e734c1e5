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
  // -Σ p·log2(p) with p = count / n is log2(n) - Σ count·log2(count) / n: one logarithm per value, the
  // count·log2(count) terms read from a table (values are short; longer counts are worked out).
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const c = value.charCodeAt(i);
    const count = counts[c] ?? 0;
    if (count === 0) continue; // already summed
    sum += count < COUNT_LOG.length ? (COUNT_LOG[count] ?? 0) : count * Math.log2(count);
    counts[c] = 0;
  }
  return Math.log2(n) - sum / n;
}

/** count · log2(count) for the counts a value of up to 256 characters can have. */
const COUNT_LOG = Float64Array.from({ length: 257 }, (_, count) =>
  count === 0 ? 0 : count * Math.log2(count),
);
