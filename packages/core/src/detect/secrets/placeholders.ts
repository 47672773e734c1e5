// What looks like a credential but is not one: template variables, masked values, documentation examples,
// blank values, references to where the real value lives (an environment variable's
// name, a function call, a path). Every rule's value passes through here before it becomes a finding.
import { isAbbreviatedVendorToken } from "./abbreviated-tokens.js";
import { bracedValue } from "./braced-values.js";
import { entropy } from "./randomness.js";

/** Values providers publish in their documentation as examples. */
const PUBLISHED_EXAMPLES = new Set([
  "AKIAIOSFODNN7EXAMPLE", // AWS
  "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
  "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY",
  "sk_test_4eC39HqLyjWDarjtT1zdp7dc", // Stripe
  "sk_test_BQokikJOvBiI2HlWgH4olfQ2",
  "pk_test_TYooMQauvdEDq54NiTphI7jx",
  "test_dHar4XY7LxsDOtmnkVtjNVWXLSlXsM", // Mollie's authentication guide
  "ghp_16C7e42F292c6912E7710c838347Ae178B4a", // GitHub
  "xoxb-not-a-real-token-this-will-not-work", // Slack
  // Azurite's (the Azure Storage emulator's) well-known account key, the same on every machine
  "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==",
  // Terraform 0.11's value "known after apply" (hil's UnknownVariableValue), which its plans and Sentinel's
  // mocks print for every computed attribute, a password_data's as any other
  "74D93920-ED26-11E3-AC10-0800200C9A66",
  // Telegram's documentation bot tokens (the Bot API's and BotFather's pages)
  "123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11",
  "110201543:AAHdqTcvCH1vGWJxfSe1ofSAs0K5PALDsaw",
  // RFC 7617's example of Basic authentication (Aladdin:open sesame), and its encoding
  "open sesame",
  "open_sesame",
  "open-sesame",
  "QWxhZGRpbjpvcGVuIHNlc2FtZQ==",
  // The OAuth specifications' examples, copied into every OAuth library's docstrings and tests: RFC 6749's
  // client s6BhdRkqt3 with secret gX1fBat3bV (and its Basic encoding), its access and refresh tokens, its
  // client secret in the body, its resource owner's password and authorization code; RFC 6750's bearer token;
  // RFC 7636's code verifier; RFC 5849's (OAuth 1.0) tokens and secrets
  "gX1fBat3bV",
  "czZCaGRSa3F0MzpnWDFmQmF0M2JW",
  "2YotnFZFEjr1zCsicMWpAA",
  "tGzv3JOkF0XG5Qx2TlKWIA",
  "7Fjfp0ZBr1KtDRbnfVdmIw",
  "A3ddj3w",
  "SplxlOBeZQQYbYS6WxSbIA",
  "mF_9.B5f-4.1JqM",
  "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk",
  "kkk9d7dh3k39sjv7",
  "nnch734d00sl2jdk",
  "hh5s93j4hdidpola",
  "kd94hf93k423kf44",
  "pfkkdhi9sl3r4s00",
  "hdhd0244k9j7ao03",
  // Kubernetes' documentation Secret (kubernetes.io, "Managing Secrets using a configuration file"): admin's
  // password as printed there, and its base64 under `data:`; copied into countless manifests and tests
  "1f2d1e2e67df",
  "MWYyZDFlMmU2N2Rm",
  // NuGet's reference for nuget.config (learn.microsoft.com, packageSourceCredentials "When using unencrypted
  // passwords"): the two ClearTextPassword values, copied with the example into Docker and Visual Studio docs
  "33f!!lloppa",
  "hal+9ooo_da!sY",
  // reCAPTCHA's keys for automated tests (Google's FAQ): every verification passes, on any domain
  "6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI",
  "6LeIxAcTAAAAAGG-vFI1TnRWxMZNFuojJ4WifJWe",
  // jwt.io's default signing secrets, old and new
  "your-256-bit-secret",
  "a-string-secret-at-least-256-bits-long",
  // jwt.io's default token
  "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
  // The encoding alphabets of RFC 4648 (base64, base64url, base32) and Bitcoin's base58, constants of every
  // codec (a base64 table is often called its key string)
  "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=",
  "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",
  "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_",
  "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567",
  "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz",
]);

