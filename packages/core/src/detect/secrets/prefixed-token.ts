// The shape of a prefixed credential: a provider's literal prefix, then a body of a known alphabet and length,
// not preceded or followed by a character that could continue a token. The prefix is the rule's prefilter
// keyword, so a rule costs nothing on text without it.
import type { SecretRule } from "./engine.js";
import { isBlank } from "./placeholders.js";

export const AN = "A-Za-z0-9";

interface TokenSpec {
  /** Where the prefix is case-insensitive in the format, say so; otherwise it is matched exactly. */
  caseless?: boolean;
  /** Minimum entropy of the whole token (default 3 bits per character). */
  entropy?: number;
  /** Extra keywords (another prefix of the same rule). */
  keywords?: string[];
  /** The prefix is a word or names a public value (secret_): the body's randomness must still vouch. */
  wordPrefix?: boolean;
  validate?: SecretRule["validate"];
  readsAt?: SecretRule["readsAt"];
}

/**
 * A prefixed token: `prefixes` (alternatives, literal) then `body` (a regex source with bounded quantifiers).
 * Not preceded or followed by a character that could continue a token. An "=" right after the body (beyond the
 * padding a base64 body may end with) says the run goes on as base64: the look-alike sits inside a longer
 * encoded string, not on its own.
 */
export function token(type: string, prefixes: string[], body: string, spec: TokenSpec = {}): SecretRule {
  const alternatives = prefixes.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
  return {
    type,
    keywords: [...prefixes, ...(spec.keywords ?? [])],
    // A dot before a short prefix makes it part of a dotted name (config.sk_…); a long one starts a token
    // wherever it stands (secrets.pypi-AgEIcHlwaS5vcmc…).
    pattern: new RegExp(
      `(?<![${AN}_${prefixes.every((p) => p.length >= 10) ? "" : "."}])(?:${alternatives})${body}(?![${AN}_=-])`,
      spec.caseless ? "i" : "",
    ),
    entropy: spec.entropy ?? 3,
    validate: spec.validate,
    readsAt: spec.readsAt,
    structural: !spec.wordPrefix && prefixes.every(distinctive),
  };
}

/**
 * A prefix that random or ordinary text does not produce by chance: five characters or more, or four ending in
 * an underscore (ghp_, npm_), and not itself blank (the Twitter bearer token's AAAA…). Shorter prefixes
 * (SK, AKIA, SG.) and words with a hyphen (key-, api-) leave the judgement to the body's randomness.
 */
function distinctive(prefix: string): boolean {
  return (prefix.length >= 5 || /^[A-Za-z0-9]{3}_$/.test(prefix)) && !isBlank(prefix);
}

export const hex = (n: string) => `[a-f0-9]{${n}}`;
export const alnum = (n: string) => `[${AN}]{${n}}`;
export const urlsafe = (n: string) => `[${AN}_-]{${n}}`;
export const b64 = (n: string) => `[${AN}+/]{${n}}`;
