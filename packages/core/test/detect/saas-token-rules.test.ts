import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { Scanner } from "../../src/detect/scanner.js";
import { chars } from "./samples.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
const typesIn = (text: string) => [...new Set(scanner.spans(text).map((s) => s.type))];

const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const LOW = "abcdefghijklmnopqrstuvwxyz";
const DIG = "0123456789";
const AN = UP + LOW + DIG;
const HEX = "0123456789abcdef";
const URL = `${AN}_-`;
const uuid = () => `${chars(HEX, 8)}-${chars(HEX, 4)}-${chars(HEX, 4)}-${chars(HEX, 4)}-${chars(HEX, 12)}`;
const ROBLOX =
  "_|WARNING:-DO-NOT-SHARE-THIS.--Sharing-this-will-allow-someone-to-log-in-as-you-and-to-steal-your-ROBUX-and-items.|_";

describe("SaaS, developer-platform and AI-infrastructure keys in their providers' documented shapes", () => {
  it.each([
    ["woocommerce_api_key", () => `consumer_key: ck_${chars(HEX, 40)}`],
    ["woocommerce_api_key", () => `"consumer_secret": "cs_${chars(HEX, 40)}"`],
    [
      "mollie_api_key",
      () => `MOLLIE_KEY=live_${chars(UP, 4)}${chars(DIG, 3)}${chars(AN, 20)}${chars(LOW, 3)}`,
    ],
    [
      "klaviyo_private_key",
      () => `klaviyo = pk_${chars(LOW, 4)}${chars(DIG, 3)}${chars(UP, 3)}${chars(AN, 24)}`,
    ],
    ["shopify_partner_token", () => `X-Shopify-Access-Token: prtapi_${chars(HEX, 32)}`],
    ["polar_token", () => `POLAR_ACCESS_TOKEN=polar_oat_${chars(AN, 43)}`],
    ["permit_api_key", () => `PERMIT_API_KEY="permit_key_${chars(AN, 120)}"`],
    ["pinterest_access_token", () => `Bearer pina_${chars(AN, 120)}`],
    ["mailersend_api_token", () => `MAILERSEND_API_KEY=mlsn.${chars(HEX, 64)}`],
    ["onesignal_api_key", () => `Key os_v2_app_${chars(LOW + DIG, 113)}`],
    ["builderio_private_key", () => `BUILDER_PRIVATE_KEY=bpk-${chars(HEX, 32)}`],
    ["configcat_sdk_key", () => `configcat-sdk-1/${chars(URL, 22)}/${chars(URL, 22)}`],
    ["trello_token", () => `token=ATTA${chars(HEX, 64)}${chars(HEX.toUpperCase(), 8)}`],
    ["roblox_session_cookie", () => `.ROBLOSECURITY=${ROBLOX}${chars("0123456789ABCDEF", 600)}`],
    ["axiom_token", () => `AXIOM_TOKEN=xaat-${uuid()}`],
    ["axiom_token", () => `xapt-${uuid()}`],
    ["xata_api_key", () => `XATA_API_KEY=xau_${chars(AN, 36)}`],
    ["tinybird_token", () => `TB_TOKEN=p.eyJ${chars(URL, 150)}.${chars(URL, 43)}`],
    ["ory_token", () => `ORY_API_KEY=ory_pat_${chars(AN, 32)}`],
    ["packagist_token", () => `COMPOSER_AUTH token packagist_ort_${chars(AN, 68)}`],
    ["codesandbox_token", () => `CSB_API_KEY=csb_v1_${chars(URL, 43)}`],
    ["convex_deploy_key", () => `CONVEX_DEPLOY_KEY=prod:happy-otter-123|eyJ${chars(`${AN}+/`, 90)}=`],
    ["youtrack_token", () => `Authorization: Bearer perm:${btoa("jsmith")}.${btoa("43-7")}.${chars(AN, 30)}`],
    ["teamcity_token", () => `token=eyJ0eXAiOiAiVENWMiJ9.${chars(URL, 43)}.${chars(URL, 70)}`],
    [
      "prisma_api_key",
      () =>
        `DATABASE_URL="prisma://accelerate.prisma-data.net/?api_key=eyJ${chars(URL, 60)}.${chars(URL, 200)}.${chars(URL, 43)}"`,
    ],
    ["lob_api_key", () => `LOB_API_KEY=test_${chars(HEX, 35)}`],
    [
      "gocardless_token",
      () => `GOCARDLESS_ACCESS_TOKEN=live_${chars(UP, 3)}${chars(LOW, 3)}${chars(DIG, 3)}${chars(URL, 31)}`,
    ],
    ["pubnub_secret_key", () => `secretKey: "sec-c-${btoa(uuid())}"`],
    ["ubidots_token", () => `X-Auth-Token: BBFF-${chars(AN, 30)}`],
    ["stackhawk_api_key", () => `HAWK_API_KEY=hawk.${chars(AN, 20)}.${chars(AN, 20)}`],
    ["nightfall_api_key", () => `NIGHTFALL_API_KEY=NF-${chars(AN, 32)}`],
    ["voiceflow_api_key", () => `Authorization: VF.DM.${chars(HEX, 24)}.${chars(AN, 16)}`],
    ["branch_secret_key", () => `BRANCH_SECRET=secret_live_${chars(AN, 32)}`],
    [
      "azure_app_configuration_key",
      () =>
        `Endpoint=https://shop.azconfig.io;Id=${chars(AN, 4)}-l0-s0:${chars(AN, 20)};Secret=${chars(`${AN}+/`, 43)}=`,
    ],
    ["e2b_api_key", () => `E2B_API_KEY=e2b_${chars(HEX, 40)}`],
    ["firecrawl_api_key", () => `FIRECRAWL_API_KEY=fc-${chars(HEX, 32)}`],
    ["jina_api_key", () => `Bearer jina_${chars(AN, 60)}`],
    ["runpod_api_key", () => `RUNPOD_API_KEY=rpa_${chars(UP + DIG, 44)}`],
    [
      "helicone_api_key",
      () =>
        `Helicone-Auth: Bearer sk-helicone-${chars(LOW + DIG, 7)}-${chars(LOW + DIG, 7)}-${chars(LOW + DIG, 7)}-${chars(LOW + DIG, 7)}`,
    ],
    ["anyscale_api_key", () => `ANYSCALE_API_KEY=esecret_${chars(AN, 26)}`],
    ["scale_api_key", () => `client = ScaleClient("live_${chars(HEX, 32)}")`],
    ["teamwork_api_token", () => `TEAMWORK_TOKEN=tkn.v1_${chars(`${AN}+/`, 66)}=`],
    ["photoroom_api_key", () => `x-api-key: sk_pr_default_${chars(HEX, 40)}`],
    ["photoroom_api_key", () => `PHOTOROOM_KEY=sandbox_sk_pr_prod-2_${chars(HEX, 40)}`],
    ["tableau_pat_secret", () => `personal_access_token_secret: ${chars(`${AN}+/`, 21)}Q==:${chars(AN, 32)}`],
    [
      "segment_api_token",
      () => `SEGMENT_TOKEN=sgp_${chars(UP, 4)}${chars(LOW, 4)}${chars(DIG, 4)}${chars(AN, 52)}`,
    ],
  ])("%s", (type, make) => {
    expect(typesIn(make())).toContain(type);
  });
});

