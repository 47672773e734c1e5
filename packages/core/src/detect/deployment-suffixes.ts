// Words after a credential's word that say which deployment or which version of the credential the value is
// (DB_PASSWORD_PROD, API_KEY_LIVE, JWT_SECRET_STAGING, AUTH_TOKEN_BACKUP, AWS's ses_smtp_password_v4): real
// .env files, compose files and Terraform state name one credential per environment so, and the value is still
// the credential. Only these words: any other after the credential's (_ID, _NAME, _PATH, _FILE, _URL,
// _LENGTH, _POLICY) makes the name about the credential rather than its value.

/** The words, in lower case; a version is `v` and digits (v4, v2). */
const DEPLOYMENT_WORDS = [
  "production",
  "prod",
  "prd",
  "staging",
  "stage",
  "stg",
  "live",
  "testing",
  "test",
  "development",
  "dev",
  "qa",
  "uat",
  "sandbox",
  "local",
  "backup",
  "bak",
  "old",
  "new",
  "previous",
  "prev",
  "current",
];
const DEPLOYMENT = new Set(DEPLOYMENT_WORDS);

/**
 * For the text rules' patterns: up to two such words after the name, each after `_` or `-` (a dot after a
 * name is code's member access: `token.test(…)`).
 */
export const DEPLOYMENT_SUFFIX = `(?:[_-](?:${DEPLOYMENT_WORDS.join("|")}|v[0-9]{1,3})(?![A-Za-z0-9])){0,2}`;

/**
 * Whether `words[at]` (a key's words, in lower case with digits split off: "v4" is "v", "4") is a deployment's
 * or a version's word: for the readers of an object's key, which take it after the credential's word.
 */
export function deploymentWord(words: readonly string[], at: number): boolean {
  const word = words[at] as string;
  return DEPLOYMENT.has(word) || (word === "v" && /^[0-9]+$/.test(words[at + 1] ?? ""));
}
