// Credentials that announce themselves: a provider's fixed prefix followed by a body of a known alphabet and
// length. Each entry is written from the provider's published format (and checked against public scanners'
// descriptions of it); the prefix is the prefilter keyword, so a rule costs nothing on text without it.
import type { SecretRule } from "./engine.js";
import { alnum, AN, b64, hex, token, urlsafe } from "./prefixed-token.js";
import { wrappedBase64Line } from "./wrapped-base64-lines.js";

function grafanaKeyClaims(value: string): boolean {
  try {
    const json = atob(value.replace(/=+$/, ""));
    return /"n"\s*:/.test(json) && /"id"\s*:/.test(json);
  } catch {
    return false;
  }
}

/** The claims of a Sentry organisation token decode to a JSON object with its issue time. */
function sentryOrgClaims(value: string): boolean {
  const body = value.slice("sntrys_".length);
  try {
    const claims: unknown = JSON.parse(atob(body.slice(0, body.indexOf("_")).replace(/=+$/, "")));
    return typeof claims === "object" && claims !== null && "iat" in claims;
  } catch {
    return false;
  }
}

/** How far from a Vault word a legacy Vault token is looked for, either side. */
const VAULT_REACH = 160;
/** A legacy Vault token, its body as group 1 (see the rules below). */
const LEGACY_VAULT_TOKEN = `(?<![A-Za-z0-9_.$/-])s\\.(${alnum("24")}(?:\\.${alnum("5")})?)(?![A-Za-z0-9_=-]|\\.[A-Za-z0-9])`;
const mixesCases = (value: string) => /[a-z]/.test(value) && /[A-Z]/.test(value);

