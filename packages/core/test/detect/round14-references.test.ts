// Round 14 of the secret rules: references that only looked like values once decoded or once written in a
// build tool's syntax, each beside a value of the same shape that is still found. Random bodies come from
// samples.ts.
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
const percentEncoded = (text: string) =>
  [...Buffer.from(text, "utf8")].map((b) => `%${b.toString(16).toUpperCase().padStart(2, "0")}`).join("");

describe("a percent sign followed by hex that encodes no text is not an escape", () => {
  it.each([
    // Windows batch files and .NET configuration transforms: %NAME% is the variable's value at run time;
    // %DB, %DE, %E2 read as single bytes that are no UTF-8 text.
    ['password: "%DB_PASSWORD%"'],
    ["set PASSWORD=%DB_PASSWORD%"],
    ['<add key="ApiSecret" value="%DEPLOY_SECRET%" />'],
    ["token=%E2_TOKEN%"],
  ])("leaves %s", (text) => {
    expect(secretsIn(text)).toEqual([]);
  });

  it("still finds a password that starts with such a percent sign but is no reference (no closing %)", () => {
    expect(secretsIn(`password: "%DB${chars(AN, 12)}7"`)).toContain("secret_assignment");
    expect(secretsIn(`password: "%E2${chars(AN, 12)}7!"`)).toContain("secret_assignment");
  });

  it("still finds a token hidden in percent escapes, even with an undecodable byte after it", () => {
    const token = `ghp_${chars(AN, 36)}`;
    expect(secretsIn(`token=${percentEncoded(token)}`)).toContain("github_token");
    expect(secretsIn(`token=${percentEncoded(token)}%FF`)).toContain("github_token");
    expect(secretsIn(`token=%DB${percentEncoded(token)}`)).toContain("github_token");
  });
});

describe("a build's or a pipeline's replacement token is a reference", () => {
  it.each([
    // Maven resource filtering (Spring Boot's default delimiter), dotted or underscored property names
    ['password: "@db.password@"'],
    ["spring.datasource.password=@jdbc.password@"],
    ["api_secret = @app_api_secret@"],
    // release pipelines' token replacement
    ['password: "@@DB_PASSWORD@@"'],
  ])("leaves %s", (text) => {
    expect(secretsIn(text)).toEqual([]);
  });

  it("still finds a password that begins and ends with @ around random characters", () => {
    expect(secretsIn(`password: "@${chars(AN, 12)}9@"`)).toContain("secret_assignment");
    expect(secretsIn(`password: "@Xq7#${chars(AN, 8)}@"`)).toContain("secret_assignment");
  });
});

const HEX = "0123456789abcdef";

