// A credential's environment variable read with a literal fallback: `process.env.DB_PASSWORD || "…"`,
// `os.environ.get("API_TOKEN") or "…"`, `getenv('SECRET_KEY') ?: '…'`, `ENV.fetch("AUTH_TOKEN") { "…" }`,
// `Environment.GetEnvironmentVariable("ApiKey") ?? "…"`. The fallback is the value the program runs with wherever
// the variable is unset, so it is the credential written into the source; the variable's name says what it is,
// and the value is judged as an assignment to that name is (context-rules.ts). The accessor is the rule's
// keyword, so text without one costs nothing. (The shell's `${DB_PASSWORD:-…}` needs no rule of its own: the
// assignment rules read its `:` as an operator.)
import type { SecretRule } from "./engine.js";
import { isWords } from "./placeholders.js";
import {
  ASSIGNED_NAME,
  KEY_OF_A_SECRET,
  NOT_A_CREDENTIAL,
  strongEnough,
  type Strength,
} from "./context-rules.js";

/** The accessors, each starting at its keyword (`os.getenv(` is read from `getenv(`, `$_ENV[` from `env[`). */
const ACCESSORS = [
  "process\\.env",
  "import\\.meta\\.env",
  "environ(?:\\.get\\(|\\[)",
  "getenv\\(",
  "env(?:\\.fetch\\(|\\.get\\(|\\[)",
  "getenvironmentvariable\\(",
  "_server\\[",
].join("|");
/** The variable's name after the accessor: `.NAME`, `["NAME"]`, `("NAME")`, its quote and bracket closed. */
const NAME = `(?:\\.|\\[?[ \\t]{0,2}["'\`])([A-Za-z_][A-Za-z0-9_.-]{0,80})["'\`]?[ \\t]{0,2}[)\\]]?`;
/**
 * What makes the next literal the fallback: `||`, `??` and `?:` of JavaScript, C#, PHP and Kotlin, Python's `or`,
 * a second argument (`getenv("X", "…")`, `ENV.fetch("X", "…")`) and Ruby's block (`ENV.fetch("X") { "…" }`).
 */
const FALLBACK = "[ \\t]{0,4}(?:\\|\\||\\?\\?|\\?:|(?<=[ \\t])or(?=[ \\t])|,|\\{)[ \\t]{0,4}";
/** The literal: one quoted word, as a credential is (a sentence or an expression is not one). */
const LITERAL = "([\"'`])([^\"'`\\s\\\\]{6,256})\\2";

/**
 * How strongly the variable's name says its value is a credential, or undefined where it does not: the name
 * must end at a credential's word (DB_PASSWORD, apiToken, STRIPE_SECRET_KEY), that word starting a word of the
 * name (BYPASS, MONKEY are no password's or key's), and not be a key or token of another kind (PUBLIC_KEY,
 * NEXT_PAGE_TOKEN, CACHE_KEY).
 */
export function envNameStrength(name: string): Strength | undefined {
  const end = ASSIGNED_NAME.exec(name);
  if (end === null) return undefined;
  const before = name.slice(0, end.index);
  const startsWord =
    before === "" ||
    /[_.-]$/.test(before) ||
    (/[a-z0-9]$/.test(before) && /^[A-Z]/.test(name.slice(end.index)));
  if (!startsWord) return undefined;
  const words = before.split(/[_.-]|(?<=[a-z0-9])(?=[A-Z])/).filter((w) => w !== "");
  const last = words[words.length - 1]?.toLowerCase();
  if (last !== undefined && (NOT_A_CREDENTIAL.has(last) || last === "id")) return undefined;
  const word = name.slice(end.index).toLowerCase();
  if (/^(?:pass|pwd|pw)/.test(word)) return "password";
  if (/^(?:secret|token|credential|pat)/.test(word)) return "secret";
  if (word.startsWith("key")) return KEY_OF_A_SECRET.test(before) ? "secret" : "weak";
  return "weak";
}

/**
 * The fallback judged as an assignment to the variable's name is. Lower-case words joined by separators
 * (`|| "not-set"`, `?? "change_me"`) mark the variable as missing rather than stand in for it.
 */
function judged(name: string | undefined, value: string): boolean {
  const strength = envNameStrength(name ?? "");
  if (strength === undefined || (/[._-]/.test(value) && isWords(value))) return false;
  return strongEnough(value, strength);
}

export const ENV_DEFAULT_RULES: SecretRule[] = [
  {
    type: "secret_assignment",
    generic: true,
    keywords: [
      "process.env",
      "import.meta.env",
      "environ.get(",
      "environ[",
      "getenv(",
      "env.fetch(",
      "env.get(",
      "env[",
      "getenvironmentvariable(",
      "_server[",
    ],
    pattern: new RegExp(`(?:${ACCESSORS})${NAME}${FALLBACK}${LITERAL}`, "i"),
    group: 3,
    validate: (value, m) => judged(m[1], value),
  },
];
