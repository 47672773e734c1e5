// More credentials that announce themselves, written from each provider's published description of its key
// format (prefix, alphabet, length): cloud and data platforms, AI providers, SaaS APIs, payment and messaging
// services, webhook URLs whose path or query is the secret, and JSON Web Keys that carry a private part.
// Each prefix is the rule's prefilter keyword, as in token-rules.ts.
import type { Detector } from "../detectors.js";
import { secretRulesDetector, type SecretRule } from "./engine.js";
import { isBlank } from "./placeholders.js";
import { alnum, AN, b64, hex, token, urlsafe } from "./prefixed-token.js";

const uuid = `${hex("8")}-${hex("4")}-${hex("4")}-${hex("4")}-${hex("12")}`;

/** Intercom's access tokens are base64 of "tok:" and a random part. */
function intercomToken(value: string): boolean {
  try {
    return atob(value.replace(/=+$/, "")).startsWith("tok:");
  } catch {
    return false;
  }
}

/** A Cloudflare Tunnel token decodes to the JSON object of its account, tunnel and secret. */
function tunnelClaims(value: string): boolean {
  try {
    const claims: unknown = JSON.parse(atob(value));
    return typeof claims === "object" && claims !== null && "a" in claims && "t" in claims && "s" in claims;
  } catch {
    return false;
  }
}

/**
 * A JSON Web Key's private members: "d", the private exponent (RSA) or scalar (EC, OKP); an RSA key's primes
 * "p" and "q" and its CRT values "dp", "dq", "qi", any one of which factors the modulus beside it; and a
 * symmetric ("oct") key's "k", the key itself. The same names elsewhere are not, so the key around one must
 * say "kty" (read only on a hit, within bounds). A key is read as tools print it: JSON, a Python dict (single
 * quotes), JavaScript as Node's util.inspect prints it (`{ kty: 'RSA', d: '…' }`), a Ruby hash (`:d=>"…"`, or
 * `d: "…"` since Ruby 3.4) and YAML (`d: …` on a line of its own, unquoted).
 */