/**
 * Words that mark a value as a stand-in, anywhere in it: FIXTURE_WORD's, or FILL_IN's, which ask for the value
 * (change me, your key, key here, <name>) or hide it (a mask, a cut).
 */
const FIXTURE_WORD = /example|dummy|sample|fake|invalid|redacted|not[_-]?a[_-]?real/i;
const FILL_IN =
  /placeholder|changeme|change[_-]?me|insert[_-]?(?:your|key|token|here)|replace[_-]?(?:me|with|this)|your[_-]?(?:own[_-]?)?(?:api|access|secret|private|auth|app|client|personal|bot|real)?[_-]?(?:key|token|secret|password|pass|pwd|id)|my[_-]?(?:api[_-]?)?(?:key|token|secret|password)|(?:key|token|secret|password)[_-]?here|xxxx|\*\*\*|•••|\.\.\.|…|#####|<[a-z_ -]{2,40}>|\[[a-z_ -]{2,40}\]/i;

/**
 * A value that spells what it stands for (ghp_PersonalAccessToken0000…, mypersonalaccesstoken123,
 * your-api-key-1, AccountKey=storageaccountkeybase64encoded): a machine-made token does not contain such
 * words. Passwords and secrets may ("supersecret"), so those words are not among them.
 */
const SPELLED_OUT = /token|api[_-]?key|access[_-]?key|account[_-]?key|credential/i;
/**
 * Capitalised words run together, then one character repeated to the format's length, after the format's
 * prefix or alone (ghu_InstallationUserToServer000000000000): a documentation example that names the token's
 * kind and pads it.
 * Random characters do not fall into three or more whole words followed by a run of one character.
 */
const PADDED_NAME = /(?:^|[_-])(?=[A-Za-z]{12})(?:[A-Z][a-z]{1,15}){3,8}([0-9Xx])\1{3,}$/;
const OWNED_NAME =
  /^(?:my|your|the|some|our)[_-]?[a-z_-]{0,30}(?:key|token|secret|password|passwd|pass|pwd)[_-]?[0-9]{0,6}$/i;

/**
 * Whole values that are a template, a reference or code rather than data: `$$NAME` is Compose's and make's
 * escaped reference, `%env(NAME)%` Symfony's, `client.secret()` a call on a member path, `@db.password@` and
 * `@@DB_PASSWORD@@` the tokens a build (Maven's resource filtering) or a release pipeline replaces.
 */
