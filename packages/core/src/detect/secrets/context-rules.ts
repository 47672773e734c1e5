// Credentials recognised by where they stand rather than by their own shape: a value assigned to a name that
// says "password" or "token", an Authorization header, credentials inside a URL, webhook URLs whose path is
// the secret. Each pattern starts at its keyword; the value then has to survive the placeholder filter and a
// randomness requirement that depends on how strongly the name implies a secret.
import { entropy } from "../validators.js";
import type { SecretRule } from "./engine.js";
import { characterClasses, isPlaceholder, isReference, isWords } from "./placeholders.js";

/** What may follow the keyword inside the same name (db_password_hash, apiKey2) without changing its meaning. */
const NAME_TAIL =
  "(?:[_.-]?(?:value|str|string|hash|plain|plaintext|text|b64|base64|enc|encrypted|[0-9]{1,2}))?";
/** Between the name and the value: quotes, spaces, one assignment operator of a config or language. */
const ASSIGN =
  "[\"'\\]]{0,2}[ \\t]{0,4}(?:=|:=|::=|:::=|\\?=|\\.=|=>|:|->|,[ \\t]{0,4}(?=[\"'])|>[ \\t]{0,4}(?:\\r?\\n[ \\t]{0,16})?)[ \\t]{0,4}[\"'`]?";
/** The value: no whitespace, quotes, separators or escapes (a JSON "\n" ends it). */
const VALUE = "([^\\s\"'`,;&<>(){}[\\]\\\\]{6,256})";

type Strength = "password" | "secret" | "weak";

const STRENGTH: Record<string, Strength> = {
  password: "password",
  passwd: "password",
  pwd: "password",
  passphrase: "password",
  pass: "password",
  secret: "secret",
  token: "secret",
  apikey: "secret",
  api_key: "secret",
  "api-key": "secret",
  credential: "secret",
  credentials: "secret",
  key: "weak",
  auth: "weak",
};

/**
 * The name ends at the keyword: what precedes it must not be a letter of the same word (monkey, author),
 * except a lower-case letter before a capital (apiKey) or capitals before capitals (APIKEY).
 */
function nameEndsHere(match: RegExpExecArray): boolean {
  const before = match.input[match.index - 1] ?? "";
  if (!/[A-Za-z]/.test(before)) return true;
  const keyword = match[1]!;
  if (/[a-z]/.test(before)) return /^[A-Z]/.test(keyword);
  return keyword === keyword.toUpperCase();
}

/** password = getenv("X"), token = vault["x"]: the value is an expression that fetches the secret. */
function followedByCall(match: RegExpExecArray): boolean {
  const next = match.input[match.index + match[0].length];
  return next === "(" || next === "[";
}

function strongEnough(value: string, strength: Strength): boolean {
  if (isPlaceholder(value) || isReference(value)) return false;
  const bits = entropy(value);
  if (strength === "password")
    return value.length >= 6 && bits >= Math.min(2.2, Math.log2(value.length) * 0.7);
  if (isWords(value)) return false;
  if (strength === "secret")
    return (
      value.length >= 8 && bits >= Math.min(3, Math.log2(value.length) * 0.8) && characterClasses(value) >= 2
    );
  return value.length >= 16 && bits >= 3.3 && characterClasses(value) >= 2;
}

const ASSIGNMENT: SecretRule = {
  type: "secret_assignment",
  generic: true,
  keywords: Object.keys(STRENGTH),
  pattern: new RegExp(
    `(${Object.keys(STRENGTH)
      .sort((a, b) => b.length - a.length)
      .map((k) => k.replace(/-/g, "\\-"))
      .join("|")})${NAME_TAIL}${ASSIGN}${VALUE}`,
    "i",
  ),
  group: 2,
  validate: (value, m) =>
    nameEndsHere(m) && !followedByCall(m) && strongEnough(value, STRENGTH[m[1]!.toLowerCase()] ?? "weak"),
};

/** <add key="Password" value="…"/> (NuGet, .NET configs) and key/value attribute pairs like it. */
const XML_ATTRIBUTE: SecretRule = {
  type: "secret_assignment",
  generic: true,
  keywords: ['password"', "password'", 'secret"', "secret'", 'token"', "token'"],
  pattern: /(password|secret|token)["'][ \t]{1,4}value=["']([^"'\r\n]{6,256})["']/i,
  group: 2,
  validate: (value, m) => strongEnough(value, STRENGTH[m[1]!.toLowerCase()]!),
};

/** Base64 of "user:password", with a real password. */
function basicCredentials(encoded: string): boolean {
  let decoded: string;
  try {
    decoded = atob(encoded);
  } catch {
    return false;
  }
  const colon = decoded.indexOf(":");
  if (colon < 1 || !/^[\x20-\x7e]+$/.test(decoded)) return false;
  const password = decoded.slice(colon + 1);
  return password.length >= 3 && !isPlaceholder(password);
}

