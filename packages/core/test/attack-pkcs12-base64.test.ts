// Attack (round 41, found from outside): a PKCS#12 (PFX) bundle written as base64 carries a private key, yet
// it passes the scan whole. This is how a certificate with its key really travels as text: Azure Key Vault
// returns a certificate's secret as base64 PFX (`az keyvault secret show`, contentType
// application/x-pkcs12, no password), CI systems keep signing certificates as `*_P12_BASE64` variables, and
// a keystore.p12 sits base64'd in manifests. docs/detection.md promises private keys "in PEM armour" and as
// "bare base64 of their DER encoding" (der-private-keys.ts), and README promises secrets are redacted or
// blocked; the same key, cut out of the bundle and base64'd, is found, but inside the PFX (a SEQUENCE whose
// version is 3, the key in a keyBag, here unencrypted as Key Vault hands it out) nothing is reported, so a
// server's result hands the model the key and an argument carrying it reaches the server.
// A correct guard recognises a base64 PKCS#12 bundle (version 3, PKCS#7 data, its bag OIDs) as a private key.
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../src/detect/detectors.js";
import { Scanner } from "../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
/** Every type set to redact: the findings and what would be forwarded. */
const scan = (value: unknown) => scanner.scan(value, "result", () => true);

/** `openssl pkcs12 -export -keypbe NONE -certpbe NONE` of a throwaway P-256 key and its certificate. */
const PFX_BASE64 =
  "MIIDhwIBAzCCA0EGCSqGSIb3DQEHAaCCAzIEggMuMIIDKjCCAiwGCSqGSIb3DQEHAaCCAh0EggIZMIICFTCCAhEGCyqGSIb3DQEMCgEDoIIBujCCAbYGCiqGSIb3DQEJFgGgggGmBIIBojCCAZ4wggFDoAMCAQICFF3ui35VbA/J6lrdxpGLTtsYUfq4MAoGCCqGSM49BAMCMCQxIjAgBgNVBAMMGWFwaS5hY21lLXBheW1lbnRzLmV4YW1wbGUwHhcNMjYxMTI3MTY1NzM3WhcNMjcxMTI3MTY1NzM3WjAkMSIwIAYDVQQDDBlhcGkuYWNtZS1wYXltZW50cy5leGFtcGxlMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEy9wXkLyXKDH9kxQ744AgPF+6Gt8JU6djCqjq48Ao+AGidk9AgvDRPQ+gIcwFYWM2rre5mFy4TUGzRQd6vbq1kaNTMFEwHQYDVR0OBBYEFB2y4P98O7n9CZkstdi/HA+lbYhUMB8GA1UdIwQYMBaAFB2y4P98O7n9CZkstdi/HA+lbYhUMA8GA1UdEwEB/wQFMAMBAf8wCgYIKoZIzj0EAwIDSQAwRgIhAOcpTihO1Zgrt2fu/14QIJ+NhtASrMFqluk4ciMmPETGAiEAhzWR31ub0pvVo6s9JXGB62yuW2Slbdyr/W0CEVYZZmoxRDAdBgkqhkiG9w0BCRQxEB4OAGEAcABpAC0AdABsAHMwIwYJKoZIhvcNAQkVMRYEFDiW+LUiJkedzP9Y9p7+FAMvbRvdMIH3BgkqhkiG9w0BBwGggekEgeYwgeMwgeAGCyqGSIb3DQEMCgEBoIGKMIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgTbST822PxeRv0ssUS10Mp28VDB4/0MntPLMpwWJMh/WhRANCAATL3BeQvJcoMf2TFDvjgCA8X7oa3wlTp2MKqOrjwCj4AaJ2T0CC8NE9D6AhzAVhYzaut7mYXLhNQbNFB3q9urWRMUQwHQYJKoZIhvcNAQkUMRAeDgBhAHAAaQAtAHQAbABzMCMGCSqGSIb3DQEJFTEWBBQ4lvi1IiZHncz/WPae/hQDL20b3TA9MDEwDQYJYIZIAWUDBAIBBQAEID+WF6U5KlXhkU3BS9Iht4jDmbj6TRfB8W+Vnc5exlCwBAi//NH+ydviMQ==";

/** The PKCS#8 private key inside the bundle, in clear: SEQUENCE (0x87 bytes), version 0, id-ecPublicKey. */
function keyInside(pfx: string): string {
  const bytes = Buffer.from(pfx, "base64");
  const start = bytes.indexOf(Buffer.from("3081870201003013" + "06072a8648ce3d0201", "hex"));
  expect(start).toBeGreaterThan(0);
  return bytes.subarray(start, start + 3 + 0x87).toString("base64");
}

describe("a PKCS#12 bundle in base64 is a private key", () => {
  /** The key the bundle holds, cut out and base64'd, is found on its own: the bundle really carries it. */
  const keyFoundAlone = () =>
    expect(scan(`PRIVATE_KEY=${keyInside(PFX_BASE64)}`).findings.map((f) => f.type)).toContain("private_key");

  it("az keyvault secret show of a certificate (structuredContent) is redacted", () => {
    const secret = {
      attributes: { enabled: true, exportable: true, recoverableDays: 90 },
      contentType: "application/x-pkcs12",
      id: "https://acme-prod-kv.vault.azure.net/secrets/api-tls/5b1f0c2a9d8e4f7a8c3b2d1e0f9a8b7c",
      kid: "https://acme-prod-kv.vault.azure.net/keys/api-tls/5b1f0c2a9d8e4f7a8c3b2d1e0f9a8b7c",
      managed: true,
      name: "api-tls",
      tags: {},
      value: PFX_BASE64,
    };
    const out = scan({
      structuredContent: secret,
      content: [{ type: "text", text: JSON.stringify(secret, null, 2) }],
    });
    expect(
      JSON.stringify(out.value).includes(PFX_BASE64.slice(0, 200)),
      "the PFX's base64 passed unredacted",
    ).toBe(false);
  });

  it("a CI variable holding the signing certificate bundle is redacted", () => {
    keyFoundAlone();
    const text = [
      "# Settings > Secrets and variables > Actions, exported for the migration",
      `BUILD_CERTIFICATE_BASE64=${PFX_BASE64}`,
      "KEYCHAIN_NAME=build.keychain",
    ].join("\n");
    const out = scan(text).value as string;
    expect(out.includes(PFX_BASE64.slice(0, 200)), "the PFX's base64 passed unredacted").toBe(false);
  });
});
