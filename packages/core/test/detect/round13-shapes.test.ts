import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { Scanner } from "../../src/detect/scanner.js";
import { chars } from "./samples.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
const typesIn = (text: string) => [...new Set(scanner.spans(text).map((s) => s.type))];

const AN = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const URLSAFE = `${AN}_-`;

describe("a vendor's shape glued to more base64 is part of that longer string", () => {
  // Google API keys are 39 characters; one followed by "=" padding is the head of some other base64 value.
  it("leaves a Google-key look-alike that runs on into base64 padding", () => {
    expect(typesIn(`AIzaSy${chars(URLSAFE, 33)}==`)).toEqual([]);
    expect(typesIn(`"blob": "AIza${chars(URLSAFE, 35)}="`)).toEqual([]);
  });

  it("still finds the same key standing on its own, quoted, or before a query's next field", () => {
    const key = `AIzaSy${chars(URLSAFE, 33)}`;
    expect(typesIn(key)).toEqual(["google_api_key"]);
    expect(typesIn(`maps_key: "${key}"`)).toContain("google_api_key");
    expect(typesIn(`https://maps.googleapis.com/maps/api/js?key=${key}&callback=init`)).toContain(
      "google_api_key",
    );
  });

  it("still finds a token whose own format ends in padding (PubNub's base64 secret key)", () => {
    expect(typesIn(`secret_key: "sec-c-${chars(AN, 48)}=="`)).toContain("pubnub_secret_key");
  });

  it("still finds a GitHub token assigned with = after it in a URL's query", () => {
    const token = `ghp_${chars(AN, 36)}`;
    expect(typesIn(`https://example.org/hook?token=${token}&next=1`)).toContain("github_token");
  });
});

describe("vendor formats checked against their documentation this round", () => {
  it("finds Pinterest refresh tokens (pinr) as it finds access tokens (pina)", () => {
    expect(typesIn(`PINTEREST_REFRESH_TOKEN=pinr_${chars(AN, 120)}`)).toContain("pinterest_access_token");
    expect(typesIn(`Authorization: Bearer pina_${chars(AN, 120)}`)).toContain("pinterest_access_token");
  });

  it("leaves words that merely start with pinr_ (identifiers, not tokens)", () => {
    expect(typesIn("const pinr_count = pinr_total - pinr_skipped;")).toEqual([]);
  });

  it("leaves the test key printed in Mollie's authentication guide, but finds another key of its shape", () => {
    expect(typesIn("-H 'Authorization: Bearer test_dHar4XY7LxsDOtmnkVtjNVWXLSlXsM'")).toEqual([]);
    const real = `live_${chars("ABCDEFGH", 4)}${chars("0123456789", 3)}${chars(AN, 20)}${chars("abcdefg", 3)}`;
    expect(typesIn(`MOLLIE_API_KEY=${real}`).length).toBeGreaterThan(0);
  });
});

describe("a secret store's address or an encrypted envelope under a credential's name is not the secret", () => {
  it.each([
    'password: "projects/billing-prod/secrets/db-password/versions/latest"',
    "DB_PASSWORD=vault:secret/data/billing#password",
    'api_key = "secretsmanager:prod/payments/api-key"',
    'password: "ssm:/prod/db/password"',
    'db_password: "ENC[PKCS7,MIIBiQYJKoZIhvcNAQcDoIIBejCCAXYCAQAxggEhMIIBHQIBADAFMAACAQEwDQYJKoZIhvcNAQEBBQAEggEAd]"',
    'secret: "ENC[AES256_GCM,data:Tr7oYb2k,iv:1XzpQ=,tag:Z8Qa==,type:str]"',
    'spring.datasource.password: "{cipher}AQA3k2V9bXk2Lp0qWzR7"',
    // An AWS Encryption SDK message, as an AWS page cursor's EncryptedToken carries one.
    '{"EncryptedToken":"AYABeMxF2XJVOrHoJJkPHEz+Cj8AHQABABVhd3MtY3J5cHRvLXB1YmxpY19rZXkAREEybFZORnBXZGd4YWxrbGVIVXRkVUZSTkVoU1RteGFlVXM9In0="}',
  ])("leaves %s", (line) => {
    expect(typesIn(line)).toEqual([]);
  });

  it.each([
    // The same words starting a written value, with no path or envelope after them, still name a secret.
    'password: "vault:Xk29#pQ7mWz"',
    'secret: "vault:Xk29pQ7wLmN4vB8zT5"',
    'api_key = "ssm-Xk29pQ7wLmN4vB8zT"',
    'password: "projects-Xk29pQ7w"',
    'password: "ENC-9fK2pL7qXw"',
    // base64 without an envelope's marker is judged as any value.
    'password: "AgBy3i4OJSWK+PiTySYZZA=="',
    // The Encryption SDK's marker on a value too short to hold its message's header is no envelope, and a
    // whole message under a name that does not say it is encrypted is judged as any value.
    'token: "AYABeMxF2XJVOrHoJJkPHEz+Cj8A"',
    "LONG_CREDENTIAL: AgV4TakqXDSaUSruBPiKENLUg+aN/Z5HzG4y5q21GOWteXBNZSVXAh1G8ZCdf8AKaa73TipBRAOT0gI0o2xrm1AF",
    'secret: "AYABeMxF2XJVOrHoJJkPHEz+Cj8AHQABABVhd3MtY3J5cHRvLXB1YmxpY19rZXkAREEybFZORnBXZGd4YWxr"',
  ])("still finds %s", (line) => {
    expect(typesIn(line)).toContain("secret_assignment");
  });
});
