// What looks like a credential but is not one: template variables, masked values, documentation examples,
// obviously fake or repetitive values, references to where the real value lives (an environment variable's
// name, a function call, a path). Every rule's value passes through here before it becomes a finding.
import { entropy } from "../validators.js";

/** Values providers publish in their documentation as examples. */
const PUBLISHED_EXAMPLES = new Set([
  "AKIAIOSFODNN7EXAMPLE", // AWS
  "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
  "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY",
  "sk_test_4eC39HqLyjWDarjtT1zdp7dc", // Stripe
  "sk_test_BQokikJOvBiI2HlWgH4olfQ2",
  "pk_test_TYooMQauvdEDq54NiTphI7jx",
  "ghp_16C7e42F292c6912E7710c838347Ae178B4a", // GitHub
  "xoxb-not-a-real-token-this-will-not-work", // Slack
  // jwt.io's default token
  "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
]);

/** Words that mark a value as a stand-in, anywhere in it. */
const STAND_IN =
  /example|placeholder|dummy|sample|fake|changeme|change[_-]?me|redacted|insert[_-]?(?:your|key|token|here)|replace[_-]?(?:me|with|this)|your[_-]?(?:own[_-]?)?(?:api|access|secret|private|auth|app|client|personal|bot|real)?[_-]?(?:key|token|secret|password|pass|pwd|id)|my[_-]?(?:api[_-]?)?(?:key|token|secret|password)|(?:key|token|secret|password)[_-]?here|not[_-]?a[_-]?real|xxxx|\*\*\*|•••|\.\.\.|…|#####|<[a-z_ -]{2,40}>|\[[a-z_ -]{2,40}\]/i;

/** Whole values that are a template, a reference or code rather than data. */
const REFERENCE =
  /^(?:\$\{.*|\$\(.*|\$[A-Za-z_][A-Za-z0-9_]*|\{\{.*|\{%.*|%[sdvqx]|%\(.*|<%.*|@[A-Za-z_]+@?|__[A-Za-z0-9_]+__|#\{.*|(?:os\.environ|os\.getenv|process\.env|env|ENV|System\.getenv|getenv|self|this|config|settings|secrets|vars|var|local|data|module|each|params|options|opts|args|req|request|props|context|ctx)\b[.[(].*|[A-Za-z_][A-Za-z0-9_]*\(.*)$/;

/** Words that are types, keywords or literals in configs and code. */
const LITERAL =
  /^(?:string|str|bytes|number|int|integer|boolean|bool|none|null|nil|undefined|true|false|optional|required|password|passwd|secret|token|key|value|empty|test|testing|default|hidden|masked|unset|n\/a|tbd|todo|admin|root|user|username|guest|public|private)$/i;

/** An environment variable's or constant's name (DB_PASSWORD, GITHUB_TOKEN): where the secret is, not it. */
const VARIABLE_NAME = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;

/** A filesystem path or URL path (PWD=/home/me, OLDPWD=~/src). */
const PATH = /^(?:\/|~\/|\.{1,2}\/|[A-Za-z]:\\)/;

export function isPublishedExample(value: string): boolean {
  return PUBLISHED_EXAMPLES.has(value);
}

/** True when a candidate value cannot be a real credential. */
export function isPlaceholder(value: string): boolean {
  // Cheapest first: a set lookup and anchored patterns before the unanchored word search.
  return (
    PUBLISHED_EXAMPLES.has(value) ||
    LITERAL.test(value) ||
    REFERENCE.test(value) ||
    STAND_IN.test(value) ||
    isRepetitive(value)
  );
}

/** For values found by a key name alone (password=…): also not a name, a path or a run of one kind. */
export function isReference(value: string): boolean {
  return VARIABLE_NAME.test(value) || PATH.test(value);
}

/** Lower-case words joined by separators (my-app-secret, db.password.file): a name, not a token. */
export function isWords(value: string): boolean {
  return /^[a-z]+(?:[._-][a-z]+)*$/.test(value);
}

/**
 * Few distinct characters for the length (aaaa…, abab…, 0000…), or a run up or down the alphabet or the
 * digits (123456789, abcdefgh): what people type when a real value is not needed.
 */
export function isRepetitive(value: string): boolean {
  if (value.length < 4) return false;
  const distinct = distinctCharacters(value);
  if (distinct <= 2 || (value.length >= 12 && distinct <= 4)) return true;
  let run = 1;
  let longest = 1;
  for (let i = 1; i < value.length; i++) {
    const step = value.charCodeAt(i) - value.charCodeAt(i - 1);
    run = step === 1 || step === -1 ? run + 1 : 1;
    longest = Math.max(longest, run);
  }
  return (longest >= 8 && longest >= value.length / 2) || sequentialShare(value) >= 0.35;
}

/** The share of characters in runs of three or more consecutive letters or digits (abc, 789, xyz). */
function sequentialShare(value: string): number {
  let inRuns = 0;
  let run = 1;
  for (let i = 1; i <= value.length; i++) {
    if (
      i < value.length &&
      value.charCodeAt(i) - value.charCodeAt(i - 1) === 1 &&
      isAlnum(value.charCodeAt(i))
    ) {
      run++;
      continue;
    }
    if (run >= 3) inRuns += run;
    run = 1;
  }
  return inRuns / value.length;
}

/** Enough randomness for a machine-made token of this length (bits per character). */
export function randomEnough(value: string, bits: number): boolean {
  return entropy(value) >= bits;
}

/** How many of lower case, upper case, digits and other characters occur. */
export function characterClasses(value: string): number {
  return [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((c) => c.test(value)).length;
}

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

const seen = new Uint32Array(65536);
let generation = 0;
/** How many different characters a value has, without allocating (a generation-stamped table). */
function distinctCharacters(value: string): number {
  if (++generation === 0xffffffff) {
    seen.fill(0);
    generation = 1;
  }
  let count = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (seen[c] !== generation) {
      seen[c] = generation;
      count++;
    }
  }
  return count;
}
