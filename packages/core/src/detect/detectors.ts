// The built-in detectors. Every pattern uses bounded quantifiers only and runs behind a cheap trigger, and
// the two that need long bodies (JWTs, PEM blocks) are found by single linear scans instead of a regex, so
// scanning is linear in the input whatever it holds. Validators (Luhn, mod 97, brand prefixes, boundaries)
// keep look-alike numbers out.
import { chainMatches, type SharedPass } from "./digit-chains.js";
import {
  cardDetector,
  DEFAULT_PHONE_REGIONS,
  emailDetector,
  ibanDetector,
  labelledCodesDetector,
  machineReadableZoneDetector,
  nationalIdDetector,
  phoneDetector,
  ssnDetector,
} from "./pii/index.js";
import { oddSeparatorsDetector } from "./odd-separators.js";
import { bankAccountDetector } from "./pii/bank-accounts.js";
import { wrappedNumbersDetector } from "./wrapped-numbers.js";
import { secretDetectors } from "./secrets/index.js";
import { isDemoJwt, isFillIn, isLocation } from "./secrets/placeholders.js";
import { entropy } from "./validators.js";

export interface Span {
  start: number;
  end: number;
  /** Set by a detector that reports several types (see `types`). */
  type?: string;
}

export interface Detector {
  type: string;
  /** Every type a multi-type detector may report (its spans then carry their type). */
  types?: readonly string[];
  category: "pii" | "secret";
  confidence: number;
  /**
   * `enabled`, when given, says which types are wanted, so a multi-type detector can skip the rest; `shared`
   * holds what the detectors of this text work out once for all of them.
   */
  find(text: string, enabled?: (type: string) => boolean, shared?: SharedPass): Span[];
}

interface RegexDetector {
  type: string;
  category: "pii" | "secret";
  confidence: number;
  /**
   * Cheap test first: the pattern only runs on text that contains it (a literal is fastest). Not needed
   * with `chains`, which finds where the pattern can match.
   */
  trigger?: RegExp | string;
  /**
   * Where matches can only be near something rare (an "@", a keyword): the pattern runs in windows of
   * [before, after] characters around each anchor instead of over the whole text.
   */
  anchor?: { pattern: RegExp; before: number; after: number };
  /**
   * Where every match is a number of at least this many digits, starting with a digit, its digits joined as
   * digit chains join them: the pattern is tried only inside the shared digit chains (see digit-chains.ts)
   * instead of over the whole text.
   */
  chains?: number;
  /** Global, bounded quantifiers only. */
  pattern: RegExp;
  /** The capture group holding the sensitive value (default: the whole match). */
  group?: number;
  validate?: (value: string) => boolean;
}

export function regexDetector(d: RegexDetector): Detector {
  const sticky = new RegExp(d.pattern.source, d.pattern.flags.replace("g", "y"));
  return {
    type: d.type,
    category: d.category,
    confidence: d.confidence,
    find(text, _enabled, shared) {
      const spans: Span[] = [];
      if (d.chains !== undefined) {
        for (const m of chainMatches(text, shared, d.chains, sticky)) addMatch(d, m, 0, spans);
        return spans;
      }
      const { trigger } = d;
      if (
        trigger !== undefined &&
        (typeof trigger === "string" ? !text.includes(trigger) : !trigger.test(text))
      )
        return [];
      for (const [from, to] of d.anchor ? windows(text, d.anchor) : [[0, text.length] as const]) {
        const part = from === 0 && to === text.length ? text : text.slice(from, to);
        d.pattern.lastIndex = 0;
        for (let m = d.pattern.exec(part); m !== null; m = d.pattern.exec(part)) {
          if (m[0].length === 0) d.pattern.lastIndex++;
          addMatch(d, m, from, spans);
        }
      }
      return spans;
    },
  };
}

function addMatch(d: RegexDetector, m: RegExpExecArray, offset: number, spans: Span[]): void {
  const value = d.group ? m[d.group] : m[0];
  if (value === undefined || (d.validate && !d.validate(value))) return;
  const start = offset + (d.group ? m.index + m[0].lastIndexOf(value) : m.index);
  const previous = spans[spans.length - 1];
  if (previous === undefined || start >= previous.end) spans.push({ start, end: start + value.length });
}