describe("their prefixes in prose, stand-ins and values of the wrong shape are not those keys", () => {
  it.each([
    // the prefix in prose or in an identifier
    "The ck_ and cs_ prefixes mark WooCommerce's consumer key and secret.",
    "def test_returnsTheExpectedValueWhenEmpty(self):",
    "def test_parses_the_header_when_it_is_empty_or_missing(self):",
    "Set live_mode to true; see live_ABCDEFGHIJKLMNOPQRSTUVWXYZabcd in the docs",
    "klaviyo keys start with pk_ and the public ones are six characters",
    "A Trello board ATTACHMENT_LIMIT setting",
    "see axiom docs: tokens start with xaat- or xapt-",
    "p.eyJ is how a Tinybird token starts",
    "perm:root is not a token; chmod perm:0755",
    "prisma://accelerate.prisma-data.net/?api_key=__API_KEY__",
    "import { permit_key_helper } from './permit';",
    "const publishKey = 'pub-c-0a1b2c3d-4e5f-6789-abcd-ef0123456789'; // sec-c- stays on the server",
    'const fixture = { id: "test_5f2b9c1d7e3a4b6c8d0e1f2a" };',
    "sandbox_environment_configuration_for_the_integration_tests",
    "hawk.js is a library; hawk.header() signs requests",
    "NF-KAPPA-B signalling pathway",
    "const branchKey = 'key_live_abcdefghijklmnopqrstuvwxyz012345'; // public",
    `Endpoint=https://shop.azconfig.io;Id=${chars(AN, 4)}-l0-s0:${chars(AN, 20)};Secret=${"A".repeat(43)}=`,
    "connect with Endpoint=https://shop.azconfig.io and a managed identity (no Id or Secret)",
    // stand-ins in the documented format
    "FIRECRAWL_API_KEY=fc-YOUR_API_KEY",
    `MAILERSEND_API_KEY=mlsn.${"x".repeat(64)}`,
    `E2B_API_KEY=e2b_${"x".repeat(40)}`,
    `consumer_key: ck_${"deadbeef".repeat(5)}`,
    "CONVEX_DEPLOY_KEY=prod:my-deployment|<your-deploy-key>",
    // the right prefix and alphabet but the wrong length
    `LOB_API_KEY=live_${chars(HEX, 38)}`,
    `AXIOM_TOKEN=xaat-${chars(HEX, 8)}-${chars(HEX, 4)}`,
    `e2b_${chars(HEX, 20)}`,
    `bpk-${chars(HEX, 12)}`,
    `configcat-sdk-1/${chars(URL, 10)}`,
    // live_ with 33 digits (neither Scale's 32 nor Lob's 35), test_ and a UUID's digits (a fixture's id), sgp_
    // of one case only
    `live_${chars(HEX, 33)}`,
    `fixture_id = "test_${chars(HEX, 32)}"`,
    `sgp_${chars(LOW + DIG, 64)}`,
    // tkn.v1_ too short, a hash compared with == and a colon in code, a Tableau-like secret cut short
    `tkn.v1_${chars(AN, 20)}`,
    `if (digest ==: expected) return;`,
    `${chars(AN, 22)}==:${chars(AN, 20)}`,
  ])("%j", (text) => {
    expect(
      typesIn(text).filter((t) => !["secret_assignment", "bearer_token", "authorization_header"].includes(t)),
    ).toEqual([]);
  });
});

describe("one prefix, two vendors: sgp_ is Sourcegraph's when hexadecimal, Segment's when of mixed case", () => {
  it("keeps Sourcegraph's hexadecimal tokens Sourcegraph's", () => {
    expect(typesIn(`SRC_ACCESS_TOKEN=sgp_${chars(HEX, 16)}_${chars(HEX, 40)}`)).toEqual([
      "sourcegraph_token",
    ]);
    expect(typesIn(`sgp_${chars(HEX, 40)}`)).toEqual(["sourcegraph_token"]);
  });
});