describe("what the name around the keyword says (round 14)", () => {
  it.each([
    // a server's stored digest of a token it issued: the token is too random for the digest to be reversed
    [`token_hash = "${chars(HEX, 64)}"`],
    [`api_key_hash: ${chars(HEX, 64)}`],
    [`"secretHash": "${chars(HEX, 40)}"`],
    [`AUTH_TOKEN_HASH=${chars(HEX, 32).toUpperCase()}`],
    // a CAPTCHA's site key is published in every page that shows the widget
    [`site_key = "6Lc${chars(AN, 37)}"`],
    [`siteKey: "6Ld${chars(AN, 37)}"`],
    // a CloudFormation dynamic reference names where the secret is
    [`MasterUserPassword: '{{resolve:secretsmanager:MyRDSSecret:SecretString:password}}'`],
    [`"Password": "{{resolve:secretsmanager:prod/AppSecret:SecretString:db_password:AWSCURRENT}}"`],
    // reCAPTCHA's published test keys (every verification passes)
    ["RECAPTCHA_SECRET_KEY=6LeIxAcTAAAAAGG-vFI1TnRWxMZNFuojJ4WifJWe"],
    ['recaptcha_site_key: "6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI"'],
  ])("leaves %s", (text) => {
    expect(secretsIn(text)).toEqual([]);
  });

  it("still finds a password's digest, which can be cracked", () => {
    expect(secretsIn(`password_hash = "${chars(HEX, 32)}"`)).not.toEqual([]);
    expect(secretsIn(`pwd_hash: "${chars(HEX, 40)}"`)).not.toEqual([]);
  });

  it("still finds a token under a hash's name that is no digest, and a digest-shaped token under its own name", () => {
    expect(secretsIn(`token_hash = "${chars(AN, 31)}7"`)).not.toEqual([]);
    expect(secretsIn(`token = "${chars(HEX, 40)}"`)).not.toEqual([]);
    expect(secretsIn(`secret = "${chars(HEX, 64)}"`)).not.toEqual([]);
  });

  it("still finds a CAPTCHA's secret key, and a site's password or secret", () => {
    expect(secretsIn(`secret_key = "6Lc${chars(AN, 36)}9"`)).not.toEqual([]);
    expect(secretsIn(`site_secret = "6Lc${chars(AN, 36)}9"`)).not.toEqual([]);
    expect(secretsIn(`site_password = "${chars(AN, 12)}7"`)).not.toEqual([]);
  });

  it("still finds a password written after a secret store's name outside a dynamic reference", () => {
    expect(secretsIn(`secretsmanager:MyRDSSecret:${chars(AN, 15)}7`)).not.toEqual([]);
    expect(secretsIn(`{{resolve:ssm:/prod/name}} password: ${chars(AN, 12)}7`)).not.toEqual([]);
  });
});

describe("vendor formats checked against their documentation (round 14)", () => {
  it("finds CircleCI's project API tokens (CCIPRJ_) as it finds its personal ones (CCIPAT_)", () => {
    expect(secretsIn(`CIRCLE_TOKEN=CCIPRJ_${chars(AN, 22)}_${chars(HEX, 40)}`)).toContain("circleci_token");
  });

  it("leaves a project token's prefix before a body of the wrong shape", () => {
    expect(secretsIn(`prefix = "CCIPRJ_" + project_uuid + "_" + suffix`)).toEqual([]);
    expect(secretsIn(`CCIPRJ_${chars(AN, 22)}_${chars(HEX, 12)}`)).toEqual([]);
  });
});

describe("code and documentation in installed packages' sources (round 14)", () => {
  it.each([
    // a TypeScript signature: the parameter's type
    ["setSecret(secret: Uint8Array): void"],
    ["function sign(key: Uint8Array | string, data: Float64Array) {}"],
    // a constant named the way Node's sources name them
    ["  withCredentials: kEnumerableProperty\n}"],
    // a command-line option that prose tells the reader to pass
    ["- Pass `--disable-warning=FSTWRN004` to disable a specific warning"],
    // URLs with a user and a password of three characters or fewer, as documentation writes them
    ["const options = new URL('https://abc:xyz@example.com');"],
    ["// Prints https://123:xyz@example.com/"],
    // a token's kind spelled out and padded to its length
    ['createTokenAuth("ghu_InstallationUserToServer000000000000");'],
  ])("leaves %s", (text) => {
    expect(secretsIn(text)).toEqual([]);
  });

  it("still finds what the same places hold when it is a credential", () => {
    expect(secretsIn(`setSecret(secret: "${chars(AN, 23)}7")`)).not.toEqual([]);
    expect(secretsIn(`  withCredentials: k${chars(AN, 22)}7\n}`)).not.toEqual([]);
    expect(secretsIn(`Pass ${chars(AN, 23)}7 to the API`)).not.toEqual([]);
    expect(secretsIn("const options = new URL('https://abc:x7Qz@example.com');")).toContain(
      "connection_string",
    );
    expect(secretsIn(`createTokenAuth("ghu_${chars(AN, 36)}");`)).toContain("github_token");
    // the same words followed by random characters instead of one repeated
    expect(secretsIn(`ghu_InstallationUserToServer${chars(AN, 11)}7`)).toContain("github_token");
  });
});
