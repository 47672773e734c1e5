// Formats added for issue 12 (recall on corpora we did not write), each from its provider's published shape:
// a true example built here from random characters, and near misses that must stay unflagged by that type.
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
/** Mixed case and digits up front, so that a short random body cannot come out of one case by chance. */
const mixed = (alphabet: string, n: number) =>
  `${chars(UP, 2)}${chars(LOW, 2)}${chars(DIG, 2)}${chars(alphabet, n - 6)}`;
const tunnel = (claims: object) => btoa(JSON.stringify(claims));

describe("credentials in their providers' documented shapes", () => {
  it.each([
    ["tines_webhook", () => `https://acme.tines.com/webhook/${chars(LOW + DIG, 32)}/${chars(LOW + DIG, 32)}`],
    ["tines_webhook", () => `url: "https://tenant.tines.com/webhook/alerts-in/${chars(LOW + DIG, 32)}"`],
    ["alchemy_api_key", () => `const rpc = "https://eth-mainnet.g.alchemy.com/v2/${mixed(URL, 32)}";`],
    ["alchemy_api_key", () => `wss://polygon-mainnet.alchemyapi.io/v2/${mixed(URL, 32)}`],
    ["alchemy_api_key", () => `https://eth-mainnet.g.alchemy.com/nft/v3/${mixed(URL, 32)}/getNFTsForOwner`],
    ["adafruit_io_key", () => `ADAFRUIT_IO_KEY = "aio_${mixed(AN, 28)}"`],
    ["coze_token", () => `Authorization: Bearer pat_${mixed(AN, 64)}`],
    ["voyage_api_key", () => `VOYAGE_API_KEY=pa-${mixed(URL, 43)}`],
    ["new_relic_key", () => `license_key: eu01xx${chars(HEX, 30)}NRAL`],
    ["new_relic_key", () => `license_key: ${chars(HEX, 36)}NRAL`],
    ["facebook_access_token", () => `access_token=EAAB${chars(AN, 180)}`],
    ["facebook_access_token", () => `"token": "EAAI${chars(AN, 150)}"`],
    ["pixie_api_key", () => `px deploy --deploy_key px-dep-${uuid()}`],
    ["pixie_api_key", () => `PX_API_KEY=px-api-${uuid()}`],
    [
      "cloudflare_tunnel_token",
      () => `command: tunnel run --token ${tunnel({ a: chars(HEX, 32), t: uuid(), s: btoa(chars(AN, 32)) })}`,
    ],
    [
      "cloudflare_tunnel_token",
      () => `["tunnel", "run", "${tunnel({ a: chars(HEX, 32), t: uuid(), s: btoa(chars(AN, 32)) })}"]`,
    ],
  ])("%s", (type, make) => {
    expect(typesIn(make())).toContain(type);
  });
});

describe("the prefixes in prose or code, stand-ins and values of the wrong shape are not those keys", () => {
  it.each([
    // the keyword where no credential follows
    "Tines webhooks live at https://tenant.tines.com/webhook/<path>/<secret>",
    `https://acme.tines.com/webhook/${chars(LOW + DIG, 32)}`,
    "see https://docs.alchemy.com/v2/reference for the API",
    "https://eth-mainnet.g.alchemy.com/v2/YOUR_API_KEY",
    "import aio_pika; from aio_client_session import make",
    "const pat_count = 3; let pat_matcher_for_the_input = build();",
    "The sqrt of pa-0.5 is not real; see pa-system docs",
    "EAAGLE_SCOUT_HANDBOOK",
    `AAAA${chars(AN, 40)}`,
    "px-api-docs and px-dep-graph are our package names",
    "eyJhIjoiYiJ9 is base64 of a tiny object",
    // the right prefix, the wrong length or alphabet
    `https://acme.tines.com/webhook/${chars(LOW + DIG, 32)}/${chars(LOW + DIG, 20)}`,
    `https://eth-mainnet.g.alchemy.com/v2/${mixed(URL, 20)}`,
    `aio_${mixed(AN, 20)}`,
    `pat_${mixed(AN, 40)}`,
    `pa-${mixed(URL, 30)}`,
    `pat_${chars(LOW + DIG, 64)}`,
    `license_key: eu01xx${chars(HEX, 28)}NRAL`,
    `EAAB${chars(AN, 60)}`,
    `px-dep-${chars(HEX, 8)}-${chars(HEX, 4)}`,
    // a base64 JSON object opening like a tunnel token but naming other things
    `token=${btoa(JSON.stringify({ a: chars(HEX, 32), b: uuid(), c: chars(AN, 40) }))}`,
    // stand-ins in the documented format
    `PX_API_KEY=px-api-00000000-0000-0000-0000-000000000000`,
    `VOYAGE_API_KEY=pa-${"x".repeat(43)}`,
  ])("%j", (text) => {
    const formats = [
      "tines_webhook",
      "alchemy_api_key",
      "adafruit_io_key",
      "coze_token",
      "voyage_api_key",
      "new_relic_key",
      "facebook_access_token",
      "pixie_api_key",
      "cloudflare_tunnel_token",
    ];
    expect(typesIn(text).filter((t) => formats.includes(t))).toEqual([]);
  });
});
