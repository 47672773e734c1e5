// Round 42's token and key formats beside the attack tests' cases (attack-vault-root-tokens,
// attack-asana-personal-access-tokens, attack-wallet-private-keys, attack-armoured-key-files): their
// neighbours, and the look-alikes that must stay.
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { Scanner } from "../../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
const shown = (text: string) =>
  JSON.stringify(scanner.scan({ content: [{ type: "text", text }] }, "result", () => true).value);

describe("Vault tokens", () => {
  const LEGACY = "s.Hh8ygaRuZPmFEPbzcqpIPyM2";
  it.each([
    `vault login ${LEGACY}`,
    `export VAULT_TOKEN=${LEGACY}`,
    `curl -H "X-Vault-Token: ${LEGACY}" https://vault.acme.io:8200/v1/secret/data/app`,
    `echo ${LEGACY} | vault login -`,
    `vault token lookup\nid                  ${LEGACY}.QTBVD\npath                auth/token/create`,
    `hvs.IkgWmCBFfJkHAQeBHMQCZ3yU.QTBVD`,
  ])("is found in: %s", (text) => {
    expect(shown(text)).not.toContain("Hh8ygaRuZPmFEPbzcqpIPyM2");
    expect(shown(text)).not.toContain("IkgWmCBFfJkHAQeBHMQCZ3yU");
  });

  it.each([
    // No Vault word near: s. and 24 characters is a file's or a module's name as often as a token.
    `import s.Hh8ygaRuZPmFEPbzcqpIPyM2 from "./x"`,
    // Near one, a lower-case word or a dotted name is not a token.
    "vault status shows s.abcdefghijklmnopqrstuvwx as sealed",
    "see vault docs at docs/s.Hh8ygaRuZPmFEPbzcqpIPyM2",
  ])("stays in: %s", (text) => {
    expect(shown(text)).toBe(JSON.stringify({ content: [{ type: "text", text }] }));
  });
});

describe("Asana personal access tokens", () => {
  const SECRET = "0c4a9f1e7b2d8e6a5f3c1b9d7e0a2c4f";
  it.each([
    `token = "2/1204793512688467/1207301945613329:${SECRET}"`,
    `ASANA=1/1199450238876127:${SECRET}`,
    `client = asana.Client.access_token("1/8312745:${SECRET}")`,
    // A bearer token is read whole, colon and all, whoever issued it.
    `Authorization: Bearer 7f3a9c2e51b84d06:${SECRET}`,
  ])("is found in: %s", (text) => {
    expect(shown(text)).not.toContain(SECRET);
  });

  it.each([
    // Dates, fractions and paths are not a token; nor is a hash after a path's number.
    "due 12/2/2024: 0c4a9f1e7b2d8e6a5f3c1b9d7e0a2c4f",
    "/repos/1/1199450238876127:0c4a9f1e7b2d8e6a5f3c1b9d7e0a2c4f",
  ])("stays in: %s", (text) => {
    expect(shown(text)).toBe(JSON.stringify({ content: [{ type: "text", text }] }));
  });
});

describe("wallet private keys", () => {
  const VPRV =
    "vprv9DMUxX4ShgxMLp4yfLmHWr46wJ2A44VDCZTbDdxJ7sqdrtzNYR4GbcPvfKJ9y1vjmJ3ALre9yemBegBVPV8bYrLGWtRzfWhnvTHS8MpRanL";
  const ZPRV_MULTISIG =
    "ZprvAhadJRUYsNgeAZzpwSNmBGmvLxeD2u8oBHC9GUoP1gBZhUpCKT6oAytQYr5yX5mKdKaNDM2WhWZtJzFWZVwbtHBLpiL6QZSju5otGaEEGSV";
  const TESTNET_WIF = "cPiFA7oa6jGavhFnSCzgTkqL5uXeM9WgGoHfXHaRzRWUAVk1GAkf";
  const TESTNET_WIF_UNCOMPRESSED = "924ubh4JU8K2o9fhCbtas1sNYUJpRxQ36r19jCutRnt5oAmHpcj";
  it.each([
    [`wsh(sortedmulti(2,${VPRV}/0/*,${ZPRV_MULTISIG}/0/*))`, VPRV],
    [`wsh(sortedmulti(2,${VPRV}/0/*,${ZPRV_MULTISIG}/0/*))`, ZPRV_MULTISIG],
    [`importprivkey ${TESTNET_WIF} "" false`, TESTNET_WIF],
    [`"${TESTNET_WIF_UNCOMPRESSED}"`, TESTNET_WIF_UNCOMPRESSED],
  ])("is found in: %s", (text, key) => {
    expect(shown(text)).not.toContain(key);
  });

  const XPUB =
    "xpub661MyMwAqRbcFtXgS5sYJABqqG9YLmC4Q1Rdap9gSE8NqtwybGhePY2gYzF6QUHEhA5E1u7cNtTjwL9xYmgcCayPLrHSAxXcP5Jjeqy2KBA";
  it.each([
    // A public key is no secret.
    `Account xpub: ${XPUB}`,
    // One character changed: the checksum fails, and random Base58 or bech32 of the shape is no key.
    `descriptor: wpkh(${VPRV.slice(0, 60)}X${VPRV.slice(61)}/0/*)`,
    `WIF: ${TESTNET_WIF.slice(0, 30)}Z${TESTNET_WIF.slice(31)}`,
    "nsec1vc76c8nwnyjvyy9unhfjla5h599vgkumcuas7de23hczu5u93l7qt64sc2",
    "npub1vc76c8nwnyjvyy9unhfjla5h599vgkumcuas7de23hczu5u93l7qt64sc0",
  ])("stays in: %s", (text) => {
    expect(shown(text)).toBe(JSON.stringify({ content: [{ type: "text", text }] }));
  });
});

