// Attack (round 42, found from outside): round 41 (81785e3d, 262dd373) made every private member of a JSON Web
// Key found "in every shape": JSON, a Python dict, an object. README promises secrets are redacted in results;
// a private RSA key's `d` (or `p`, `q`, `dq` …, each of which rebuilds the key) and an EC, OKP or oct key's
// `d`/`k` are private keys. But the shapes a developer's tool actually prints a key in are not read:
// - Node's console.log / util.inspect of a key from `crypto.KeyObject.export({ format: "jwk" })` or jose's
//   `exportJWK` (`{ kty: 'RSA', n: '…', e: 'AQAB', d: '…', p: '…', … }`: keys unquoted, values in single quotes),
//   what a shell tool running `node -e` returns;
// - Ruby's `p`/irb inspect of a hash from the jwt gem's `JWT::JWK#export(include_private: true)`
//   (`{:kty=>"RSA", :n=>"…", :d=>"…"}`);
// - YAML as `yq -y`, Kubernetes or a config file write it (`kty: RSA` / `d: …` on lines of their own).
// Each reaches the client whole, while the same key as JSON (control) is redacted. A correct guard reads a
// private member beside its kty in these printed forms too.
import { generateKeyPairSync } from "node:crypto";
import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../src/detect/detectors.js";
import { Scanner } from "../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
/** A shell tool's result, every type set to redact: what reaches the client. */
const shown = (text: string) =>
  JSON.stringify(scanner.scan({ content: [{ type: "text", text }] }, "result", () => true).value);

type Jwk = Record<string, string>;
const rsa = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ format: "jwk" }) as Jwk;
const ec = generateKeyPairSync("ec", { namedCurve: "P-256" }).privateKey.export({ format: "jwk" }) as Jwk;
const ed = generateKeyPairSync("ed25519").privateKey.export({ format: "jwk" }) as Jwk;

const ruby = (jwk: Jwk) =>
  `{${Object.entries(jwk)
    .map(([k, v]) => `:${k}=>${JSON.stringify(v)}`)
    .join(", ")}}`;
const yaml = (jwk: Jwk) =>
  Object.entries(jwk)
    .map(([k, v]) => `${k}: ${v}`)
    .join("\n");

const KEYS: Record<string, Jwk> = { rsa, ec, ed25519: ed };
const SHAPES: Record<string, (jwk: Jwk) => string> = {
  "node util.inspect": (jwk) => inspect(jwk, { breakLength: 120 }),
  "ruby hash inspect": ruby,
  yaml: yaml,
  // Review of round 42: YAML of a key with its members sorted (as jwcrypto orders them) opens with `d: …`.
  "yaml, members sorted": (jwk) =>
    yaml(Object.fromEntries(Object.entries(jwk).sort(([a], [b]) => (a < b ? -1 : 1)))),
};

describe("a private JSON Web Key as tools print it", () => {
  const cases = Object.entries(KEYS).flatMap(([key, jwk]) =>
    Object.entries(SHAPES).map(([shape, print]) => [`${key} as ${shape}`, jwk, print] as const),
  );
  it.each(cases)("%s does not reach the client with its d", (_name, jwk, print) => {
    const d = jwk.d as string;
    // the rule this door is beside: the same key as JSON
    expect(shown(JSON.stringify(jwk, null, 2)).includes(d)).toBe(false);
    const text = print(jwk);
    expect(
      shown(text).includes(d),
      `the private member d reached the client in:\n${text.slice(0, 200)}…`,
    ).toBe(false);
  });
});
