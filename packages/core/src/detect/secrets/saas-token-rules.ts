// Still more credentials that announce themselves, each written from the provider's own description of its
// key (prefix, alphabet, length): commerce and marketing APIs, developer platforms, AI infrastructure, data
// services. As everywhere in token-rules.ts, the literal prefix is the rule's prefilter keyword, and a short or
// word-like prefix leaves the verdict to the randomness of what follows it.
import type { SecretRule } from "./engine.js";
import { alnum, b64, hex, token, urlsafe } from "./prefixed-token.js";

const uuid = `${hex("8")}-${hex("4")}-${hex("4")}-${hex("4")}-${hex("12")}`;

/** A word-like prefix (live_, test_) is only a key's when its body mixes upper case, lower case and digits. */
function mixed(value: string): boolean {
  return /[A-Z]/.test(value) && /[a-z]/.test(value) && /[0-9]/.test(value);
}

const COMMERCE: SecretRule[] = [
  // WooCommerce's REST API consumer key and secret: ck_ or cs_ and 40 hexadecimal digits.
  token("woocommerce_api_key", ["ck_", "cs_"], hex("40"), { entropy: 3.5 }),
  // Mollie's API keys: live_ or test_ then 30 characters of a-z, A-Z, 0-9.
  token("mollie_api_key", ["live_", "test_"], alnum("30"), { entropy: 4, wordPrefix: true, validate: mixed }),
  // Klaviyo's private API keys: pk_ and 34 characters (ClickUp's pk_ has an underscore after digits).
  token("klaviyo_private_key", ["pk_"], alnum("34"), { entropy: 3.5, validate: mixed }),
  token("shopify_partner_token", ["prtapi_"], hex("32")),
  token("polar_token", ["polar_oat_", "polar_pat_", "polar_at_u_", "polar_at_o_"], alnum("32,64")),
  token("permit_api_key", ["permit_key_"], alnum("30,200")),
  // Lob's API keys: live_ or test_ then 35 hexadecimal digits (its publishable keys say _pub_ and are not taken).
  // Lob's secret keys: live_ or test_ then 35 hexadecimal digits.
  token("lob_api_key", ["live_", "test_"], hex("35"), { entropy: 3.5, wordPrefix: true }),
  // Branch's secret keys (its key_live_ branch keys are public, in every app build).
  token("branch_secret_key", ["secret_live_", "secret_test_"], alnum("32"), { entropy: 3.5 }),
  // GoCardless access tokens: live_ or sandbox_ then 40 characters of base64url.
  token("gocardless_token", ["live_", "sandbox_"], urlsafe("40"), {
    entropy: 4,
    wordPrefix: true,
    validate: mixed,
  }),
];

const MARKETING: SecretRule[] = [
  // Pinterest's access (pina) and refresh (pinr) tokens: its token debugger takes either, prefix included.
  token("pinterest_access_token", ["pina_", "pinr_"], alnum("40,300"), { entropy: 3.5 }),
  token("mailersend_api_token", ["mlsn."], hex("60,80")),
  // OneSignal's app and organisation keys (v2): a lower-case body of about a hundred characters.
  token("onesignal_api_key", ["os_v2_app_", "os_v2_org_"], "[a-z0-9]{80,200}"),
  token("builderio_private_key", ["bpk-"], hex("32"), { entropy: 3.5 }),
  token("configcat_sdk_key", ["configcat-sdk-1/"], `${urlsafe("22")}/${urlsafe("22")}`),
  // A Trello token of the current format: ATTA and hexadecimal digits.
  token("trello_token", ["ATTA"], "[a-fA-F0-9]{64,72}", { entropy: 3.5 }),
  // Roblox's session cookie says in itself not to share it; what follows the warning is the session.
  token(
    "roblox_session_cookie",
    [
      "_|WARNING:-DO-NOT-SHARE-THIS.--Sharing-this-will-allow-someone-to-log-in-as-you-and-to-steal-your-ROBUX-and-items.|_",
    ],
    "[A-Za-z0-9_-]{100,4000}",
  ),
];