const JWK_MEMBER = "(?:dp|dq|d|p|qi|q|k)";
const JWK_PRIVATE = new RegExp(
  String.raw`(?:(["'])${JWK_MEMBER}\1|:${JWK_MEMBER}|[\s{,]${JWK_MEMBER})[ \t]{0,4}(?::|=>)[ \t]{0,4}(["']?)([A-Za-z0-9_-]{32,1400})\2(?![A-Za-z0-9_-])`,
);
const JWK_PRIVATE_KEYWORDS = ["d", "p", "q", "dp", "dq", "qi", "k"].flatMap((m) => [
  `"${m}"`,
  `'${m}'`,
  `:${m}=>`,
  ...[" ", "\t", "\n", "{", ","].map((before) => `${before}${m}:`),
]);
const SYMMETRIC_MEMBER = /^(?:["']|:|[\s{,])k["']?[ \t]*(?::|=>)/;

/**
 * How far from a member its key's "kty" may stand: an 8192-bit RSA key's members (n, d, p, q, dp, dq, qi) lie
 * within this of it whichever order they are written in (kty first, as Node and jose export; sorted, as
 * jwcrypto prints it).
 */
const JWK_REACH = 6000;
// Whatever the key type says: a type this list does not know yet (or a mangled one) still has a private "d";
// only "oct" marks a key whose secret is "k".
const KTY =
  /(?:(["'])kty\1|:kty|(?<![\w$-])kty)[ \t]{0,4}(?::|=>)[ \t]{0,4}(?:["']([^"'\s]{1,16})["']|([A-Za-z0-9_-]{1,16}))/;

function inJsonWebKey(_value: string, m: RegExpExecArray): boolean {
  const text = m.input;
  const from = Math.max(0, m.index - JWK_REACH);
  const to = Math.min(text.length, m.index + JWK_REACH);
  // The key's own object, brace to brace (a JWK's values hold neither): in a key set, another key's kty is not
  // this one's. Both searches are bounded by the reach; YAML, which has no braces, is read within it.
  const open = text.slice(from, m.index).lastIndexOf("{");
  const close = text.slice(m.index, to).indexOf("}");
  const start = open < 0 ? from : from + open;
  const end = close < 0 ? to : m.index + close;
  const at = text.slice(start, end).indexOf("kty");
  const found = at < 0 ? null : KTY.exec(text.slice(start + Math.max(0, at - 1), end));
  const kty = found === null ? undefined : (found[2] ?? found[3]);
  // A symmetric key has no "d", "p" or "q"; a key pair has no "k".
  return kty !== undefined && (kty === "oct") === SYMMETRIC_MEMBER.test(m[0]);
}

export const JWK_PRIVATE_RULE: SecretRule = {
  type: "private_key",
  keywords: JWK_PRIVATE_KEYWORDS,
  pattern: JWK_PRIVATE,
  group: 3,
  entropy: 4,
  validate: inJsonWebKey,
};

/**
 * A text that opens with a private member, as YAML of a key with sorted members does (`d: …` first, then dp, dq,
 * e, kty …): the rule reads a bare member after a blank, a brace or a comma, and the text's start is none.
 */
const OPENS_WITH_MEMBER = /^(?:dp|dq|d|p|qi|q|k)[ \t]{0,4}(?::|=>)/;

/** The private-key rule read over a text that opens with a member, as if a line break stood before it. */
export function leadingKeyMemberDetector(): Detector {
  const rules = secretRulesDetector([JWK_PRIVATE_RULE], 0.9);
  return {
    type: "private_key",
    category: "secret",
    confidence: 0.9,
    find(text) {
      if (!OPENS_WITH_MEMBER.test(text)) return [];
      return rules.find(`\n${text}`).map((s) => ({ ...s, start: s.start - 1, end: s.end - 1 }));
    },
  };
}

const CLOUD: SecretRule[] = [
  // AWS STS session tokens: their serialisation starts the same way in every token of a generation.
  token(
    "aws_session_token",
    ["FwoGZXIvYXdzE", "FQoGZXIvYXdzE", "FQoDYXdzE", "IQoJb3JpZ2luX2Vj"],
    `[A-Za-z0-9+/]{100,3000}={0,2}`,
  ),
  token("aws_appsync_key", ["da2-"], "[a-z0-9]{26}", { entropy: 3.5 }),
  token("amazon_mws_token", ["amzn.mws."], uuid),
  token("amazon_oauth_client_secret", ["amzn1.oa2-cs.v1."], hex("64")),
  // Azure Service Bus, Event Hubs and IoT Hub shared access keys: 32 random bytes in base64.
  token("azure_shared_access_key", ["SharedAccessKey="], `${b64("43")}=`),
  token("gcs_hmac_access_id", ["GOOG1"], "[A-Z0-9]{56}", { entropy: 3.5 }),
  token("akamai_edgegrid_token", ["akab-"], "[a-z0-9]{16}-[a-z0-9]{16}"),
  token("neon_api_key", ["napi_"], "[a-z0-9]{60,72}"),
  token("deno_deploy_token", ["ddp_", "ddw_"], alnum("36")),
  token("salesforce_access_token", ["00D"], "[A-Za-z0-9]{12,15}![A-Za-z0-9_.]{80,120}"),
  token("zoho_oauth_token", ["1000."], `${hex("32")}\\.${hex("32")}`),
  token("bitbucket_data_center_token", ["BBDC-"], b64("44")),
  token("crates_io_token", ["cio"], alnum("32"), { entropy: 3.5 }),
  token("dbt_cloud_token", ["dbtc_", "dbtu_"], urlsafe("30,80")),
  token("linear_oauth_token", ["lin_oauth_"], hex("64")),
  token("dependency_track_key", ["odt_"], alnum("32,40")),
  // Pixie's API and deployment keys (New Relic's Kubernetes observability): px-api- or px-dep- then a UUID.
  // The nil UUID is the stand-in its docs and charts put there: a shape-judged rule would otherwise take it.
  token("pixie_api_key", ["px-api-", "px-dep-"], uuid, { validate: (v) => !isBlank(v.slice(7)) }),
  // A Cloudflare Tunnel token runs the tunnel as its owner: base64 of the JSON object {"a": account tag, "t":
  // tunnel id, "s": the tunnel's secret}, so every one opens with the encoding of {"a":".
  token("cloudflare_tunnel_token", ["eyJhIjoi"], `${b64("80,400")}={0,2}`, { validate: tunnelClaims }),
];

const AI: SecretRule[] = [
  // Any Anthropic key kind (api, admin, oauth, session), not only the ones listed in token-rules.
  token("anthropic_key", ["sk-ant-"], "[a-z]{2,8}[0-9]{2}-[A-Za-z0-9_-]{78,118}AA"),
  token("openrouter_api_key", ["sk-or-v1-"], hex("64")),
  token("deepseek_api_key", ["sk-"], hex("32"), { entropy: 3.5 }),
  token("nvidia_api_key", ["nvapi-"], urlsafe("64")),
  token("cerebras_api_key", ["csk-"], "[a-z0-9]{48}", { entropy: 3.5 }),
  token("together_api_key", ["tgp_v1_"], urlsafe("40,50")),
  token("fireworks_api_key", ["fw_"], alnum("24"), { entropy: 3.5 }),
  token("langfuse_secret_key", ["sk-lf-"], uuid),
  token("pinecone_api_key", ["pcsk_"], "[A-Za-z0-9_]{40,100}"),
];

const SAAS: SecretRule[] = [
  token("hubspot_private_app_token", ["pat-na1-", "pat-na2-", "pat-eu1-", "pat-ap1-"], uuid),
  token("clickup_token", ["pk_"], "[0-9]{4,12}_[A-Z0-9]{32}"),
  token("resend_api_key", ["re_"], `${alnum("8")}_${alnum("24")}`),
  // PostHog's personal API keys: phx_ and a URL-safe random string, so _ and - occur in the body.
  token("posthog_personal_key", ["phx_"], urlsafe("40,50")),
  // Its other secret credentials, base62 after the prefix (a 32-byte or longer random number): a project's
  // secret key (phs_), an OAuth access or refresh token (pha_, phr_). The project key, phc_, is public by design
  // (every page that sends events carries it) and is left.
  token("posthog_token", ["phs_", "pha_", "phr_"], alnum("40,64"), { entropy: 3.5 }),
  // Its random base62 body of 43 holds a digit (all letters: one in 2,000); words read on past "secret-"
  // (a role's `reader-secret-read` then `kind: ClusterRole`, a template's `"secret-name" "key" "keyName"`, their
  // blanks and quotes joined as a split token's are) hold none.
  token("statsig_server_secret", ["secret-"], alnum("30,60"), {
    entropy: 4,
    wordPrefix: true,
    validate: (v) => /[0-9]/.test(v.slice(7)),
  }),
  token("stytch_secret", ["secret-live-", "secret-test-"], urlsafe("36,44")),
  // A random body of 22 holds a capital or a digit; lower-case words after "md-" are a CSS class read on
  // (Bootstrap's `d-md-block">{{ lang.user.sync_jobs }}`, its blanks joined as a split token's are).
  token("mandrill_api_key", ["md-"], urlsafe("22"), {
    entropy: 3.5,
    validate: (v) => /[A-Z0-9]/.test(v.slice(3)),
  }),
  token("paddle_api_key", ["pdl_live_apikey_", "pdl_sdbx_apikey_"], "[A-Za-z0-9_]{40,80}"),
  token("checkout_secret_key", ["sk_sbox_"], "[a-z0-9]{26,40}"),
  token("instagram_token", ["IGQV"], urlsafe("100,400"), { entropy: 4 }),
  token("dropbox_token", ["sl.u."], "[A-Za-z0-9_=-]{130,1400}"),
  token("intercom_token", ["dG9rO"], `${b64("50,70")}={0,2}`, { validate: intercomToken }),
  token("sanity_token", ["sk"], alnum("78,200"), { entropy: 4.5 }),
  token("tavily_api_key", ["tvly-"], `(?:dev-|prod-)?${alnum("32")}`),
  token("rootly_api_key", ["rootly_"], hex("64")),
  // A Twitch stream key: live_, the channel's numeric id, then the random part.
  token("twitch_stream_key", ["live_"], "[0-9]{6,12}_[A-Za-z0-9]{30}", { wordPrefix: true }),
  // Cloudflare's prefixed API tokens (user and account tokens, API keys): 40 random characters and a checksum
  // of 8 hexadecimal digits.
  token("cloudflare_api_token", ["cfut_", "cfat_", "cfk_"], `${alnum("40")}${hex("8")}`),
  token("kolide_api_key", ["k2sk_v1_"], alnum("24,40")),
  // Onfido's live API tokens, per region: the token's id, a dot, then its secret.
  token(
    "onfido_api_token",
    ["api_live.", "api_live_ca.", "api_live_us.", "api_sandbox."],
    `${urlsafe("11")}\\.${urlsafe("32")}`,
  ),
];

// A webhook whose URL is its only credential: anyone holding it can post as the integration.
const WEBHOOKS: SecretRule[] = [
  token("zapier_webhook", ["hooks.zapier.com/hooks/catch/"], "[0-9]{5,12}/[a-z0-9]{5,12}"),
  token(
    "ifttt_webhook",
    ["maker.ifttt.com/trigger/"],
    "[A-Za-z0-9_-]{1,80}/(?:json/)?with/key/[A-Za-z0-9_-]{20,43}",
  ),
  token(
    "make_webhook",
    ["hook.eu1.make.com/", "hook.eu2.make.com/", "hook.us1.make.com/", "hook.us2.make.com/"],
    "[a-z0-9]{32}",
  ),
  token("dingtalk_webhook", ["oapi.dingtalk.com/robot/send?access_token="], hex("64")),
  token(
    "feishu_webhook",
    ["open.feishu.cn/open-apis/bot/v2/hook/", "open.larksuite.com/open-apis/bot/v2/hook/"],
    uuid,
  ),
  token("wecom_webhook", ["qyapi.weixin.qq.com/cgi-bin/webhook/send?key="], uuid),
  // Tines' webhook actions: https://<tenant>.tines.com/webhook/<path>/<secret>. The path may be renamed by the
  // story's author; the secret is the 32 random letters and digits Tines generates, and whoever holds the URL
  // starts the story.
  token("tines_webhook", ["tines.com/webhook/"], "[A-Za-z0-9_.-]{1,100}/[A-Za-z0-9]{32}"),
  {
    // Mattermost's incoming webhooks live on each team's own host: the path's id (26 characters of a-z and
    // 0-9, Mattermost's id alphabet) is the credential. "/hooks/" also starts ordinary paths (/hooks/useAuth),
    // so the id's randomness must vouch and it must mix letters and digits.
    type: "mattermost_webhook",
    keywords: ["/hooks/"],
    pattern: /\/hooks\/([a-z0-9]{26})(?![A-Za-z0-9_-])/,
    group: 1,
    entropy: 3,
    validate: (value) => /[0-9]/.test(value) && /[a-z]/.test(value),
  },
];

// A key that is a path segment of the provider's API address rather than a header.
const IN_PATH: SecretRule[] = [
  // Infura's project key (32 hex characters) in its JSON-RPC endpoint, over HTTPS or WebSocket.
  token("infura_api_key", ["infura.io/v3/", "infura.io/ws/v3/"], hex("32")),
  // Alchemy's API key (32 characters of base64url) in its node and NFT endpoints, on the current g.alchemy.com
  // hosts and the older alchemyapi.io ones.
  token(
    "alchemy_api_key",
    ["alchemy.com/v2/", "alchemyapi.io/v2/", "alchemy.com/nft/v2/", "alchemy.com/nft/v3/"],
    urlsafe("32"),
    { entropy: 3.5 },
  ),
  {
    // ThingsBoard's device API puts the device's access token in the path, before what is sent (telemetry,
    // attributes, rpc, claim), on any host: the cloud's or one's own.
    type: "thingsboard_access_token",
    keywords: ["/api/v1/"],
    pattern: /\/api\/v1\/([A-Za-z0-9]{20})\/(?:telemetry|attributes|rpc|claim)(?![A-Za-z0-9_-])/,
    group: 1,
    entropy: 3,
    validate: (value) => /[0-9]/.test(value) && /[A-Za-z]/.test(value),
  },
];

// Formats whose fixed part is not at the start (see the end of token-rules.ts).
const SUFFIXED: SecretRule[] = [
  {
    // An Okta API token: "00" and 40 characters, with nothing of its own to find it by, so only after the word
    // okta (a variable's name, a config block; not rookTable) within the next 100 characters.
    type: "okta_api_token",
    keywords: ["okta"],
    pattern: /(?<![A-Za-z])okta[^]{0,100}?(?<![A-Za-z0-9_-])(00[A-Za-z0-9_-]{40})(?![A-Za-z0-9_-])/i,
    group: 1,
    entropy: 3.5,
  },
  {
    // Azure DevOps personal access tokens of the current format: 84 characters, "AZDO" at 76–79.
    type: "azure_devops_pat",
    keywords: ["AZDO"],
    back: 76,
    pattern: new RegExp(`(?<![${AN}])${alnum("76")}AZDO${alnum("4")}(?![${AN}])`),
    entropy: 3,
  },
  {
    // DeepL's API keys for its free plan: a UUID then ":fx".
    type: "deepl_api_key",
    keywords: [":fx"],
    back: 36,
    pattern: new RegExp(`(?<![${AN}-])${uuid}:fx(?![${AN}])`),
    entropy: 3,
  },
  JWK_PRIVATE_RULE,
];

export const VENDOR_TOKEN_RULES: SecretRule[] = [
  ...CLOUD,
  ...AI,
  ...SAAS,
  ...WEBHOOKS,
  ...IN_PATH,
  ...SUFFIXED,
];