export const TOKEN_RULES: SecretRule[] = [
  // Cloud providers
  token("aws_access_key_id", ["AKIA", "ASIA", "ABIA", "ACCA"], "[A-Z2-7]{16}"),
  token("aws_access_key_id", ["A3T"], "[A-Z0-9][A-Z2-7]{16}"),
  token("aws_bedrock_api_key", ["ABSK"], `${b64("109,269")}={0,2}`),
  token("aws_bedrock_api_key", ["bedrock-api-key-"], `${b64("100,2000")}={0,2}`),
  token("google_api_key", ["AIza"], urlsafe("35")),
  token("google_oauth_client_secret", ["GOCSPX-"], urlsafe("28")),
  token("google_oauth_token", ["ya29."], urlsafe("30,2000")),
  token("google_oauth_token", ["1//0"], urlsafe("40,400")),
  token("azure_storage_key", ["AccountKey="], `${b64("86")}==`),
  token("azure_sas_token", ["sig="], `${b64("40,50")}(?:%3D|=){0,2}`, { entropy: 4 }),
  token("alibaba_access_key_id", ["LTAI"], alnum("20")),
  token("tencent_secret_id", ["AKID"], alnum("32")),
  token("scaleway_key", ["SCW"], "[A-Z0-9]{17}", { entropy: 3.2 }),
  token("yandex_cloud_token", ["t1."], `[A-Za-z0-9_-]{1,20}={0,2}\\.${urlsafe("86")}={0,2}`),
  token("yandex_cloud_token", ["AQVN"], urlsafe("35,38")),
  token("yandex_cloud_token", ["YC"], urlsafe("38"), { entropy: 3.5 }),
  token("digitalocean_token", ["dop_v1_", "doo_v1_", "dor_v1_"], hex("64")),
  token("heroku_api_key", ["HRKU-AA"], urlsafe("58")),
  token("flyio_token", ["fo1_"], urlsafe("43")),
  token("flyio_token", ["fm1a_", "fm1r_", "fm2_"], `${b64("100,4000")}={0,3}`),
  token("supabase_token", ["sbp_"], hex("40")),
  token("supabase_token", ["sb_secret_"], urlsafe("31,64")),
  token("netlify_token", ["nfp_"], alnum("36")),
  // Vercel's prefixed tokens: personal, integration, app access and refresh, AI Gateway keys.
  token("vercel_token", ["vcp_", "vci_", "vca_", "vcr_", "vck_"], alnum("24,60"), { entropy: 3.5 }),
  token("render_api_key", ["rnd_"], alnum("32")),
  token("cloudflare_origin_ca_key", ["v1.0-"], `${hex("24")}-${hex("146")}`),
  token("databricks_token", ["dapi"], `${hex("32")}(?:-[0-9])?`),
  token("planetscale_token", ["pscale_pw_", "pscale_tkn_", "pscale_oauth_"], "[A-Za-z0-9_=.-]{32,64}"),
  token("pulumi_token", ["pul-"], hex("40")),
  token("doppler_token", ["dp.pt.", "dp.st.", "dp.ct.", "dp.sa.", "dp.scim.", "dp.audit."], alnum("40,44")),
  // A service token names its environment between the prefix and the secret (dp.st.dev.…).
  token("doppler_token", ["dp.st."], `[a-z0-9_-]{1,30}\\.${alnum("40,44")}`),
  token("hashicorp_vault_token", ["hvs."], urlsafe("90,120")),
  // A root token is hvs. and 24 base62 characters (Vault 1.10 on), as `vault operator init`, `vault server -dev`
  // and `generate-root -decode` print it; a namespace's id may follow after a dot.
  token("hashicorp_vault_token", ["hvs."], `${alnum("24")}(?:\\.${alnum("5")})?`, { entropy: 3.5 }),
  token("hashicorp_vault_token", ["hvb."], urlsafe("138,300")),
  token("hashicorp_vault_token", ["hvr."], urlsafe("20,300")),
  token("infracost_api_key", ["ico-"], alnum("32")),
  token("prefect_api_key", ["pnu_"], alnum("36")),
  token("clickhouse_key", ["4b1d"], alnum("38")),
  token("openshift_token", ["sha256~"], urlsafe("43")),
  token("harness_token", ["pat.", "sat."], `${urlsafe("22")}\\.${alnum("24")}\\.${alnum("20")}`),
  token("octopus_deploy_key", ["API-"], "[A-Z0-9]{26}", { entropy: 3.5 }),
  token("age_secret_key", ["AGE-SECRET-KEY-1"], "[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}"),
  token("onepassword_token", ["ops_eyJ"], `${b64("250,8000")}={0,3}`),
  token(
    "onepassword_secret_key",
    ["A3-"],
    "[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}",
  ),
  token(
    "tailscale_key",
    ["tskey-"],
    "(?:api|auth|client|scim|webhook)-[A-Za-z0-9]{10,20}-[A-Za-z0-9]{20,40}",
  ),

  // Source hosting, CI and registries
  token("github_token", ["ghp_", "gho_", "ghu_", "ghs_", "ghr_"], alnum("36,251")),
  token("github_token", ["github_pat_"], `${alnum("22")}_${alnum("59")}`),
  // Fine-grained tokens of other lengths (the beta's, and any to come): the prefix alone names them.
  token("github_token", ["github_pat_"], "[A-Za-z0-9_]{30,255}"),
  // GitLab's prefixed tokens, a runner's registration token (glrtr-) and a workspace's (glwt-) among them.
  token(
    "gitlab_token",
    ["glpat-", "gldt-", "glft-", "glsoat-", "glrt-", "glrtr-", "glwt-", "glffct-", "glimt-"],
    "[A-Za-z0-9_.-]{20,300}",
  ),
  // An OAuth application secret is gloas- and 64 characters, an agent's token glagent- and 50 or more (GitLab's
  // token prefixes): a shorter body after these prefixes is not the token, nor a longer secret.
  token("gitlab_token", ["gloas-"], urlsafe("64")),
  token("gitlab_token", ["glagent-"], urlsafe("50,300")),
  token("gitlab_token", ["glptt-"], hex("40")),
  token("gitlab_token", ["glcbt-"], `${alnum("1,5")}_${urlsafe("20")}`),
  token("gitlab_token", ["GR1348941"], urlsafe("20")),
  token("gitlab_token", ["_gitlab_session="], "[0-9a-z]{32}"),
  token("bitbucket_app_password", ["ATBB"], "[A-Za-z0-9_=.-]{32}"),
  token("atlassian_api_token", ["ATATT3", "ATCTT3"], "[A-Za-z0-9_=.-]{180,200}"),
  token("npm_token", ["npm_"], alnum("36")),
  token("pypi_token", ["pypi-AgEIcHlwaS5vcmc", "pypi-AgENdGVzdC5weXBpLm9yZw"], urlsafe("50,1000")),
  token("rubygems_token", ["rubygems_"], hex("48")),
  token("nuget_api_key", ["oy2"], "[a-z0-9]{43}", { entropy: 3.5 }),
  token("docker_hub_token", ["dckr_pat_", "dckr_oat_"], urlsafe("27,64")),
  token("clojars_token", ["CLOJARS_"], "[a-z0-9]{60}", { caseless: true }),
  token("artifactory_token", ["AKCp"], alnum("69")),
  token("artifactory_token", ["cmVmd"], alnum("59")),
  token("sourcegraph_token", ["sgp_"], "(?:[a-fA-F0-9]{16}_|local_)?[a-fA-F0-9]{40}"),
  token("buildkite_token", ["bkua_"], hex("40")),
  // Personal (CCIPAT_) and project (CCIPRJ_) API tokens: the prefix, a base58 UUID, then 40 hex digits.
  token("circleci_token", ["CCIPAT_", "CCIPRJ_"], `${alnum("22")}_${hex("40")}`),
  token("sonarqube_token", ["squ_", "sqp_", "sqa_"], hex("40")),
  token("readme_api_key", ["rdme_"], "[a-z0-9]{70}"),
  token("scalingo_token", ["tk-us-"], urlsafe("48")),
  token("defined_networking_token", ["dnkey-"], "[a-z0-9=_-]{26}-[a-z0-9=_-]{52}", { caseless: true }),
  token("intra42_secret", ["s-s4t2ud-", "s-s4t2af-"], hex("64")),

  // Messaging, e-mail, telephony
  token(
    "slack_token",
    // xoxc- is the token a logged-in browser session acts with (the user's own reach, as xoxp-).
    ["xoxb-", "xoxp-", "xoxa-", "xoxo-", "xoxs-", "xoxr-", "xoxe-", "xoxc-"],
    // Older tokens carry shorter numeric ids (xoxp-523423-234243-…).
    "(?:[0-9]-)?[0-9]{6,14}-[0-9A-Za-z-]{8,250}",
  ),
  // The value of the browser session's `d` cookie, which goes with an xoxc- token: base64, as the cookie
  // carries it (%2F, %2B, %3D) or decoded (/, +, =).
  token("slack_token", ["xoxd-"], "[A-Za-z0-9%/+]{40,600}={0,2}"),
  token("slack_token", ["xoxe-"], "[0-9]-[A-Za-z0-9]{140,160}"),
  token("slack_token", ["xoxe.xoxb-", "xoxe.xoxp-"], "[0-9]-[A-Za-z0-9]{150,170}"),
  token("slack_token", ["xapp-"], "[0-9]-[A-Z0-9]{6,15}-[0-9]{6,16}-[a-z0-9]{40,80}", { caseless: true }),
  token("twilio_api_key", ["SK"], "[0-9a-f]{32}", { entropy: 3.2 }),
  token("sendgrid_api_key", ["SG."], `${urlsafe("22")}\\.${urlsafe("43")}`),
  token("brevo_api_key", ["xkeysib-", "xsmtpsib-"], `${hex("64")}-${alnum("16")}`),
  token("mailgun_api_key", ["key-", "pubkey-"], hex("32"), { entropy: 3.2 }),

  // Payments and commerce
  token(
    "stripe_key",
    ["sk_live_", "sk_test_", "sk_prod_", "rk_live_", "rk_test_", "rk_prod_"],
    // Stripe's secret and restricted keys carry at least 24 characters after the prefix.
    alnum("24,247"),
  ),
  token("stripe_webhook_secret", ["whsec_"], alnum("32,64")),
  // sq0idp- starts an application's id, which Square's Web Payments SDK puts in every checkout page: not a secret.
  token("square_token", ["sq0atp-", "sq0csp-"], urlsafe("22,60")),
  token("square_token", ["EAAA"], urlsafe("60"), { entropy: 3.5 }),
  // Shopify documents 32 hexadecimal digits; older and partner tokens use letters beyond f and run longer.
  token("shopify_token", ["shpat_", "shpss_", "shpca_", "shppa_"], alnum("32,40")),
  token(
    "braintree_token",
    ["access_token$production$", "access_token$sandbox$"],
    `[0-9a-z]{16}\\$${hex("32")}`,
  ),
  // A wrapped certificate's line may begin at an RSA key's `AQEA…` bytes (wrapped-base64-lines.ts).
  token("adyen_api_key", ["AQE"], "[A-Za-z0-9+/=_-]{60,200}", {
    entropy: 4,
    readsAt: (text, at) => !wrappedBase64Line(text, at),
  }),
  token(
    "flutterwave_key",
    ["FLWSECK_TEST-", "FLWSECK-", "FLWPUBK_TEST-", "FLWPUBK-"],
    "[a-h0-9]{12,32}(?:-X)?",
    {
      caseless: true,
    },
  ),
  token("shippo_token", ["shippo_live_", "shippo_test_"], "[a-fA-F0-9]{40}"),
  token("duffel_token", ["duffel_live_", "duffel_test_"], "[A-Za-z0-9_=-]{43}"),
  token("easypost_api_key", ["EZAK", "EZTK"], alnum("54")),
  token(
    "plaid_token",
    ["access-sandbox-", "access-development-", "access-production-"],
    `${hex("8")}-${hex("4")}-${hex("4")}-${hex("4")}-${hex("12")}`,
  ),
  token("razorpay_key", ["rzp_live_", "rzp_test_"], alnum("14")),

  // AI and SaaS platforms
  token("openai_key", ["sk-proj-", "sk-svcacct-", "sk-admin-"], "[A-Za-z0-9_-]{40,300}"),
  token("openai_key", ["sk-"], "[A-Za-z0-9_-]{20,200}T3BlbkFJ[A-Za-z0-9_-]{20,200}"),
  token("openai_key", ["sk-"], alnum("48")),
  token(
    "anthropic_key",
    ["sk-ant-api03-", "sk-ant-admin01-", "sk-ant-oat01-", "sk-ant-ort01-"],
    "[A-Za-z0-9_-]{80,120}AA",
  ),
  token("huggingface_token", ["hf_", "api_org_"], "[A-Za-z]{34}"),
  token("replicate_token", ["r8_"], alnum("37")),
  token("groq_api_key", ["gsk_"], alnum("52")),
  token("xai_api_key", ["xai-"], alnum("80")),
  token("perplexity_api_key", ["pplx-"], alnum("48")),
  token("langsmith_api_key", ["lsv2_pt_", "lsv2_sk_"], `${hex("32")}_${hex("10")}`),
  token("elevenlabs_key", ["sk_"], hex("48"), { entropy: 3.5 }),
  token("notion_token", ["secret_"], alnum("43"), { entropy: 4, wordPrefix: true }),
  token("notion_token", ["ntn_"], `[0-9]{11}${alnum("35")}`),
  token("linear_api_key", ["lin_api_"], alnum("40")),
  token("airtable_token", ["pat"], `${alnum("14")}\\.${hex("64")}`),
  token("postman_api_key", ["PMAK-"], `${hex("24")}-${hex("34")}`, { caseless: true }),
  token("contentful_token", ["CFPAT-"], urlsafe("43")),
  token("typeform_token", ["tfp_"], "[A-Za-z0-9_=.-]{59}"),
  token("frameio_token", ["fio-u-"], "[A-Za-z0-9_=-]{64}"),
  token("dropbox_token", ["sl."], "[A-Za-z0-9_=-]{135,1400}"),
  token("mapbox_secret_token", ["sk.eyJ"], `${urlsafe("50,200")}\\.${urlsafe("20,30")}`),
  token("figma_token", ["figd_"], urlsafe("40,43")),
  token("adobe_client_secret", ["p8e-"], alnum("32")),
  // Every Graph API access token opens with EAA; the fourth letter varies with the kind of app (EAAB for the
  // mobile apps' tokens, EAAG, EAAI, EAAM …), and a hundred letters and digits or more follow. Square's EAAA
  // tokens are 64 characters in all, too short to be taken here.
  token("facebook_access_token", ["EAACEdEose0cBA", "EAAM", "EAAC", "EAAG"], alnum("100,400")),
  token("facebook_access_token", ["EAA"], `[A-Za-z0-9]${alnum("100,400")}`, { entropy: 3.5 }),
  token("twitter_bearer_token", ["AAAAAAAAAAAAAAAAAAAAA"], "[A-Za-z0-9%]{80,120}"),
  token("settlemint_token", ["sm_pat_", "sm_aat_", "sm_sat_"], alnum("16")),
  // Round 9: formats their providers document with a fixed prefix.
  token("apify_token", ["apify_api_"], alnum("36")),
  token("zuplo_api_key", ["zpka_"], `${hex("32")}_${hex("8")}`),
  token("friendli_token", ["flp_"], alnum("40,50")),
  token("riot_api_key", ["RGAPI-"], "[a-z0-9]{8}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{12}"),
  token("mongodb_atlas_secret", ["mdb_sa_sk_"], urlsafe("40")),

  // Password hashes in the crypt formats (bcrypt, md5crypt, sha256crypt, sha512crypt): offline-crackable.
  token("password_hash", ["$2a$", "$2b$", "$2x$", "$2y$"], "[0-9]{2}\\$[./A-Za-z0-9]{53}"),
  token("password_hash", ["$1$"], "[./A-Za-z0-9]{1,8}\\$[./A-Za-z0-9]{22}"),
  // Apache's variant of md5crypt, as htpasswd writes it.
  token("password_hash", ["$apr1$"], "[./A-Za-z0-9]{1,8}\\$[./A-Za-z0-9]{22}"),
  token("password_hash", ["$5$"], "(?:rounds=[0-9]{1,9}\\$)?[./A-Za-z0-9]{1,16}\\$[./A-Za-z0-9]{43}"),
  token("password_hash", ["$6$"], "(?:rounds=[0-9]{1,9}\\$)?[./A-Za-z0-9]{1,16}\\$[./A-Za-z0-9]{86}"),
  // Cisco's type 8 (PBKDF2) and type 9 (scrypt) secrets: a 14-character salt and a 43-character hash.
  token("password_hash", ["$8$", "$9$"], "[./A-Za-z0-9]{14}\\$[./A-Za-z0-9]{43}"),
  // yescrypt, the /etc/shadow default of Debian 11+, Ubuntu 22.04+ and Fedora 35+ (and its GOST variant):
  // parameters, a salt and a 43-character hash, in crypt's alphabet.
  token("password_hash", ["$y$", "$gy$"], "[./A-Za-z0-9]{1,16}\\$[./A-Za-z0-9]{1,86}\\$[./A-Za-z0-9]{43}"),
  // Argon2 as a PHC string (PHP's password_hash, Keycloak, Vaultwarden; Django writes it after "argon2"):
  // version, memory, time and lanes, then an unpadded base64 salt and hash.
  token(
    "password_hash",
    ["$argon2id$", "$argon2i$", "$argon2d$", "argon2$argon2id$", "argon2$argon2i$", "argon2$argon2d$"],
    "(?:v=[0-9]{1,3}\\$)?m=[0-9]{1,10},t=[0-9]{1,10},p=[0-9]{1,3}\\$[A-Za-z0-9+/]{11,64}\\$[A-Za-z0-9+/]{22,86}",
  ),
  // Django's hashers (every auth_user table): iterations, a salt, and the base64 hash of 32 or 20 bytes; its
  // scrypt: work factor, salt, block size, parallelism, and 64 bytes.
  token("password_hash", ["pbkdf2_sha256$"], "[0-9]{1,9}\\$[A-Za-z0-9]{1,64}\\$[A-Za-z0-9+/]{43}="),
  token("password_hash", ["pbkdf2_sha1$"], "[0-9]{1,9}\\$[A-Za-z0-9]{1,64}\\$[A-Za-z0-9+/]{27}="),
  token(
    "password_hash",
    ["scrypt$"],
    "[0-9]{1,9}\\$[A-Za-z0-9]{1,64}\\$[0-9]{1,3}\\$[0-9]{1,3}\\$[A-Za-z0-9+/]{86}==",
  ),
  // Werkzeug's (Flask): method and parameters, a salt, and the hash in hex.
  token(
    "password_hash",
    ["pbkdf2:sha256", "pbkdf2:sha512", "pbkdf2:sha1"],
    "(?::[0-9]{1,9})?\\$[A-Za-z0-9]{1,64}\\$(?:[a-f0-9]{40}|[a-f0-9]{64}|[a-f0-9]{128})",
  ),
  token("password_hash", ["scrypt:"], "[0-9]{1,9}:[0-9]{1,3}:[0-9]{1,3}\\$[A-Za-z0-9]{1,64}\\$[a-f0-9]{128}"),
  // Kerberos AS-REP and TGS-REP hashes, as roasting tools print them for offline cracking.
  token(
    "password_hash",
    ["$krb5asrep$", "$krb5tgs$"],
    "[0-9]{2}\\$[^\\s$]{1,200}\\$(?:[^\\s$]{1,200}\\$)?[a-f0-9]{16,8000}",
  ),

  // Monitoring and operations
  token("grafana_token", ["glc_"], `${b64("32,400")}={0,3}`),
  token("grafana_token", ["glsa_"], `${alnum("32")}_[A-Fa-f0-9]{8}`),
  // Grafana's older API keys: base64 of {"k":…,"n":…,"id":…}; other base64 JSON starting with "k" is not one.
  token("grafana_token", ["eyJrIjoi"], `${alnum("70,400")}={0,3}`, { validate: grafanaKeyClaims }),
  token("new_relic_key", ["NRAK-"], "[A-Z0-9]{27}"),
  token("new_relic_key", ["NRJS-"], hex("19")),
  token("new_relic_key", ["NRII-", "NRIQ-"], urlsafe("32")),
  token("new_relic_key", ["NRAA-"], hex("27")),
  token("new_relic_key", ["NRRA-"], hex("42")),
  token("sentry_token", ["sntryu_"], hex("64")),
  // An organisation token: sntrys_, base64 of its claims ({"iat":…,"url":…,"org":…}), _, and a secret of 43
  // URL-safe characters (32 random bytes).
  token("sentry_token", ["sntrys_eyJpYXQiO"], `${b64("20,400")}={0,2}_${urlsafe("43")}`, {
    validate: sentryOrgClaims,
  }),
  token("dynatrace_token", ["dt0c01."], `${alnum("24")}\\.${alnum("64")}`),
  token(
    "launchdarkly_key",
    ["api-", "sdk-", "mob-"],
    `${hex("8")}-${hex("4")}-${hex("4")}-${hex("4")}-${hex("12")}`,
  ),
  token("honeycomb_key", ["hcaik_"], "[0-9a-z]{58}"),
];

