// Attack (round 41, found from outside): an RSA private key written as a JSON Web Key (RFC 7518 §6.3) is
// "redacted" with only its "d" replaced: its primes "p" and "q" and the CRT values "dp", "dq", "qi" pass as
// they are. Either prime alone factors the public modulus "n" beside it, so the redacted text still hands over
// the whole private key. This is the JWKS a service signs its tokens with (oidc-provider's and node-jose's
// keystores, `jose` exports, Keycloak realm exports), as a file-reading or secret-manager tool returns it.
// docs/detection.md: "a value found in a view is redacted where it is written" and README: secrets are
// redacted; vendor-token-rules.ts reads "JSON Web Keys that carry a private part" as private keys. A correct
// guard redacts every private member of a private JWK (d, p, q, dp, dq, qi, oth), or the key whole.
import { generateKeyPairSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { Scanner } from "../../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
/** Every type set to redact: what would be forwarded. */
const forwarded = (text: string) => scanner.scan({ text }, "result", () => true).value as { text: string };

const jwk = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ format: "jwk" });
const jwks = JSON.stringify({ keys: [{ ...jwk, kid: "sig-2026-01", use: "sig", alg: "RS256" }] }, null, 2);

describe("a private RSA JWK is redacted whole", () => {
  it.each(["p", "q", "dp", "dq", "qi"] as const)(
    "its %s does not pass (it recovers the private key)",
    (member) => {
      const out = forwarded(jwks).text;
      expect(out.includes(jwk[member] as string), `the JWK's "${member}" passed unredacted`).toBe(false);
    },
  );
});