export const CONTEXT_RULES: SecretRule[] = [
  ASSIGNMENT,
  XML_ATTRIBUTE,
  {
    type: "aws_secret_access_key",
    keywords: ["secret"],
    pattern:
      /secret[_-]?(?:access)?[_-]?key(?:[_-]?id)?["']?[ \t]{0,4}(?:[:=]|=>)[ \t]{0,4}["']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/i,
    group: 1,
    entropy: 3.5,
  },
  {
    // scheme://user:password@host: the password only.
    type: "connection_string",
    generic: true,
    keywords: ["://"],
    pattern: /:\/\/[^\s/:@]{1,128}:([^\s/@]{1,256})@[A-Za-z0-9.[\]_-]{1,253}/,
    group: 1,
    validate: (value) => !isReference(value) && !/^\$|^\*+$/.test(value),
  },
  {
    type: "basic_auth",
    generic: true,
    keywords: ["basic "],
    pattern: /basic[ \t]{1,4}([A-Za-z0-9+/]{8,684}={0,2})(?![A-Za-z0-9+/=])/i,
    group: 1,
    validate: basicCredentials,
  },
  {
    // Docker's config.json and similar: "auth": "<base64 of user:password>".
    type: "basic_auth",
    generic: true,
    keywords: ['"auth"'],
    pattern: /"auth"[ \t]{0,4}:[ \t]{0,4}"([A-Za-z0-9+/]{8,684}={0,2})"/,
    group: 1,
    validate: basicCredentials,
  },
  {
    // curl -u user:password, curl --user user:password
    type: "basic_auth",
    generic: true,
    keywords: ["-u ", "--user"],
    pattern: /(?<![A-Za-z0-9-])(?:-u|--user)(?:[ \t]{1,4}|=)["']?[^\s"':]{1,64}:([^\s"']{3,128})/,
    group: 1,
    validate: (value) => !isReference(value) && entropy(value) >= 2,
  },
  {
    type: "bearer_token",
    generic: true,
    keywords: ["bearer "],
    pattern: /bearer[ \t]{1,4}([A-Za-z0-9._~+/-]{16,4096}=*)(?![A-Za-z0-9._~+/=-])/i,
    group: 1,
    validate: (value) => entropy(value) >= 3.5 && characterClasses(value) >= 2 && !isReference(value),
  },
  {
    type: "slack_webhook",
    keywords: ["hooks.slack.com/"],
    pattern: /hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9+/_-]{20,160}/,
    entropy: 3,
  },
  {
    type: "discord_webhook",
    keywords: ["discord.com/api/webhooks/", "discordapp.com/api/webhooks/"],
    pattern: /discord(?:app)?\.com\/api\/webhooks\/[0-9]{17,20}\/[A-Za-z0-9_-]{60,80}/,
    entropy: 3,
  },
  {
    type: "teams_webhook",
    keywords: [".webhook.office.com/webhookb2/"],
    pattern:
      /\.webhook\.office\.com\/webhookb2\/[a-f0-9-]{36}@[a-f0-9-]{36}\/IncomingWebhook\/[a-f0-9]{32}\/[a-f0-9-]{36}(?:\/[A-Za-z0-9-]{20,60})?/,
    entropy: 3,
  },
  {
    type: "google_chat_webhook",
    keywords: ["chat.googleapis.com/v1/spaces/"],
    pattern:
      /chat\.googleapis\.com\/v1\/spaces\/[A-Za-z0-9_-]{8,20}\/messages\?key=[A-Za-z0-9_-]{39}&token=[A-Za-z0-9_%=-]{40,80}/,
    entropy: 3,
  },
  {
    // A PuTTY key file: the private lines are the secret, encrypted or not.
    type: "private_key",
    keywords: ["PuTTY-User-Key-File-"],
    pattern:
      /PuTTY-User-Key-File-[23]: [^\r\n]{3,60}\r?\n(?:[^\r\n]{0,400}\r?\n){1,40}?Private-Lines: [0-9]{1,3}\r?\n[A-Za-z0-9+/=\r\n]{40,8000}/,
    placeholders: "keep",
    validate: (value) => entropy(value.slice(value.indexOf("Private-Lines"))) >= 4,
  },
  {
    type: "private_key",
    keywords: ["---- BEGIN SSH2 ENCRYPTED PRIVATE KEY"],
    pattern:
      /---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----[\s\S]{32,8000}?---- END SSH2 ENCRYPTED PRIVATE KEY ----/,
    placeholders: "keep",
  },
];
