// Words after a credential's word in its name. Real .env files, compose files and Terraform state name one
// credential per deployment, version, database role, region and numbered environment (DB_PASSWORD_PROD,
// API_KEY_LIVE, ses_smtp_password_v4, DB_PASSWORD_REPLICA, REDIS_PASSWORD_SECONDARY, JWT_SECRET_PROD2,
// API_KEY_EU), and no list of such words is ever whole: any word there keeps the value the credential.
// Only a word that makes the name about the credential rather than its value (DB_PASSWORD_FILE, API_KEY_ID,
// TOKEN_URL, PASSWORD_POLICY, SECRET_NAME, PASSWORD_MIN_LENGTH, TOKEN_EXPIRES_AT) says it holds none: where
// it is kept, what it is called, what it looks like, when it expires, or a setting of it. A word missing
// here makes a name's value judged as a credential's, which the value's own checks (placeholders, paths,
// URLs, randomness) then weigh: the list fails closed.

/** The words, in lower case, each whole (PASSWORD_NAMESPACE is about a namespace, PASSWORD_NAMES a list's). */
const ABOUT_WORDS = [
  // where it is kept or found
  "file filename filepath path dir directory url uri link endpoint host hostname server port location loc",
  "store storage vault manager provider source src env var variable ref reference arn namespace bucket",
  "service services keyring keychain agent helper daemon",
  "header headers param params parameter column col table index idx attribute attr prop property",
  // what it is called, what it looks like
  "id ids name names label title description desc help hint hints placeholder prompt message msg error errors",
  "type kind format fmt pattern regex rule rules policy policies strength score length len size min max",
  "minimum maximum prefix suffix algorithm algo alg cost rounds iterations charset alphabet chars",
  "characters strings symbols",
  // when it expires or changes
  "expiry expires expired expiration exp ttl lifetime age timeout rotation rotate rotated changed updated",
  "created modified set reset forgot change date time timestamp at days hours seconds",
  // a setting or a state of it
  "enabled enable disabled disable required optional allowed protected mode method scheme flow grant",
  "count attempts tries retries status state valid invalid validation validator exists missing present",
  "provided used user username owner email issuer audience scope scopes",
  // an adjective made of it: a way of signing in with or without one (password-less, token-based)
  "less free based",
].flatMap((line) => line.split(" "));
const ABOUT = new Set(ABOUT_WORDS);

/**
 * Credential words, which no suffix is: in AUTH_TOKEN_HASH the last of them, TOKEN, names the value, so the
 * rule of that word reads it (and its `_HASH`), not AUTH's with `_TOKEN_HASH` taken as a deployment's words.
 */
const CREDENTIAL_WORDS =
  "token tokens key keys secret secrets password passwords passwd pass pwd auth credential credentials apikey".split(
    " ",
  );

/**
 * For the text rules' patterns: up to five words after the name, each after `_` or `-` (a dot after a name is
 * code's member access: `token.test(…)`), none of them a word that makes the name about the credential, nor a
 * credential word.
 */
export const CREDENTIAL_SUFFIX = `(?:[_-](?!(?:${[...ABOUT_WORDS, ...CREDENTIAL_WORDS].join("|")})(?![A-Za-z0-9]))[A-Za-z0-9]{1,16}(?![A-Za-z0-9])){0,5}`;

/**
 * Whether `word` (one of a key's words, in lower case) makes the name about the credential rather than its
 * value: for the readers of an object's key, which take the words after the credential's.
 */
export function aboutCredential(word: string): boolean {
  return ABOUT.has(word);
}
