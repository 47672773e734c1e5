// Attack (round 41, found from outside): private JSON Web Keys pass the scan in the shapes a tool really
// returns them, other than one JSON text with `"kty":"RSA|EC|OKP"` and `"d":"…"` (vendor-token-rules.ts):
// - as a parsed object (a tool's structuredContent, or a call's arguments): `{ kty: "EC", …, d: "…" }`, which
//   docs/detection.md says is judged "as that pair written in text is" for a name these rules read;
// - a symmetric key, `{"kty":"oct","k":"…"}` (RFC 7518 §6.4: the whole key is private; the HS256/A256GCM keys
//   of jose, Hasura's and Ory's JWKS);
// - a Python dict as `print(key.export(as_dict=True))` (jwcrypto) writes it, single quotes.
// README: secrets and private keys are redacted or blocked. A correct guard finds each and redacts its
// private members (d, k).
import { createSecretKey, generateKeyPairSync, randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { Scanner } from "../../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
/** Every type set to redact: what would be forwarded, as JSON text. */
const forwarded = (value: unknown) => JSON.stringify(scanner.scan(value, "result", () => true).value);

const ec = generateKeyPairSync("ec", { namedCurve: "P-256" }).privateKey.export({ format: "jwk" });
const d = ec.d as string;

describe("private JSON Web Keys in other shapes", () => {
  it("a JWKS in a result's structuredContent is redacted", () => {
    // the same key as JSON text is redacted (the rule this door is beside)
    expect(forwarded({ text: JSON.stringify(ec) }).includes(d)).toBe(false);
    const result = { structuredContent: { keys: [{ ...ec, kid: "es256-2026", use: "sig", alg: "ES256" }] } };
    expect(forwarded(result).includes(d), "the EC key's d passed in structuredContent").toBe(false);
  });

  it("a private JWK in a call's arguments is found", () => {
    const args = { name: "jwt_sign", arguments: { payload: { sub: "svc-billing" }, key: ec } };
    const { findings } = scanner.scan(args, "params", () => true);
    expect(
      findings.map((f) => f.type),
      "no finding for a private JWK argument",
    ).not.toEqual([]);
  });

  it("a symmetric (oct) JWK is redacted", () => {
    const k = createSecretKey(randomBytes(32)).export({ format: "jwk" }).k as string;
    const text = JSON.stringify({ keys: [{ kty: "oct", kid: "hs256-2026", use: "sig", alg: "HS256", k }] });
    expect(forwarded({ text }).includes(k), "the oct key's k passed").toBe(false);
  });

  it("a JWK printed as a Python dict is redacted", () => {
    const text = `{'crv': 'P-256', 'd': '${d}', 'kty': 'EC', 'x': '${ec.x as string}', 'y': '${ec.y as string}'}`;
    expect(forwarded({ text }).includes(d), "the EC key's d passed in a Python dict").toBe(false);
  });

  // Round 41's review: the key's "kty" was looked for within 2,000 characters of a member, so a 4096-bit RSA
  // key printed as text that is not JSON (where the object reading does not apply) kept dp, dq and qi, each
  // enough to factor n; and a symmetric key beside it in a key set must not be taken for its kty.
  it("a 4096-bit RSA JWK printed as a Python dict, beside an oct key, is redacted whole", () => {
    const rsa = generateKeyPairSync("rsa", { modulusLength: 4096 }).privateKey.export({ format: "jwk" });
    const dict = (key: object) =>
      `{${Object.entries(key)
        .map(([name, value]) => `'${name}': '${String(value)}'`)
        .join(", ")}}`;
    const k = createSecretKey(randomBytes(32)).export({ format: "jwk" }).k as string;
    const text = `keys = [${dict(rsa)}, ${dict({ kty: "oct", kid: "hs256", k })}]`;
    const out = forwarded({ text });
    const passed = ["d", "p", "q", "dp", "dq", "qi"].filter((m) => out.includes(rsa[m] as string));
    expect(passed, "the RSA key's private members that passed").toEqual([]);
    expect(out.includes(k), "the oct key's k passed").toBe(false);
  });
});
