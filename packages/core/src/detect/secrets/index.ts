// The secret rule table, assembled: prefixed tokens and context rules run as one keyword-prefiltered
// detector; private keys in PEM armour and WIF keys (no prefix to key on) have their own linear scans.
import { CREDENTIAL_FILE_LEADS } from "../credential-files.js";
import { ID_CODE_LEADS } from "../pii/european-ids.js";
import { NOTED_LITERALS } from "./noted-literals.js";
import type { Detector } from "../detectors.js";
import { ARMOURED_KEY_RULES } from "./armoured-keys.js";
import { AZURE_IDENTIFIABLE_KEYS } from "./azure-identifiable-keys.js";
import { CLOUDFLARE_NAMED_KEY } from "./cloudflare-named-keys.js";
import { CONTEXT_RULES, LABELLED_ASSIGNMENTS } from "./context-rules.js";
export { ASSIGNED_NAME, HOLDS_ASSIGNED_NAME } from "./context-rules.js";
import { DER_PRIVATE_KEY } from "./der-private-keys.js";
import { PKCS12_BUNDLE } from "./pkcs12-bundles.js";
import { ODBC_BRACED_PASSWORD } from "./odbc-braced-passwords.js";
import { CHPASSWD_RULES, chpasswdHereDocDetector } from "./chpasswd-pairs.js";
import { cookieHeaderDetector } from "./cookie-header-values.js";
import { STDIN_PASSWORD_RULES } from "./stdin-passwords.js";
import { HEROKU_CLI_TOKEN } from "./heroku-cli-tokens.js";
import { LFTP_LOGIN_RULES } from "./lftp-logins.js";
import { CLI_POSITIONAL_KEYS } from "./cli-positional-keys.js";
import { ENV_DEFAULT_RULES } from "./env-defaults.js";
import { ERLANG_COOKIE, ERLANG_SET_COOKIE } from "./erlang-cookies.js";
import { DISCORD_BOT_TOKEN } from "./discord-bot-token.js";
import { COMPOSER_HOST_TOKEN, DOCKER_CONFIG_TOKEN } from "./docker-config-tokens.js";
import { POSTMAN_API_KEY } from "./postman-auth.js";
import { secretRulesDetector } from "./engine.js";
import { COMMAND_RULES, POSITIONAL_RULES } from "./positional-credentials.js";
import { kubernetesSecretDetector } from "./kubernetes-secrets.js";
import { MAIL_LOGIN_RULES } from "./mail-logins.js";
import { MORE_PASSWORD_HASHES } from "./more-password-hashes.js";
import { NETWORK_DEVICE_PASSWORDS } from "./network-device-passwords.js";
import { LDIF_BASE64_PASSWORD } from "./ldif-base64-passwords.js";
import { privateKeyDetector } from "./private-keys.js";
import { PROTOCOL_LOGIN_RULES } from "./protocol-logins.js";
import { privateKeyTextDetector } from "./key-text-dumps.js";
import { REDIS_ACL_PASSWORD } from "./redis-acl-passwords.js";
import { REDIS_PASSWORDS } from "./redis-passwords.js";
import { SAAS_TOKEN_RULES } from "./saas-token-rules.js";
import { bareRecoveryPhraseDetector, RECOVERY_PHRASE } from "./recovery-phrases.js";
import { SAID_PASSWORDS } from "./said-passwords.js";
import { SECRET_STORE_RULES } from "./secret-store-commands.js";
import { SPLIT_RULES } from "./split-rules.js";
import { TELEGRAM_API_HASH } from "./telegram-api-hash.js";
import { TINK_KEYSET } from "./tink-keyset.js";
import { TOKEN_RULES } from "./token-rules.js";
import { leadingKeyMemberDetector, VENDOR_TOKEN_RULES } from "./vendor-token-rules.js";
import { WALLET_KEY_RULES, wifKeyDetector } from "./wallet-keys.js";
import { WINDOWS_SWITCH_RULES } from "./windows-password-switches.js";
import { WORKFLOW_MASK } from "./workflow-masks.js";
import { PLAN_NEW_VALUE } from "./plan-changes.js";