// Formats whose fixed part is not at the start: the pattern begins up to `back` characters before the
// keyword, which is a suffix or a separator inside the token.
TOKEN_RULES.push(
  {
    type: "maxmind_license_key",
    keywords: ["_mmk"],
    back: 36,
    pattern: new RegExp(`(?<![${AN}_-])${alnum("6")}_${alnum("29")}_mmk(?![${AN}_-])`),
    entropy: 3,
  },
  {
    type: "mailchimp_api_key",
    keywords: ["-us"],
    back: 32,
    pattern: new RegExp(`(?<![${AN}_-])${hex("32")}-us[0-9]{1,2}(?![${AN}_-])`),
    entropy: 3,
  },
  {
    type: "telegram_bot_token",
    keywords: [":AA"],
    back: 10,
    // The published length is AA and 33 characters; a few more or fewer still make the bot's token.
    pattern: new RegExp(`(?<![0-9_:-])[0-9]{8,10}:AA${urlsafe("30,35")}(?![${AN}_-])`),
    entropy: 3,
  },
  {
    type: "azure_ad_client_secret",
    keywords: ["Q~"],
    back: 4,
    pattern: /(?<![A-Za-z0-9_~.-])[A-Za-z0-9_~.]{3}[0-9]Q~[A-Za-z0-9_~.-]{31,34}(?![A-Za-z0-9_~.-])/,
    entropy: 3,
  },
  {
    type: "terraform_cloud_token",
    keywords: [".atlasv1."],
    back: 14,
    pattern: /(?<![A-Za-z0-9])[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,70}(?![A-Za-z0-9_=-])/,
    entropy: 3,
  },
  {
    type: "new_relic_key",
    keywords: ["NRAL"],
    back: 36,
    // US accounts' license keys are 36 hexadecimal digits then NRAL; EU accounts' open with their region
    // (eu01xx) and have 30 digits, 40 characters in all either way.
    pattern: /(?<![A-Za-z0-9])(?:[a-f0-9]{36}|eu[0-9]{2}xx[a-f0-9]{30})NRAL(?![A-Za-z0-9])/,
    entropy: 3,
  },
  // Vault's tokens before 1.10 are s. and 24 base62 characters (a namespace's id may follow after a dot): a
  // prefix ordinary text writes ("Mr s.", "it's.") and a body any random word could be, so they are taken only
  // within a line's reach of a Vault word (`vault login s.…`, `VAULT_TOKEN`, `X-Vault-Token`, the output of
  // `vault token lookup` with its `vault` path), mixing cases and random enough.
  {
    type: "hashicorp_vault_token",
    keywords: ["vault"],
    back: VAULT_REACH,
    pattern: new RegExp(LEGACY_VAULT_TOKEN),
    entropy: 3.5,
    validate: mixesCases,
  },
  {
    type: "hashicorp_vault_token",
    keywords: ["vault"],
    pattern: new RegExp(`[Vv][Aa][Uu][Ll][Tt][^]{0,${VAULT_REACH}}?${LEGACY_VAULT_TOKEN}`),
    group: 1,
    entropy: 3.5,
    validate: mixesCases,
  },
  {
    // An Asana personal access token: 2/, the user's gid, /, the token's gid, :, and 32 hex digits (the older
    // form 1/, a gid, :, the hex). Gids are numbers of up to 19 digits (16 today). Asana's API takes it as a
    // bearer token and its clients as an access token, with no name of Asana's beside it.
    type: "asana_token",
    keywords: ["1/", "2/"],
    pattern:
      /(?<![A-Za-z0-9_.:/-])(?:1\/[0-9]{4,19}|2\/[0-9]{4,19}\/[0-9]{4,19}):[a-f0-9]{32}(?![A-Za-z0-9_-])/,
    entropy: 3,
  },
  {
    // A Facebook app access token: the app id, "|", the app secret.
    type: "facebook_access_token",
    keywords: ["|"],
    back: 16,
    pattern: /(?<![0-9A-Za-z])[0-9]{15,16}\|[A-Za-z0-9_-]{27}(?![A-Za-z0-9_-])/,
    entropy: 3,
  },
  {
    type: "firebase_cloud_messaging_key",
    keywords: [":APA91b"],
    back: 11,
    pattern: new RegExp(`(?<![${AN}_-])AAAA${urlsafe("7")}:APA91b${urlsafe("100,200")}(?![${AN}_-])`),
    entropy: 3,
  },
);