describe("key files that are not PEM private keys", () => {
  const V2_BODY =
    "qH8bwT7L5nJ0d2sVx3yZ9mK4pR6uE1cA0fG2hJ3kL4mN5oP6qR7sT8uV9wX0yZ1a\n" +
    "B2c3D4e5F6g7H8i9J0kL1mN2oP3qR4sT5uV6wX7yZ8aB9cD0eF1gH2iJ3kL4mN5o\n" +
    "Zx9Yw8Vu7Ts6Rq5Po4Nm3Lk2Ji1Hg0Fe9Dc8Ba7zY6xW5vU4tS3rQ2pO1nM0lK9j";
  it.each([
    [
      "a tls-crypt-v2 client key",
      `<tls-crypt-v2>\n-----BEGIN OpenVPN tls-crypt-v2 client key-----\n${V2_BODY}\n-----END OpenVPN tls-crypt-v2 client key-----\n</tls-crypt-v2>`,
      "B2c3D4e5F6g7H8i9J0kL1mN2oP3qR4sT",
    ],
    [
      "a static key in an escaped copy",
      "-----BEGIN OpenVPN Static key V1-----\\ned2bfb0d1dce81a669a210103973ecde\\nc7f64bb673d9013b7bd7ddcae6b6a87d\\n-----END OpenVPN Static key V1-----",
      "c7f64bb673d9013b7bd7ddcae6b6a87d",
    ],
    [
      "a minisign secret key in a CI variable, without its comment",
      "MINISIGN_KEY=RWRTY0IyTfMgXGSdsATzv1xSocQWPkaFj9WdXxBOgG5HivnfFo5VQee9/+dfzEG113AAVtVRQKfST9d74YZIIlva0lnMediaubXd7nEUjt5tA2TRkyRkn/SWY2ZFsPwNSO3Zx57jSZ6H8XpFntHAoX+zVeIn1jy8/2igPdHmXD84dbzCueiBCOB7wJA5SXQdMgb/+sspFT18bPWGoVg=",
      "RWRTY0IyTfMgXGSdsATzv1xSocQWPkaFj9WdXxBOgG5H",
    ],
  ])("%s is not shown with its key", (_, text, part) => {
    expect(shown(text)).not.toContain(part);
  });

  it.each([
    // Public keys and signatures of minisign and signify are published; a header alone is documentation.
    "untrusted comment: minisign public key 5C20F34C4E324653\nRWRTY0IyHgZ2f5x0u3MNvq2w9kqPNwP4F0M4x9hJ7mW1b2c3d4e5f6g7",
    "untrusted comment: signify public key\nRWRCSwAAACqHJyOFV56IgpEQjv6MF/RKMg8d3bbomXcF3O5rfBwmlNTX",
    "untrusted comment: signature from minisign secret key\nRUQf6LRCGA9i53mlYecO4IzT51TGPpvWucNSCh1CBM0QTaLn73Y7GFO3DNm6eJJX1dm0cJ5Bx3Tz7V1BbNNKAABbbS1xDw8GHAg=",
    "Paste the key between -----BEGIN OpenVPN Static key V1----- and -----END OpenVPN Static key V1----- lines.",
  ])("stays: %s", (text) => {
    expect(shown(text)).toBe(JSON.stringify({ content: [{ type: "text", text }] }));
  });
});