export const SECRET_RULES = [
  ...TOKEN_RULES,
  ...VENDOR_TOKEN_RULES,
  ...SAAS_TOKEN_RULES,
  ...AZURE_IDENTIFIABLE_KEYS,
  DISCORD_BOT_TOKEN,
  ...CONTEXT_RULES,
  ...ENV_DEFAULT_RULES,
  ...SAID_PASSWORDS,
  ...POSITIONAL_RULES,
  ...COMMAND_RULES,
  ...WINDOWS_SWITCH_RULES,
  ...MAIL_LOGIN_RULES,
  ...PROTOCOL_LOGIN_RULES,
  ...SECRET_STORE_RULES,
  ...REDIS_PASSWORDS,
  ODBC_BRACED_PASSWORD,
  ...CHPASSWD_RULES,
  ...STDIN_PASSWORD_RULES,
  HEROKU_CLI_TOKEN,
  ...LFTP_LOGIN_RULES,
  ...CLI_POSITIONAL_KEYS,
  ERLANG_COOKIE,
  ERLANG_SET_COOKIE,
  DOCKER_CONFIG_TOKEN,
  COMPOSER_HOST_TOKEN,
  POSTMAN_API_KEY,
  TINK_KEYSET,
  DER_PRIVATE_KEY,
  PKCS12_BUNDLE,
  ...ARMOURED_KEY_RULES,
  TELEGRAM_API_HASH,
  CLOUDFLARE_NAMED_KEY,
  RECOVERY_PHRASE,
  ...WALLET_KEY_RULES,
  ...SPLIT_RULES,
  REDIS_ACL_PASSWORD,
  LDIF_BASE64_PASSWORD,
  ...NETWORK_DEVICE_PASSWORDS,
  ...MORE_PASSWORD_HASHES,
  WORKFLOW_MASK,
  PLAN_NEW_VALUE,
];

/** Every type the secret rules can report, private_key included. */
export const SECRET_RULE_TYPES: readonly string[] = [
  ...new Set([...SECRET_RULES.map((r) => r.type), "private_key", "kubernetes_secret"]),
];

/**
 * Types the rules that recognise a credential by its context report: a format's own type names it better.
 * A type is one kind or the other, every rule of it alike (secret-rule-kinds.test.ts): a rule of a generic
 * type left unmarked would otherwise outrank the types that name a value better.
 */
export const GENERIC_SECRET_TYPES: ReadonlySet<string> = new Set(
  SECRET_RULES.filter((r) => r.generic).map((r) => r.type),
);

/** The keywords of a password's name (in the languages the rules read) and of a recovery phrase's label. */
const LABEL_KEYWORDS = new Set(["pass", "pwd", "pw", "contrase", "senha", "mnemonic", "phrase", "seed"]);
/**
 * The rules that read a password or a recovery phrase by its label beside it, and a credential's name as a
 * label with its colon (an API key's, a client secret's, an access token's), and nothing else.
 */
const LABELLED_RULES = [
  ...SECRET_RULES.filter((r) => r.keywords.every((k) => LABEL_KEYWORDS.has(k))),
  ...LABELLED_ASSIGNMENTS,
];

/**
 * The secret rules a page read as it is shown (decode-markup.ts) is read with: a label and its value in
 * neighbouring elements (`<dt>Password</dt><dd>…</dd>`, `<dt>API key</dt><dd>…</dd>`) say what they say in
 * text. A token's format is read in the text as written; a generic `key`/`token` name only as a label with
 * its colon (see LABELLED_ASSIGNMENTS): in a page's prose such a name before a code sample is no credential.
 */
export function labelledSecretsDetector(): Detector {
  return secretRulesDetector(LABELLED_RULES, 0.9);
}

export function secretDetectors(): Detector[] {
  return [
    // The credential files' leads are noted in its keyword pass for the decoders (credential-files.ts), and
    // after them the labels of the national identity codes written with letters (pii/european-ids.ts), then
    // the literals the detectors below look for first (noted-literals.ts).
    secretRulesDetector(SECRET_RULES, 0.9, [...CREDENTIAL_FILE_LEADS, ...ID_CODE_LEADS, ...NOTED_LITERALS]),
    privateKeyDetector(),
    privateKeyTextDetector(),
    kubernetesSecretDetector(),
    bareRecoveryPhraseDetector(),
    wifKeyDetector(),
    leadingKeyMemberDetector(),
    cookieHeaderDetector(),
    chpasswdHereDocDetector(),
  ];
}
