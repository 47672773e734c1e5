// Attack: a private key with its PEM armour stripped, the bare base64 of its DER encoding, as a key is kept in
// an environment variable or a JSON field (`SIGNING_KEY=MIIEvQIBADANBgkq…`). Without the BEGIN/END lines no
// header rule saw it, and the whole key passed. Through the real bridge, the recording server and a raw client,
// no such key may reach the server in arguments nor the client in a result; a public key in the same form still
// passes unchanged.
import { generateKeyPairSync } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { echoOutcomes, recorded, recorderWithResults, resultTexts } from "../src/index.js";

/** The base64 body of a PEM text, its lines joined. */
const body = (pem: string | Buffer) => String(pem).trim().split("\n").slice(1, -1).join("");

const rsa = generateKeyPairSync("rsa", { modulusLength: 1024 });
const RSA_PKCS8 = body(rsa.privateKey.export({ type: "pkcs8", format: "pem" }));
// Round 16 review: the armour deleted and the body's 64-character lines left as they were.
const RSA_LINES = String(
  generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ type: "pkcs1", format: "pem" }),
)
  .trim()
  .split("\n")
  .slice(1, -1);
const RSA_WRAPPED = RSA_LINES.join("\n");
const EC_SEC1 = body(
  generateKeyPairSync("ec", { namedCurve: "P-256" }).privateKey.export({ type: "sec1", format: "pem" }),
);
const ED25519 = body(generateKeyPairSync("ed25519").privateKey.export({ type: "pkcs8", format: "pem" }));
const PUBLIC = body(rsa.publicKey.export({ type: "spki", format: "pem" }));
// A part of each key's secret material, far from its fixed header.
const SECRETS = [...[RSA_PKCS8, EC_SEC1, ED25519].map((k) => k.slice(-40, -4)), ...RSA_LINES.slice(4, -1)];

const ATTACKS: object[] = [
  { env: `SIGNING_KEY=${RSA_PKCS8}` },
  { note: `use ${EC_SEC1} for the webhook` },
  { material: ED25519 },
  { env: `SIGNING_KEY=\n${RSA_WRAPPED}\n` },
  // Review of round 17: characters glued to the key's end, for the server to strip.
  { glued: `${RSA_PKCS8}QUJDREVG` },
];
const ORDINARY: object[] = [{ publicKey: PUBLIC }];
const text = (t: string) => ({ type: "text", text: t });
const RESULTS = {
  bare_rsa: { content: [text(`{"private_key": "${RSA_PKCS8}", "expires": "never"}`)] },
  bare_ec: { content: [text(`key ${EC_SEC1}`)] },
  wrapped_rsa: { content: [text(`Stored key:\n${RSA_WRAPPED}\nRotate yearly.`)] },
};

const { home, log } = recorderWithResults(RESULTS);
afterAll(() => home.cleanup());

describe("a private key as bare base64 DER, without its armour", () => {
  it("never reaches the server in arguments", async () => {
    const { outcomes } = await echoOutcomes(home, log, [...ATTACKS, ...ORDINARY]);
    const reached = JSON.stringify(recorded(log));
    expect(SECRETS.filter((s) => reached.includes(s))).toEqual([]);
    expect(outcomes.slice(0, ATTACKS.length)).toEqual(ATTACKS.map(() => "sensitive_data"));
    expect(outcomes.slice(ATTACKS.length)).toEqual(ORDINARY.map(() => "forwarded"));
    expect(reached).toContain(PUBLIC);
  });

  it("never reaches the client in a result", async () => {
    const texts = await resultTexts(home, Object.keys(RESULTS));
    const all = Object.values(texts).join("\n");
    expect(SECRETS.filter((s) => all.includes(s))).toEqual([]);
    expect(texts.bare_rsa).toContain("never");
    expect(texts.wrapped_rsa).toContain("Rotate yearly.");
  });
});
