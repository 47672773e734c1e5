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