const REFERENCE =
  /^(?:%[A-Za-z_][A-Za-z0-9_]*%|%env\(.*\)%|\$\{.*|\$\(.*|\$\$?[A-Za-z_][A-Za-z0-9_]*|\{\{.*|\{%.*|%[sdvqx]|%\(.*|<%.*|@[A-Za-z_]+@?|@{1,2}[A-Za-z][A-Za-z0-9]*(?:[._-][A-Za-z][A-Za-z0-9]*)+@{1,2}|__[A-Za-z0-9_]+__|#\{.*|(?:os\.environ|os\.getenv|process\.env|env|ENV|System\.getenv|getenv|self|this|config|settings|secrets|vars|var|local|data|module|each|params|options|opts|args|req|request|props|context|ctx)\b[.[(].*|[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*){0,6}\(.*)$/;

/**
 * A name between a pair of the delimiters that templating and release tools put around what they replace
 * (@@DB_PASSWORD@@, %%password%%, $PASSWORD$, _SECRET_, --TOKEN--, [%password%], (PASSWORD)), PHP's `{$password}`
 * interpolation, and a Ruby symbol (:db_password) naming a field: the slot, not what fills it.
 */
const WRAPPED_NAME =
  /^(?:@@([^@]{1,60})@@|%%([^%]{1,60})%%|\$([^$]{1,60})\$|_([^_][^\s]{0,58}[^_])_|--([^-][^\s]{0,58}[^-])--|\[%([^%]{1,60})%\]|\(([^()]{1,60})\)|\{\$[A-Za-z_][A-Za-z0-9_]{0,60}\}|:[a-z_][a-z0-9_]{2,60})$/;
/**
 * The name inside: words joined by separators, each perhaps numbered (DB_PASSWORD_2, db.password), all in one
 * case. A chosen password between two such characters ($Xk29qLm$, (tr0ub4dor)) mixes cases or puts digits
 * inside a word.
 */
const SLOT_NAME =
  /^(?:[A-Z]+[0-9]{0,3}(?:[_.-][A-Z]+[0-9]{0,3})*|[a-z]+[0-9]{0,3}(?:[_.-][a-z]+[0-9]{0,3})*)$/;

/** The characters a wrapped name can open with: most values start with none, and are not matched further. */
const WRAPPER_OPENS = new Set(["@", "%", "$", "_", "-", "[", "(", "{", ":"]);

function isWrappedName(value: string): boolean {
  if (!WRAPPER_OPENS.has(value[0] ?? "")) return false;
  const m = WRAPPED_NAME.exec(value);
  if (!m) return false;
  const name = m.slice(1).find((g) => g !== undefined);
  return name === undefined || SLOT_NAME.test(name);
}

/**
 * Words that are types, keywords or literals in configs and code, and the field's own name or its short
 * forms (pass, pwd: `mysql://user:pass@host` names the field as `password` does). Go's pflag prints a flag's
 * type as its metavariable in help (`--password strings` for a slice, `stringArray`, `stringToString`).
 */
const LITERAL =
  /^(?:string|strings|stringArray|stringSlice|stringToString|str|bytes|number|int|integer|boolean|bool|none|null|nil|undefined|true|false|function|optional|required|password|passwd|pass|pwd|pw|secret|token|key|value|empty|test|testing|default|hidden|masked|unset|n\/a|tbd|todo|admin|root|user|username|guest|public|private)$/i;

/** A stand-in word numbered (secret123, password_1, Password123!): how examples and tests fill a field. */
const NUMBERED_LITERAL =
  /^(?:password|passwd|secret|token|test|changeme|example|sample|dummy)[_-]?[0-9]{1,8}[!?.]?$/i;

/** An environment variable's or constant's name (DB_PASSWORD, GITHUB_TOKEN): where the secret is, not it. */
const VARIABLE_NAME = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;

/**
 * A Helm template's field, the chart's values or the release's (`$rootPassword := .Values.auth.rootPassword`,
 * `$.Values.global.redis.password`): where the chart takes the secret from, as a variable's name is.
 */
const TEMPLATE_FIELD =
  /^\$?\.(?:Values|Release|Chart|Capabilities|Files|Template)(?:\.[A-Za-z_][A-Za-z0-9_]{0,63}){1,12}$/;

/** A filesystem path or URL path (PWD=/home/me, OLDPWD=~/src, a file: URL as Compose and Spring name a secret's file). */
const PATH = /^(?:\/|~\/|\.{1,2}\/|[A-Za-z]:\\|file:\/)/;
/** A value in the base64 alphabet alone, long enough to be a key: a path only if its segments read as names. */
const BASE64_BODY = /^\/[A-Za-z0-9+/]{23,}(={0,2})$/;
/**
 * A segment no one names a directory or file: a long run of upper case, lower case and digits all mixed, or
 * a "+" among letters of both cases (c++ and g++ are lower case).
 */
const RANDOM_SEGMENT =
  /^(?:(?=[^a-z]*[a-z])(?=[^A-Z]*[A-Z])(?=[^0-9]*[0-9])[A-Za-z0-9+]{16,}|(?=[^a-z]*[a-z])(?=[^A-Z]*[A-Z])[A-Za-z0-9]*\+[A-Za-z0-9+]*)$/;

/**
 * Whether a value that opens like a path reads as one. Base64 opens with "/" whenever its first six bits are
 * ones (one `openssl rand -base64 32` secret or WireGuard key in 64), so a value in that alphabet alone is
 * taken for a path only without padding and with no segment that reads as random (RANDOM_SEGMENT); a path as
 * /var/lib/docker/overlay2/3f9a… or /usr/share/zoneinfo/America/Buenos_Aires still reads as one.
 */
function readsAsPath(value: string): boolean {
  if (!PATH.test(value)) return false;
  const body = BASE64_BODY.exec(value);
  if (!body) return true;
  if (body[1]) return false;
  return !value.split("/").some((segment) => RANDOM_SEGMENT.test(segment));
}

/**
 * Where a value is rather than what it is: a resource name (arn:aws:iam::…, urn:…), an anchor or selector
 * of words (#add-password; #OYO29Ue is a password), a variable followed by a path or address ($BASE_URL/forgot_password).
 */
const LOCATOR = /^(?:arn:|urn:|#[a-z]+(?:[_-][a-z]+)*$|\$\{?[A-Za-z_][A-Za-z0-9_]*\}?[/:.])/;

/**
 * A JSON Web Token carrying jwt.io's demonstration claims (subject 1234567890, John Doe), whatever it is signed
 * with: the debugger's sample, copied into documentation and tests.
 */
export function isDemoJwt(token: string): boolean {
  const payload = token.split(".")[1];
  if (payload === undefined || payload.length > 400) return false;
  let claims: string;
  try {
    claims = atob(payload.replace(/-/g, "+").replace(/_/g, "/"));
  } catch {
    return false;
  }
  return /"sub"\s*:\s*"1234567890"/.test(claims) && /"name"\s*:\s*"John Doe"/.test(claims);
}

/** Long published examples, found also inside a value a rule captured with a prefix (AccountKey=…) or cut short. */
const LONG_EXAMPLES = [...PUBLISHED_EXAMPLES]
  .filter((e) => e.length >= 40)
  .map((e) => ({ head: e.slice(0, 40), longest: e.length + 32 }));

export function isPublishedExample(value: string): boolean {
  if (PUBLISHED_EXAMPLES.has(value)) return true;
  if (value.length < 40) return false;
  for (const { head, longest } of LONG_EXAMPLES)
    if (value.length <= longest && value.includes(head)) return true;
  return false;
}

/**
 * True when a candidate value cannot be a real credential. `fixed`: the length of a format's constant prefix
 * at the start of the value (sk_live_), left out when judging whether the rest is blank.
 */
export function isPlaceholder(value: string, fixed = 0): boolean {
  return isStandIn(value) || isBlank(fixed > 0 ? value.slice(fixed) : value);
}

/**
 * Explicitly not a value: a published example, a type or keyword, a template or reference, a stand-in word or
 * mask, a stand-in word with a number (secret123, password1). Unlike filler, these say so in their text.
 * `fixed`: the length of a format's constant prefix, which may spell a name (bedrock-api-key-).
 */
export function isStandIn(value: string, fixed = 0): boolean {
  return (
    isPublishedExample(value) ||
    isFillIn(value) ||
    FIXTURE_WORD.test(value) ||
    SPELLED_OUT.test(fixed > 0 ? value.slice(fixed) : value) ||
    PADDED_NAME.test(value) ||
    isAbbreviatedVendorToken(value)
  );
}

/**
 * A value that says it is to be filled in or hides itself: a type or keyword, a stand-in word numbered, a name
 * owned by the reader (your_api_key), a template's slot or reference, a wrapped name, a request to replace it,
 * a mask or a cut. What a value found by its field's name alone (`"secret": "…"` in structured data) is judged
 * by: isStandIn without the published examples, the words of test fixtures (fake, example, inside random
 * characters) and the names a vendor's format spells out, which such a value was flagged with before and still
 * is (leaving them out there lowered OSV-SCALIBR's held-out recall).
 */
export function isFillIn(value: string): boolean {
  // Cheapest first: anchored patterns before the unanchored word search.
  return (
    LITERAL.test(value) ||
    NUMBERED_LITERAL.test(value) ||
    OWNED_NAME.test(value) ||
    (REFERENCE.test(value) && !slotsIn(value).literal) ||
    isWrappedName(value) ||
    FILL_IN.test(value)
  );
}

/**
 * A template's or a format string's slot (`db-${ENV}-pass`, `{user}:{password}`, `%(secret)s`, `#{vault}`,
 * `$(cat key)`, `{{token}}`, Python's and C#'s `{}` and `{0}`). Only well-formed slots of a name or a short expression count: `${e]nob(…` or
 * `{{h}o)` are characters of a password.
 */
const SLOTS =
  /\$\{[A-Za-z_][A-Za-z0-9_.:-]{0,80}\}|\{\{[^{}]{1,80}\}\}|\{%[^{}]{1,80}%\}|#\{[^{}]{1,80}\}|\$\([^()]{1,80}\)|%\([A-Za-z_][A-Za-z0-9_]{0,40}\)[sdr]|\{[A-Za-z_][A-Za-z0-9_.]{1,40}\}|\{[0-9]{0,2}\}/g;
/** A run of letters and digits, both, of eight or more: what a generated secret is made of. */
const LITERAL_SECRET = /(?=[A-Za-z]*[0-9])(?=[0-9]*[A-Za-z])[A-Za-z0-9]{8,}/;

/**
 * Whether a value has slots, and whether what is written around them holds a secret of its own: a value
 * with slots is assembled at run time and the secret is what fills them, unless the text around them is
 * itself one (`Xk29fq7Lm3{env}` still discloses `Xk29fq7Lm3`). A slot is no cover, nor are braces around a
 * value typed into them (`{ZqL5kVrX1n8tA2}`, see braced-values.ts).
 */
function slotsIn(value: string): { slots: boolean; literal: boolean } {
  SLOTS.lastIndex = 0;
  if (!SLOTS.test(value)) return { slots: false, literal: false };
  const literal =
    value.split(SLOTS).some((piece) => LITERAL_SECRET.test(piece)) ||
    (value.match(SLOTS) ?? []).some(
      (slot) => slot[0] === "{" && slot[1] !== "{" && bracedValue(slot.slice(1, -1)),
    );
  return { slots: true, literal };
}

/**
 * Where a secret store keeps the secret, written as the tools that fetch it at run time take it: a store's
 * scheme and a path (Spring Cloud's vault:secret/app#password, secretsmanager:prod/db, ssm:/prod/db/password),
 * 1Password's secret reference (op://vault/item/field), or Google Secret Manager's resource name
 * (projects/p/secrets/db-pass/versions/latest). A path must follow
 * the scheme, so a password that merely begins with such a word (vault:Xk29#q) is still judged as one.
 */
const SECRET_STORE =
  /^(?:(?:vault|secretsmanager|aws-secretsmanager|ssm|aws-ssm|keyvault|azure-keyvault|gcp-secretmanager|gsm|doppler|infisical|conjur|akeyless|bws):\/?[A-Za-z0-9_.@-]+(?:\/[A-Za-z0-9_.@-]+)+(?:#[A-Za-z0-9_.-]+)?|op:\/\/[A-Za-z0-9_.@-]+(?:\/[A-Za-z0-9_.@-]+){2,3}|projects\/[A-Za-z0-9_-]{1,64}\/secrets\/[A-Za-z0-9_-]{1,255}(?:\/versions\/[A-Za-z0-9_-]{1,32})?)$/;

/**
 * A value stored encrypted, in the envelope of the tool that decrypts it at deployment: hiera-eyaml's and
 * sops' ENC[PKCS7,…] / ENC[AES256_GCM,…], Spring Cloud Config's {cipher}…. Without the tool's key it discloses
 * nothing; the envelope's marker is what says so (base64 alone under a password's name is still judged).
 */
const ENCRYPTED_ENVELOPE = /^(?:ENC\[(?:PKCS7|GPG|AES256_GCM|KMS)[,\]]|\{cipher\}[A-Za-z0-9+/=]{8,})/;

/**
 * A media type (application/json, text/plain; charset=utf-8): what a header or a field beside a credential's
 * name often holds in code (`"Bearer " + key, "application/json"`), never a credential.
 */
const MEDIA_TYPE =
  /^(?:application|text|image|audio|video|multipart|font|model|message)\/[a-z0-9][a-z0-9.+-]{0,80}(?:;[ ]?[a-z-]+=[A-Za-z0-9-]+)?$/;

/**
 * An e-mail address written in lower case as addresses are (a service account's or a user's identity under a
 * credential's name, as X-Goog-Credential carries it before its scope's path): it names a holder, not a secret.
 */
const EMAIL_ADDRESS = /^[a-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,6}(?:$|\/|%2[Ff])/;

/** For values found by a key name alone (password=…): also not a name, a path or a run of one kind. */
export function isReference(value: string): boolean {
  return VARIABLE_NAME.test(value) || isLocation(value);
}

/**
 * isReference but for a constant's name: where a value is kept or what kind it is (a path, a locator, a secret
 * store's reference, a media type, an address, an envelope, a template's slots).
 */
export function isLocation(value: string): boolean {
  if (readsAsPath(value) || LOCATOR.test(value) || MEDIA_TYPE.test(value)) return true;
  if (TEMPLATE_FIELD.test(value)) return true;
  if (EMAIL_ADDRESS.test(value)) return true;
  if (SECRET_STORE.test(value) || ENCRYPTED_ENVELOPE.test(value)) return true;
  const { slots, literal } = slotsIn(value);
  return slots && !literal;
}

/** Lower-case words joined by separators, numbers among them (my-app-secret, db.password.file, key-256-bits). */
export function isWords(value: string): boolean {
  return /^[a-z]+(?:[._-](?:[a-z]+|[0-9]+))*$/.test(value);
}

/**
 * Capitalised words run together (ClearTextPassword, apiKeyHeader): an identifier. Said of what a key, token
 * or secret is set to, it names something; a password may still be such words, so callers decide.
 */
export function isIdentifier(value: string): boolean {
  // Whole words: none or several lower-case letters first, then capitalised words of three letters or more (a
  // random run of letters rarely falls into that shape: iUhkaVfyi does not), perhaps numbered as bundlers and
  // generated code do (ArrowToken$1, UserToken2).
  return /^(?:[a-z]{2,20})?(?:[A-Z][a-z]{2,20}){2,8}(?:[$_]?[0-9]{1,3})?$/.test(value);
}

/** A host name (db.internal.example.org, project-1.hasura.app): where a service is, not a credential. */
export function isHostName(value: string): boolean {
  return /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){1,8}[a-z]{2,24}(?::[0-9]{1,5})?$/.test(value);
}

/**
 * Blank: a field filled rather than a value written, fewer than three distinct characters (xxxx, 0000, ZZZZ,
 * abab). A typed sequence is not blank (1234567890abcdef, a1b2c3d4, 12345678-ABCD-…): people choose such
 * passwords (the most common real ones are 123456 and qwerty), and under a credential's name a firewall
 * cannot tell a typed test value from a typed real one, so only a value that says it is a stand-in or
 * holds nothing at all is left alone.
 */
export function isBlank(value: string): boolean {
  return value.length >= 4 && distinctCharacters(value) <= 2;
}
/** Enough randomness for a machine-made token of this length (bits per character). */
export function randomEnough(value: string, bits: number): boolean {
  return entropy(value) >= bits;
}

/** How many of lower case, upper case, digits and other characters occur. */
export function characterClasses(value: string): number {
  return [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((c) => c.test(value)).length;
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

/**
 * A password spelled from the user name beside it, the one's role word swapped for a password's
 * (`<username>proxyuser</username>` with `<password>proxypass</password>`, repouser and repopwd): a sample's
 * stand-in pair, as the user name repeated is a published default.
 */
export function pairedStandIn(value: string, text: string, at: number): boolean {
  const spelled = /^([A-Za-z]{2,16}?)[_-]?(?:pass|pwd|passwd|password|pw)$/i.exec(value);
  if (spelled === null) return false;
  const stem = (spelled[1] as string).toLowerCase();
  const around = text.slice(Math.max(0, at - 200), at + 200).toLowerCase();
  for (const role of ["user", "username", "usr", "login", "name"])
    for (const join of ["", "_", "-"]) {
      const user = stem + join + role;
      const found = around.indexOf(user);
      if (
        found >= 0 &&
        !/[a-z0-9]/.test(around[found + user.length] ?? "") &&
        !/[a-z0-9]/.test(around[found - 1] ?? "")
      )
        return true;
    }
  return false;
}