const DEVELOPER: SecretRule[] = [
  // PubNub's secret key (the publish and subscribe keys beside it, pub-c- and sub-c-, are not secret).
  token("pubnub_secret_key", ["sec-c-"], `${b64("40,64")}={0,2}`, { entropy: 3.5 }),
  // Ubidots tokens: BBFF- (older) or BBUS- then about thirty characters.
  token("ubidots_token", ["BBFF-", "BBUS-"], alnum("30,40"), { entropy: 3.5 }),
  // StackHawk API keys: hawk, then two dot-separated parts of twenty characters.
  token("stackhawk_api_key", ["hawk."], `${urlsafe("20")}\\.${urlsafe("20")}`, { entropy: 3.5 }),
  token("nightfall_api_key", ["NF-"], alnum("32"), { entropy: 3.5 }),
  // Adafruit IO keys: aio_ then 28 letters and digits (the key names the account on io.adafruit.com).
  token("adafruit_io_key", ["aio_"], alnum("28"), { entropy: 3.5 }),
  // Voiceflow's Dialog Manager API keys: VF.DM., the project's 24-digit hexadecimal id, then the secret.
  token("voiceflow_api_key", ["VF.DM."], `${hex("24")}\\.${alnum("16")}`),
  token("axiom_token", ["xaat-", "xapt-"], uuid),
  token("xata_api_key", ["xau_"], alnum("30,64")),
  // Teamwork's API tokens (Projects, Desk, CRM, Spaces): tkn.v1_ then base64 of about fifty bytes.
  token("teamwork_api_token", ["tkn.v1_"], `${b64("40,120")}={0,2}`, { entropy: 3.5 }),
  // Segment's Public API tokens: sgp_ and 64 letters and digits of both cases (Sourcegraph's sgp_ tokens are
  // hexadecimal, 40 digits after an optional instance id).
  token("segment_api_token", ["sgp_"], alnum("64"), { entropy: 3.5, validate: mixed }),
  // Tinybird's tokens: p. then a signed, base64url-encoded JSON payload and its signature.
  token("tinybird_token", ["p.eyJ"], `${urlsafe("20,800")}\\.${urlsafe("20,100")}`, { entropy: 3.5 }),
  token("ory_token", ["ory_pat_", "ory_apikey_"], alnum("32,64")),
  token("packagist_token", ["packagist_"], `[a-z]{2,4}_${alnum("40,100")}`),
  token("codesandbox_token", ["csb_v1_"], urlsafe("30,80")),
  // A Convex deploy key names its deployment, then carries a base64 JSON credential after a bar.
  token("convex_deploy_key", ["prod:", "preview:"], "[a-z][a-z0-9-]{2,63}\\|eyJ[A-Za-z0-9+/=_-]{20,800}"),
  // YouTrack and Hub permanent tokens: perm, the user name in base64, a second part, then 30 random characters.
  token(
    "youtrack_token",
    ["perm:", "perm-"],
    `[A-Za-z0-9+/=_-]{4,100}\\.[A-Za-z0-9+/=_-]{2,40}\\.${alnum("30")}`,
  ),
  // TeamCity's access tokens open with the base64 of their own type header, {"typ": "TCV2"}.
  token("teamcity_token", ["eyJ0eXAiOiAiVENWMiJ9."], `${urlsafe("20,200")}\\.${urlsafe("20,200")}`),
  // A Prisma Accelerate or Prisma Postgres address whose query is the API key.
  token(
    "prisma_api_key",
    [
      "prisma://accelerate.prisma-data.net/?api_key=",
      "prisma+postgres://accelerate.prisma-data.net/?api_key=",
    ],
    "[A-Za-z0-9_.-]{40,3000}",
    { entropy: 4 },
  ),
];

const AZURE: SecretRule[] = [
  {
    // An Azure App Configuration connection string: Endpoint on azconfig.io, the key's Id, then its Secret, 32
    // random bytes in base64.
    type: "azure_app_configuration_key",
    keywords: [".azconfig.io"],
    pattern: /\.azconfig\.io\/?;Id=[A-Za-z0-9+/=:-]{1,64};Secret=([A-Za-z0-9+/]{43}=)(?![A-Za-z0-9+/=])/,
    group: 1,
    entropy: 3.5,
  },
];

const AI_INFRA: SecretRule[] = [
  token("e2b_api_key", ["e2b_"], hex("40")),
  token("firecrawl_api_key", ["fc-"], hex("32"), { entropy: 3.5 }),
  token("jina_api_key", ["jina_"], alnum("40,80"), { entropy: 3.5 }),
  token("runpod_api_key", ["rpa_"], alnum("32,64"), { entropy: 3.5 }),
  token("helicone_api_key", ["sk-helicone-"], urlsafe("20,80"), { entropy: 3.5 }),
  token("anyscale_api_key", ["esecret_"], alnum("20,64"), { entropy: 3.5 }),
  // PhotoRoom's API keys: sk_pr_, the key's name, then 40 hexadecimal digits (sandbox keys say so first).
  token("photoroom_api_key", ["sk_pr_", "sandbox_sk_pr_"], `[A-Za-z0-9-]{1,40}_${hex("40")}`),
  // Scale AI's live API keys: live_ then 32 hexadecimal digits (Lob's are 35, Mollie's 30 of mixed case). Its
  // test_ keys are left: test_ and a UUID's 32 digits also name test fixtures.
  token("scale_api_key", ["live_"], hex("32"), { entropy: 3.5, wordPrefix: true }),
  // Voyage AI's API keys: pa- then 43 characters of base64url (32 random bytes). The prefix is short and
  // word-like, so the body must mix cases and digits.
  token("voyage_api_key", ["pa-"], urlsafe("43"), { entropy: 4, wordPrefix: true, validate: mixed }),
  // Coze's personal access tokens: pat_ then 64 letters and digits (Airtable's pat has no underscore and a dot
  // in its middle).
  token("coze_token", ["pat_"], alnum("64"), { entropy: 4, validate: mixed }),
];

/**
 * A Tableau personal access token's secret: 16 random bytes in base64 (22 characters and their padding), a colon,
 * then 32 letters and digits. No prefix names it; the padding and the colon are its fixed middle, so that is
 * the keyword, and the pattern starts the 22 characters before it.
 */
const TABLEAU_PAT_SECRET: SecretRule = {
  type: "tableau_pat_secret",
  keywords: ["==:"],
  back: 22,
  pattern: /(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{22}==:[A-Za-z0-9]{32}(?![A-Za-z0-9+/=_-])/,
  entropy: 3.5,
};

export const SAAS_TOKEN_RULES: SecretRule[] = [
  TABLEAU_PAT_SECRET,
  ...COMMERCE,
  ...MARKETING,
  ...DEVELOPER,
  ...AZURE,
  ...AI_INFRA,
];
