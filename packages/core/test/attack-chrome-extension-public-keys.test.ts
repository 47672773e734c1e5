// False refusal (round 49, found from outside): every Chrome extension's manifest.json that pins its ID holds
// `"key": "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA…"`, the extension's RSA public key (a DER
// SubjectPublicKeyInfo in base64; Chrome derives the extension ID from it). The scanner reads "key" and the
// long base64 value as a secret and redacts it, so an agent inspecting an installed extension (the manifests
// under ~/.config/google-chrome/*/Extensions, osv-scalibr's chrome extension fixtures) or writing a manifest
// for a developer gets it refused. The value opens with the DER of an RSA or EC public key, which no private
// key or token does; a correct guard lets a SubjectPublicKeyInfo pass, as it lets `public key:` lines pass.
import { describe, expect, it } from "vitest";
import { DEFAULT_ACTIONS, FALLBACK_ACTIONS } from "../src/detect/actions.js";
import { builtInDetectors } from "../src/detect/detectors.js";
import { Scanner } from "../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
/** What the client is shown under the default actions (a type the table does not know counts as a secret). */
const shown = (text: string) => {
  const redacted = (type: string) => (DEFAULT_ACTIONS[type] ?? FALLBACK_ACTIONS).response === "redact";
  const out = scanner.scan({ content: [{ type: "text", text }] }, "result", redacted);
  return (out.value as { content: { text: string }[] }).content[0]!.text;
};

// Google Translate's manifest.json, as installed (trimmed to the fields around its key).
const MANIFEST = [
  "{",
  '  "manifest_version": 3,',
  '  "name": "__MSG_8969005060131950570__",',
  '  "key": "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAn63z2qlY6z95k7bDJzL4lFr5DpblIH7woqBb0g1dXjQe06cXaZxwLRqf9nDh8vsoAnpHeVRkg1zEyX3soIE9n8Vzoz93ayW9V/6hnAqGpgV6FJpyDe+USU99YcM46vEv9cVPLlKDBpCV9vUs3sKXsLM8F1yEDyHRnkH1WAQIDAQAB",',
  '  "version": "2.0.16"',
  "}",
  "",
].join("\n");

describe("an extension manifest's public key", () => {
  it("a private key's base64 under the same name is redacted (the harness sees what the scanner does)", () => {
    const pkcs8 =
      "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQCfHy1M4jghaHyaVAILzx9cDy8RXtcaP95pC7EY8JlNEIG4DIIng9Izlr";
    expect(shown(`{"key": "${pkcs8}"}`)).not.toContain(pkcs8);
  });

  it("the manifest passes unchanged", () => {
    expect(shown(MANIFEST)).toBe(MANIFEST);
  });
});