/** Merged [from, to) ranges around each anchor: overlapping windows become one, so the total is linear. */
function windows(
  text: string,
  anchor: { pattern: RegExp; before: number; after: number },
): [number, number][] {
  const ranges: [number, number][] = [];
  anchor.pattern.lastIndex = 0;
  for (let m = anchor.pattern.exec(text); m !== null; m = anchor.pattern.exec(text)) {
    const from = Math.max(0, m.index - anchor.before);
    const to = Math.min(text.length, m.index + m[0].length + anchor.after);
    const last = ranges[ranges.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else ranges.push([from, to]);
  }
  return ranges;
}

/** Values that providers publish in their documentation as examples, and obvious placeholders. */
const EXAMPLE =
  /EXAMPLE|example|x{8,}|X{8,}|\*{4,}|0{12,}|1234567890abcdef|your[_-]?(?:api[_-]?)?(?:key|token|secret)/;
const PUBLISHED_EXAMPLES = new Set([
  "sk_test_4eC39HqLyjWDarjtT1zdp7dc", // Stripe's documentation test key
  "sk_test_BQokikJOvBiI2HlWgH4olfQ2",
  "ghp_16C7e42F292c6912E7710c838347Ae178B4a", // GitHub's documentation
  // jwt.io's default token
  "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
]);
const notExample = (value: string) => !EXAMPLE.test(value) && !PUBLISHED_EXAMPLES.has(value);

/**
 * A token is signed (a signature of 16 characters or more: HMAC-SHA256 gives 43) or deliberately unsigned (an
 * empty third part, alg none). A short third part (`.signature`, `.sig`, `.xxx`) stands in for one in
 * documentation: a token no server would accept.
 */
function signedOrUnsigned(token: string): boolean {
  const signature = token.length - token.lastIndexOf(".") - 1;
  return signature === 0 || signature >= 16;
}

function jwtDetector(): Detector {
  const run = /[A-Za-z0-9_.-]{30,}/g; // maximal runs: each character is visited once
  const shape = /^eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*$/;
  return {
    type: "jwt",
    category: "secret",
    confidence: 0.95,
    find(text) {
      // "yJ" first: V8 looks for a literal's first character, and "e" is everywhere in text.
      if (!text.includes("yJ") || !text.includes("eyJ")) return [];
      const spans: Span[] = [];
      run.lastIndex = 0;
      for (let m = run.exec(text); m !== null; m = run.exec(text)) {
        const at = m[0].indexOf("eyJ");
        if (at < 0) continue;
        // A sentence may end right after the token ("see eyJ…."): try it without trailing dots too.
        const candidate = m[0].slice(at);
        const trimmed = candidate.replace(/\.+$/, "");
        const token = shape.test(candidate) ? candidate : shape.test(trimmed) ? trimmed : undefined;
        if (token && notExample(token) && !isDemoJwt(token) && signedOrUnsigned(token))
          spans.push({ start: m.index + at, end: m.index + at + token.length });
      }
      return spans;
    },
  };
}

/** Values that look like code, types or templates rather than secrets. */
const PLACEHOLDER =
  /^(?:string|str|bytes|number|int|integer|boolean|bool|none|null|undefined|true|false|optional|required|password|secret|redacted|changeme|\$.*|\{.*|%[sd]|%\(.*|<.*|\[REDACTED.*|os\.environ.*|process\.env.*|env\..*|getenv.*|self\..*|this\..*|input.*|[a-z]+\(.*)$/i;

export interface BuiltInOptions {
  /** Regions whose national phone formats are recognised (ISO 3166 codes); "+" numbers always are. */
  phoneRegions?: readonly string[];
}

export function builtInDetectors(options: BuiltInOptions = {}): Detector[] {
  return [
    emailDetector(),
    cardDetector(),
    ssnDetector(),
    nationalIdDetector(),
    machineReadableZoneDetector(),
    phoneDetector(options.phoneRegions ?? DEFAULT_PHONE_REGIONS),
    ibanDetector(),
    bankAccountDetector(),
    oddSeparatorsDetector(),
    wrappedNumbersDetector(),
    regexDetector({
      type: "ip_address",
      category: "pii",
      confidence: 0.9,
      trigger: /[0-9]\.[0-9]/,
      pattern:
        /(?<![0-9A-Za-z.])(?:(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(?![0-9A-Za-z]|\.[0-9])/g,
    }),
    jwtDetector(),
    ...secretDetectors(),
    // After the secret rules, whose keyword pass notes its labels' literals (see european-ids.ts).
    labelledCodesDetector(),
  ];
}

/**
 * Secret-looking values under secret-looking keys in structured data, whatever their format. A two-word name's
 * words may stand apart by any one mark or a space (api_key, apiKey, api.key, and a table's head "API Key").
 */
export const SECRET_KEY_NAME =
  /pass(?:word|wd|phrase)?$|secret|token|api[ _.-]?key|private[ _.-]?key|credential|auth(?:orization)?$|signature|session[ _.-]?id|cookie/i;

/**
 * A name whose value is a credential in a server's configuration (an env variable, a header, a URL parameter,
 * a flag): SECRET_KEY_NAME's, or one named as a key or a password's short name (SERVICE_KEY, STRIPE_KEY,
 * GITLAB_PAT, MYSQL_PWD, DB_PW). SECRET_KEY_NAME alone is narrower on purpose (in a tool's data a field `key`
 * is usually an identifier), but in configuration a name ending in key is the server's credential. A
 * password's short name counts only after a prefix: PWD alone is the shell's working directory.
 */
export function isCredentialName(name: string): boolean {
  return SECRET_KEY_NAME.test(name) || CREDENTIAL_VARIABLE.test(name);
}
const CREDENTIAL_VARIABLE = /(?:^|[_-])(?:key|pat)$|[_-](?:pwd|pw)$/i;

/**
 * The last word of a key that names something about a secret, not the secret: its name, id, ARN, path or
 * version (AWS Secrets Manager's `secret_name`/`SecretId`, Vault's `secret_path`, `token_type`). Such a
 * value is an identifier a tool looks the secret up by: blocking it stopped the lookup, not a leak. A
 * session's id is a credential (SECRET_KEY_NAME names it), so it is kept.
 */
const ABOUT_WORDS =
  "name names id ids arn arns path paths ref version type kind label description length count expiry expiration ttl".split(
    " ",
  );
const title = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
/** Such a word ending the key: after a mark or at the start in any one case, or a camel-case word's end. */
const ABOUT_A_SECRET = new RegExp(
  `(?:^|[^A-Za-z])(?:${[...ABOUT_WORDS, ...ABOUT_WORDS.map(title), ...ABOUT_WORDS.map((w) => w.toUpperCase())].join("|")})$` +
    `|(?<=[a-z0-9])(?:${[...ABOUT_WORDS.map(title), ...ABOUT_WORDS.map((w) => w.toUpperCase())].join("|")})$`,
);
const SESSION_ID = /session[ _.-]?id$/i;

/** Whether a key names a secret's value (its high-entropy value is one), not something about a secret. */
export function secretKeyName(key: string): boolean {
  if (!SECRET_KEY_NAME.test(key)) return false;
  return SESSION_ID.test(key) || !ABOUT_A_SECRET.test(key);
}

/** A dotted name of code (a namespace, a class, a member path): words of letters, two parts or more. */
const DOTTED_NAME = /^[A-Za-z_$][A-Za-z_$]*(?:\.[A-Za-z_$][A-Za-z_$]*)+$/;

/**
 * A value under a secret's name in structured data (a key, a sibling's name), judged as the text rules judge
 * the same pair written out: their stand-ins (change-me-in-production, sk-...abcd), references to where the
 * secret is kept (vault:secret/app#key, /run/secrets/token, op://vault/item/field) and code's dotted names
 * (MyApp.Auth.TokenService) are no value of a secret there either.
 */
export function looksLikeSecretValue(value: string): boolean {
  if (
    value.length < 16 ||
    value.length > 512 ||
    /\s/.test(value) ||
    !notExample(value) ||
    PLACEHOLDER.test(value) ||
    DOTTED_NAME.test(value) ||
    isFillIn(value) ||
    isLocation(value)
  )
    return false;
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((c) => c.test(value)).length;
  return classes >= 2 && entropy(value) >= 3.5;
}
