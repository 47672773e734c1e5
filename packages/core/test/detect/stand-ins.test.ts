// Round 9 of the secret rules: what stands in a credential's place without being one (references of other
// template languages, calls on a member path, format slots, a field's short name, a token signed by a word),
// each beside a real-looking value of the same shape that is still found. Random bodies come from samples.ts.
import { generateKeyPairSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { Scanner } from "../../src/detect/scanner.js";
import { chars } from "./samples.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
const secretsIn = (text: string) =>
  scanner
    .spans(text)
    .filter((s) => s.category === "secret")
    .map((s) => s.type);

const AN = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const URL = `${AN}_-`;

describe("references and code in a value's place (round 9)", () => {
  it.each([
    // Compose's and make's escaped reference, Symfony's environment processor
    ["db_password: $$DB_PASSWORD"],
    ["api_secret: '%env(APP_SECRET)%'"],
    ['mailer_password: "%env(resolve:MAILER_PASSWORD)%"'],
    // a call on a member path, quoted as code generators and tests write it
    [`admin_password = "vault.readSecret()";`],
    // Python's and C#'s positional format slots
    ['db_password = "pre_{}".format(suffix)'],
    [`string secret = "Key-{0}-Pass";`],
    // the field's own short name in a URL's password
    ["amqp://guest:pw@queue.internal:5672"],
  ])("%s", (text) => {
    expect(secretsIn(text)).toEqual([]);
  });

  it.each([
    [`db_password: $$7${chars(AN, 15)}`, "two dollars and a digit start no name"],
    [`amqp://guest:${chars(AN, 14)}9@queue.internal:5672`, "a real password in the URL"],
    [`db_password = "pre_${chars(AN, 10)}7x{}"`, "a literal secret beside the slot"],
  ])("still found: %s (%s)", (text) => {
    expect(secretsIn(text).length).toBeGreaterThan(0);
  });
});

describe("a JSON Web Token signed by a word is a stand-in (round 9)", () => {
  const header = "eyJhbGciOiJIUzI1NiJ9";
  const payload = "eyJpc3MiOiJiaWxsaW5nLXNlcnZpY2UiLCJzdWIiOiJ1c2VyLTQ0MiJ9";
  it("a third part too short to be a signature", () => {
    expect(secretsIn(`Authorization: Bearer ${header}.${payload}.signature`)).not.toContain("jwt");
    expect(secretsIn(`${header}.${payload}.sig`)).not.toContain("jwt");
  });
  it("a signed token and an unsigned one (alg none) are still tokens", () => {
    expect(secretsIn(`${header}.${payload}.${chars(URL, 43)}`)).toContain("jwt");
    expect(secretsIn(`eyJhbGciOiJub25lIn0.${payload}.`)).toContain("jwt");
  });
});

describe("Square's application id is public (round 9)", () => {
  it("sq0idp- names an application, as every checkout page does", () => {
    expect(secretsIn(`var applicationId = 'sq0idp-${chars(URL, 22)}';`)).not.toContain("square_token");
  });
  it("an access token and an application secret are still found", () => {
    expect(secretsIn(`sq0atp-${chars(URL, 22)}`)).toContain("square_token");
    expect(secretsIn(`sq0csp-${chars(URL, 43)}`)).toContain("square_token");
  });
});

describe("a variable, a member path or a public key's token in a value's place (round 9)", () => {
  it.each([
    // a member path with numbered names, as transpilers write it
    ["var key = _step2.value.key;"],
    // a variable of words passed on, and another field named for a credential
    ['data = {"login": login, "password": new_password, "previousPassword": old}'],
    ['reset(new_password, "previousPassword")'],
    // .NET's public key token names a signing key that is public
    ['<assemblyIdentity name="Contoso.Core" publicKeyToken="31bf3856ad364e35" culture="neutral" />'],
  ])("%s", (text) => {
    expect(secretsIn(text)).toEqual([]);
  });

  it.each([
    [`var key = "${chars(AN, 20)}7";`],
    [`data = {"password": "${chars(AN, 14)}9x"}`],
    // unquoted before a semicolon: a connection string's field, whatever it looks like
    ["Server=db01;User ID=billing_user;Password=billing_user_q;Database=ledger;"],
    [`api_key_token = "${chars(AN, 20)}7"`],
  ])("still found: %s", (text) => {
    expect(secretsIn(text).length).toBeGreaterThan(0);
  });
});

describe("names written apart or after an acronym (round 9)", () => {
  it.each([
    // a settings list's pair: the key names the credential, the value holds it
    () => `{"key": "db_password", "value": "${chars(AN, 14)}7"}`,
    () => `- Key: smtp_secret\n  Value: ${chars(AN, 14)}7`,
    // an acronym before the keyword in lower case
    () => `SSHpassword = ${chars(AN, 12)}4`,
    () => `SMTPpassword: ${chars(AN, 12)}4`,
  ])("%s", (make) => {
    expect(secretsIn(make())).toContain("secret_assignment");
  });

  it.each([
    ['{"key": "db_password", "value": "<your-password>"}'],
    // a key that is not a credential's name, and a word that only ends in a keyword
    [`{"key": "theme", "value": "${chars(AN, 14)}7"}`],
    [`TURkey = ${chars(AN, 12)}4`],
    [`monkey = ${chars(AN, 12)}4`],
  ])("not a credential: %s", (text) => {
    expect(secretsIn(text)).toEqual([]);
  });
});

describe("an API key as curl's user name, and a Basic header with a stray byte (round 9)", () => {
  it("curl -u key: (no password after the colon) passes the key", () => {
    const key = `${chars(AN, 14)}7`;
    expect(secretsIn(`curl -u "${key}:" https://search.internal:9200`)).toContain("basic_auth");
    expect(secretsIn(`curl -s -u ${key}: https://api.example.net/v1/charges`)).toContain("basic_auth");
  });
  it.each([
    ["curl -u username: https://api.example.net"],
    ["curl -u $API_KEY: https://api.example.net"],
    ["curl -u john.smith: https://api.example.net"],
  ])("not a key: %s", (text) => {
    expect(secretsIn(text)).toEqual([]);
  });
  it("Basic credentials with one byte outside ASCII still log in", () => {
    const encoded = Buffer.from(
      Buffer.concat([
        Buffer.from(`svc-${chars(AN, 10)}:${chars(AN, 8)}`),
        Buffer.from([0x95]),
        Buffer.from(chars(AN, 8)),
      ]),
    ).toString("base64");
    expect(secretsIn(`Authorization: Basic ${encoded}`).length).toBeGreaterThan(0);
    // random bytes are not "user:password" however a colon falls among them
    const noise = Buffer.from(Array.from({ length: 48 }, (_, i) => (i * 151 + 7) % 256)).toString("base64");
    expect(secretsIn(`Authorization: Basic ${noise}`)).not.toContain("basic_auth");
  });
});

describe("an RSA private key in .NET's XML form (round 9)", () => {
  const jwk = generateKeyPairSync("rsa", { modulusLength: 1024 }).privateKey.export({ format: "jwk" });
  const b64 = (part?: string) => Buffer.from(part ?? "", "base64url").toString("base64");
  const pub = `<Modulus>${b64(jwk.n)}</Modulus><Exponent>AQAB</Exponent>`;
  it("the private elements make it a key", () => {
    const xml = `<RSAKeyValue>${pub}<P>${b64(jwk.p)}</P><Q>${b64(jwk.q)}</Q><DP>${b64(jwk.dp)}</DP><DQ>${b64(jwk.dq)}</DQ><InverseQ>${b64(jwk.qi)}</InverseQ><D>${b64(jwk.d)}</D></RSAKeyValue>`;
    expect(secretsIn(`var key = @"${xml}";`)).toContain("private_key");
  });
  it("the public form, and a template, are not", () => {
    expect(secretsIn(`<RSAKeyValue>${pub}</RSAKeyValue>`)).toEqual([]);
    expect(
      secretsIn(`<RSAKeyValue>${pub}<P>base64 of P</P><D>your-private-exponent</D></RSAKeyValue>`),
    ).toEqual([]);
  });
});

describe("a token that says it is invalid, and a secret's resource name (round 9)", () => {
  it.each([
    ["glsa_iNValIdinValiDinvalidinvalidinva_5b582697"],
    ["deepseek.key = sk-abc123invalid"],
    ["SecretId: arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbC123"],
    ["webhookSecret: 'arn:aws:secretsmanager:eu-west-1:210987654321:secret:ciWebhookSecret-x9Yz8w',"],
  ])("%s", (text) => {
    expect(secretsIn(text)).toEqual([]);
  });
  it("a secret set after a colon outside a resource name is still one", () => {
    expect(secretsIn(`secret:${chars(AN, 16)}7`)).toContain("secret_assignment");
  });
});

describe("a credential compared with a literal, either way round (round 9)", () => {
  it.each([
    () => `if ("${chars(AN, 12)}7!" == password) {`,
    () => `if ('${chars(AN, 12)}7' !== my_super_password) {`,
    () => `if ("${chars(AN, 12)}7" === self.private_key):`,
    () => `if (api_key != "${chars(AN, 16)}7") {`,
    () => `if (aws_secret_access_key === "${chars(AN, 30)}7") {`,
  ])("%s", (make) => {
    expect(secretsIn(make())).toContain("secret_assignment");
  });
  it.each([
    ['if ("ArrowUp" == key) {'],
    ['if ("-r" == token) {'],
    ['if ("admin" == password) {'],
    ['assert "hunter2x" != passwordHint'],
    ['if (api_key == "") {'],
  ])("not a credential: %s", (text) => {
    expect(secretsIn(text)).toEqual([]);
  });
});

describe("provider formats with a fixed prefix (round 9)", () => {
  const HEXD = "0123456789abcdef";
  const LOWAN = "abcdefghijklmnopqrstuvwxyz0123456789";
  it.each([
    ["apify_token", () => `APIFY_TOKEN=apify_api_${chars(AN, 36)}`],
    ["zuplo_api_key", () => `zpka_${chars(HEXD, 32)}_${chars(HEXD, 8)}`],
    ["friendli_token", () => `FRIENDLI_TOKEN=flp_${chars(AN, 46)}`],
    [
      "riot_api_key",
      () =>
        `X-Riot-Token: RGAPI-${chars(LOWAN, 8)}-${chars(LOWAN, 4)}-${chars(LOWAN, 4)}-${chars(LOWAN, 4)}-${chars(LOWAN, 12)}`,
    ],
    ["mongodb_atlas_secret", () => `client_secret: mdb_sa_sk_${chars(URL, 40)}`],
    ["password_hash", () => `admin:$apr1$${chars(AN, 8)}$${chars(`${AN}./`, 22)}`],
  ])("%s", (type, make) => {
    expect(secretsIn(make())).toContain(type);
  });
  it.each([
    ["apify_api_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"],
    ["zpka_<your-key>"],
    ["flp_YOUR_FRIENDLI_TOKEN_GOES_HERE_EXAMPLE_000000000"],
    ["RGAPI-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"],
    ["mdb_sa_sk_example"],
  ])("a stand-in: %s", (text) => {
    expect(secretsIn(text)).toEqual([]);
  });
});

describe("FileZilla's saved password (round 9)", () => {
  it("<Pass>, plain or in base64, holds the server's password", () => {
    const encoded = Buffer.from(`${chars(AN, 12)}7`).toString("base64");
    expect(
      secretsIn(`<Server><User>deploy</User><Pass encoding="base64">${encoded}</Pass></Server>`),
    ).toContain("secret_assignment");
    expect(secretsIn(`<Pass>${chars(AN, 12)}7</Pass>`)).toContain("secret_assignment");
  });
  it("a word or a stand-in is not one", () => {
    expect(secretsIn("<pass>first</pass>")).toEqual([]);
    expect(secretsIn("<Pass>ExamplePassword1</Pass>")).toEqual([]);
  });
});

describe("a JSON-RPC call named for the credential it takes (round 9)", () => {
  it("the first positional parameter of a method named for a key, token or password", () => {
    const call = `{"id": 7, "msg": "method", "method": "auth.login_with_api_key", "params": ["3-${chars(AN, 48)}"]}`;
    expect(secretsIn(call)).toContain("secret_assignment");
    expect(secretsIn(`{"method": "session.set_token",\n "params": [\n  "${chars(AN, 24)}"]}`)).toContain(
      "secret_assignment",
    );
  });
  it.each([
    ['{"jsonrpc": "2.0", "method": "tools/call", "params": ["Qz8kLm3xR9pWq7Zt2Yv5"]}'],
    ['{"method": "auth.generate_token", "params": ["admin_user"]}'],
    ['{"method": "auth.login_with_api_key", "params": ["<your-api-key>"]}'],
  ])("not a credential: %s", (text) => {
    expect(secretsIn(text)).toEqual([]);
  });
});
