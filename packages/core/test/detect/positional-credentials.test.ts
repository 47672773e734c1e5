import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { Scanner } from "../../src/detect/scanner.js";
import { chars } from "./samples.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
const secretsIn = (text: string) => scanner.spans(text).filter((s) => s.category === "secret");
const redacted = (text: string) => secretsIn(text).map((s) => text.slice(s.start, s.end));

const AN = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const B64 = `${AN}+/`;
/** A password of 12 random characters with letters and digits in both cases. */
const password = () =>
  `${chars("ABCDEFGHJKLMNPQRSTUVWXYZ", 2)}${chars("abcdefghijkmnopqrstuvwxyz", 5)}${chars("23456789", 3)}x9`;

describe("credentials by position: the argument or option that only a credential takes", () => {
  it.each([
    ["requests' HTTPBasicAuth", (p: string) => `r = requests.get(url, auth=HTTPBasicAuth('deploy', '${p}'))`],
    ["HTTPDigestAuth", (p: string) => `HTTPDigestAuth("svc", "${p}")`],
    ["aiohttp's BasicAuth with keywords", (p: string) => `aiohttp.BasicAuth(login="svc", password="${p}")`],
    ["an auth tuple", (p: string) => `httpx.get(url, auth=("deploy", "${p}"))`],
    ["JDBC getConnection", (p: string) => `DriverManager.getConnection(url, "app", "${p}");`],
    [
      "JDBC getConnection with a literal URL",
      (p: string) => `DriverManager.getConnection("jdbc:mysql://db/shop", "app", "${p}")`,
    ],
    ["Apache HttpClient", (p: string) => `new UsernamePasswordCredentials("deploy", "${p}")`],
    ["ConvertTo-SecureString", (p: string) => `$pw = ConvertTo-SecureString "${p}" -AsPlainText -Force`],
    ["sqlcmd -P", (p: string) => `sqlcmd -S db01 -U sa -P ${p} -Q "select 1"`],
    ["bcp -P", (p: string) => `bcp dbo.orders out orders.dat -S db01 -U loader -P "${p}" -c`],
    ["net user", (p: string) => `net user deploy ${p} /add`],
    ["net use /user:", (p: string) => `net use Z: \\\\files\\share /user:CORP\\deploy ${p}`],
    [
      "echo into --password-stdin",
      (p: string) => `echo ${p} | docker login registry.corp.net -u deploy --password-stdin`,
    ],
  ])("%s: the password is redacted, the rest kept", (_name, make) => {
    const p = password();
    const text = make(p);
    expect(redacted(text)).toContain(p);
    for (const s of secretsIn(text)) expect(s.end - s.start).toBeLessThanOrEqual(p.length + 2);
  });

  it.each([
    // variables, references and prompts: no literal password
    "r = requests.get(url, auth=HTTPBasicAuth(user, password))",
    "auth=(username, os.environ['PASSWORD'])",
    'HTTPBasicAuth("deploy", "")',
    'DriverManager.getConnection(url, "sa", "")',
    "DriverManager.getConnection(url, user, pass)",
    "$pw = ConvertTo-SecureString $plain -AsPlainText -Force",
    "$pw = Read-Host -AsSecureString",
    'sqlcmd -S db01 -U sa -P $env:SA_PASSWORD -Q "select 1"',
    "sqlcmd -S db01 -U sa -P %SA_PASSWORD% -i init.sql",
    'sqlcmd -S db01 -E -p -Q "select 1"',
    "net user deploy * /add",
    "net user administrator /active:yes",
    "net use Z: \\\\files\\share /user:CORP\\deploy /persistent:yes",
    "echo $REGISTRY_TOKEN | docker login ghcr.io -u bot --password-stdin",
    'echo "${{ secrets.DOCKER_PASSWORD }}" | docker login -u bot --password-stdin',
    "echo done | tee log.txt",
    // ordinary prose and code with the same words
    "Use HTTPBasicAuth when the server asks for a user name and a password.",
    "The net user command lists the accounts on this computer.",
  ])("no literal credential: %s", (text) => {
    expect(secretsIn(text)).toEqual([]);
  });
});

describe("Tink keysets in JSON: the key material of a cleartext keyset", () => {
  const keyset = (type: string, material: string, value: string) =>
    `{"primaryKeyId": 2061403826, "key": [{"keyData": {"typeUrl": "type.googleapis.com/google.crypto.tink.${type}", "value": "${value}", "keyMaterialType": "${material}"}, "status": "ENABLED", "keyId": 2061403826, "outputPrefixType": "TINK"}]}`;

  it.each([
    ["AesGcmKey", "SYMMETRIC"],
    ["HmacKey", "SYMMETRIC"],
    ["EcdsaPrivateKey", "ASYMMETRIC_PRIVATE"],
  ])("%s (%s) is a private key", (type, material) => {
    const value = `${chars(B64, 46)}==`;
    const text = keyset(type, material, value);
    expect(redacted(text)).toEqual([value]);
    expect(secretsIn(text)[0]?.type).toBe("private_key");
  });

  it("also inside a JSON string (escaped quotes) and with the value after the material type", () => {
    const value = `${chars(B64, 44)}`;
    const text = `"keyset": "{\\"key\\":[{\\"keyData\\":{\\"keyMaterialType\\":\\"SYMMETRIC\\",\\"typeUrl\\":\\"type.googleapis.com/google.crypto.tink.AesSivKey\\",\\"value\\":\\"${value}\\"}}]}"`;
    expect(redacted(text).join()).toContain(value);
  });

  it.each([
    ["a public keyset", keyset("EcdsaPublicKey", "ASYMMETRIC_PUBLIC", `${chars(B64, 60)}`)],
    ["a key held in a KMS", keyset("KmsAeadKey", "REMOTE", `${chars(B64, 60)}`)],
    [
      "keyData that is not Tink's",
      `{"keyData": {"typeUrl": "example.com/schema", "value": "${chars(B64, 40)}"}}`,
    ],
  ])("not a secret: %s", (_name, text) => {
    expect(secretsIn(text)).toEqual([]);
  });
});

describe("labels and paths under a credential's name are not its value", () => {
  it.each([
    "forgot_password: Forgot your password?",
    "reset_password = Reset your passphrase here",
    "change_password: Change password",
    `"key": "user/avatars/${chars("0123456789abcdef", 32)}.png"`,
    `api_key_file: "config/keys/${chars("abcdefghijklmnopqrstuvwxyz", 12)}.json"`,
  ])("%s", (text) => {
    expect(secretsIn(text)).toEqual([]);
  });

  it.each([
    "password = Tr0ub4dor and 3 more",
    `password: ${password()}`,
    `api_key: "${chars(AN, 20)}/${chars(AN, 19)}"`,
  ])("still a secret: %s", (text) => {
    expect(secretsIn(text).length).toBeGreaterThan(0);
  });
});

describe("session cookies wherever a line names cookies", () => {
  const sid = () => chars(AN, 32);
  it.each([
    [
      "a header after a long analytics cookie",
      (v: string) => `Cookie: _ga=GA1.2.123456789.1700000000; session=${v}`,
    ],
    ["a servlet cookie", (v: string) => `response.addCookie(new Cookie("JSESSIONID", "${v}"));`],
    ["a cookies map", (v: string) => `cookies = {"sessionid": "${v}"}`],
    ["document.cookie", (v: string) => `document.cookie = "session=${v}; path=/";`],
    ["curl --cookie", (v: string) => `curl --cookie "sid=${v}" https://app.corp.net`],
    ["curl -b", (v: string) => `curl -b "theme=dark; auth_token=${v}" https://app.corp.net`],
    [
      "a test's expected header",
      (v: string) => `expect(res.headers["set-cookie"]).toEqual(["session=${v}; Path=/"])`,
    ],
    [".NET's AuthenticationHeaderValue", (v: string) => `new AuthenticationHeaderValue("Bearer", "${v}")`],
    // Round 39: sign-ins whose cookie's name says identity, logged in, or a session's id as Google writes it.
    ["ASP.NET Core Identity", (v: string) => `Cookie: .AspNetCore.Identity.Application=${v}`],
    ["ASP.NET Core's cookie scheme", (v: string) => `Cookie: a=b; .AspNetCore.Cookies=${v}; c=d`],
    [
      "WordPress signed in",
      (v: string) => `_ga=GA1.2.3.4; wordpress_logged_in_5c3a8f1e9b7d2c4a6e0f8b1d3c5e7a9f=${v}; x=y`,
    ],
    ["WordPress's auth cookie", (v: string) => `Cookie: wordpress_sec_5c3a8f1e9b7d2c4a6e0f8b1d3c5e7a9f=${v}`],
    ["Google's __Secure-1PSID", (v: string) => `_ga=GA1.2.3.4; __Secure-1PSID=${v}; theme=dark`],
    ["Google's SAPISID", (v: string) => `set-cookie: SAPISID=${v}; path=/; secure`],
    ["Keycloak", (v: string) => `Set-Cookie: KEYCLOAK_IDENTITY=${v}; Path=/realms/corp/`],
    // Round 40: a name read without its trailing digest, sign-ins whose names hold no session word.
    [
      "Laravel's remember-me",
      (v: string) => `Cookie: _ga=GA1.2.3.4; remember_web_59ba36addc2b2f9401580f014c7f58ea4e30989d=${v}`,
    ],
    [
      "Laravel's remember-me in a list",
      (v: string) => `_ga=GA1.2.3.4; remember_web_59ba36addc2b2f9401580f014c7f58ea4e30989d=${v}; x=y`,
    ],
    ["Gitea", (v: string) => `set-cookie: i_like_gitea=${v}; path=/; httponly`],
    ["Gitea's remember-me", (v: string) => `theme=dark; gitea_incredible=${v}; lang=en-US`],
    ["Discourse", (v: string) => `Cookie: _ga=GA1.2.3.4; _t=${v}; theme=dark`],
    ["Okta Identity Engine", (v: string) => `Cookie: idx=${v}`],
  ])("%s", (_name, make) => {
    const v = sid();
    expect(redacted(make(v))).toEqual([v]);
  });

  it.each([
    "Cookie: _ga=GA1.2.123456789.1700000000; theme=dark; lang=en-US",
    // Consent, locale, theme, analytics and Google's preference cookies, however random their values.
    `Cookie: CONSENT=YES+cb.20210328-17-p0.en+FX+917; NID=511=${chars(AN, 40)}; _gid=GA1.2.987654321.1700000000`,
    `Cookie: .AspNetCore.Culture=c%3Den-US%7Cuic%3Den-US; euconsent-v2=CPxyzAB${chars(AN, 40)}; locale=en-US`,
    `Cookie: wordpress_test_cookie=WP%20Cookie%20check; wp-settings-1=libraryContent%3Dbrowse%26editor%3Dtinymce`,
    `Cookie: __Secure-1PSIDCC=AKEyX${chars(AN, 40)}; .AspNetCore.Antiforgery.x1=CfDJ8${chars(AN, 40)}`,
    'cookies = {"theme": "dark-mode-enabled-2024", "consent": "accepted-all-categories"}',
    "SESSION_COOKIE_AGE = 1209600",
    'SESSION_COOKIE_NAME = "myapp_session_identifier"',
    "curl -b cookies.txt -c cookies.txt https://app.corp.net",
    'document.cookie = "session=; expires=Thu, 01 Jan 1970 00:00:00 GMT";',
    'new Cookie("JSESSIONID", sessionId)',
    'new AuthenticationHeaderValue("Bearer", token)',
    "The session cookie is named sessionid and expires after 30 minutes.",
    // A digest after a name that says nothing; a name that only ends like a framework's. Round 50: values of
    // twenty characters, long enough for the rules that read a session by its name and too short for a
    // session's shape under any name (secrets/cookie-header-values.ts), which forty random characters are.
    `Cookie: theme_5c3a8f1e9b7d2c4a6e0f8b1d3c5e7a9f=${chars(AN, 40)}; last_t=${chars(AN, 20)}`,
    `Cookie: fidx=${chars(AN, 20)}; i_like_dark_mode=${chars(AN, 40)}`,
    // A value that only looks like a token: no JSON header, or no signature.
    `Cookie: prefs=eyJ${chars(AN, 40)}.${chars(AN, 40)}.${chars(AN, 40)}`,
    "Cookie: state=eyJhbGciOiJIUzI1NiJ9.eyJzdGF0ZSI6ImEifQ.signature",
    // jwt.io's demonstration token, in a cookie as in its documentation.
    "Cookie: token_demo=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
  ])("no session credential: %s", (text) => {
    expect(secretsIn(text)).toEqual([]);
  });
});

describe("a JSON Web Token as any cookie's value in a header", () => {
  const header = (json: object) => btoa(JSON.stringify(json)).replace(/=+$/, "").replace(/\+/g, "-");
  it.each([
    [
      "an encrypted token (Okta's idx, compact JWE)",
      () =>
        `${header({ zip: "DEF", enc: "A256GCM", alg: "dir" })}..${chars(AN, 16)}.${chars(AN, 60)}.${chars(AN, 22)}`,
    ],
  ])("%s", (_name, make) => {
    const v = make();
    expect(redacted(`Cookie: _ga=GA1.2.3.4; app_state=${v}; theme=dark`)).toEqual([v]);
    expect(redacted(`Set-Cookie: prefs_v2=${v}; Path=/; Secure`)).toEqual([v]);
  });
});

describe("private keys in damaged or re-wrapped armour", () => {
  const body = () => [`MIIEow${chars(B64, 58)}`, chars(B64, 64), chars(B64, 64), `${chars(B64, 40)}==`];
  const pem = (open: string, close: string, lines: string[]) => [open, ...lines, close].join("\n");
  it.each([
    ["four dashes", (b: string[]) => pem("----BEGIN RSA PRIVATE KEY----", "----END RSA PRIVATE KEY----", b)],
    ["no dashes", (b: string[]) => pem("BEGIN RSA PRIVATE KEY", "END RSA PRIVATE KEY", b)],
    [
      "a doubled blank",
      (b: string[]) => pem("-----BEGIN  RSA PRIVATE KEY-----", "-----END RSA PRIVATE KEY-----", b),
    ],
    [
      "wrapped at 30 columns",
      (b: string[]) =>
        pem(
          "-----BEGIN RSA PRIVATE KEY-----",
          "-----END RSA PRIVATE KEY-----",
          b.join("").match(/.{1,30}/g) ?? [],
        ),
    ],
  ])("%s: the whole key is one finding", (_name, make) => {
    const b = body();
    const text = `key:\n${make(b)}\nnext: value`;
    const spans = secretsIn(text);
    expect(spans.map((s) => s.type)).toEqual(["private_key"]);
    const taken = text.slice(spans[0]?.start, spans[0]?.end);
    expect(taken.replace(/\n/g, "")).toContain(b.join(""));
    expect(text.slice(spans[0]?.end)).toBe("\nnext: value");
  });

  it.each([
    "Everything between BEGIN RSA PRIVATE KEY and END RSA PRIVATE KEY is the base64 of the key.",
    "----BEGIN RSA PRIVATE KEY----\nyour key goes here\n----END RSA PRIVATE KEY----",
    'if (pem.startsWith("BEGIN PRIVATE KEY")) { return parsePkcs8(pem.slice(17)); }',
    "BEGIN PRIVATE KEY\nxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nEND PRIVATE KEY",
  ])("no key: %s", (text) => {
    expect(secretsIn(text)).toEqual([]);
  });
});

describe("Azure's identifiable keys: a service's signature at a fixed position", () => {
  const AZ = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  it.each([
    ["a 32-byte Redis key", () => `${chars(B64, 33)}AzCa${chars("ABCDEFGHIJKLMNOP", 1)}${chars(B64, 5)}=`],
    ["a 64-byte Cosmos DB key", () => `${chars(B64, 76)}ACDb${chars(B64, 5)}w==`],
    ["a Container Registry password", () => `${chars(B64, 42)}+ACR${chars("ABCD", 1)}${chars(B64, 5)}`],
    ["a Functions key (URL-safe)", () => `${chars(`${AZ}_-`, 33)}AzFuB${chars(`${AZ}_-`, 5)}=`],
    [
      "a common annotated key",
      () => `${chars(AZ, 52)}JQQJ99${chars(AZ, 1)}C${chars(AZ, 16)}x${chars(AZ, 7)}`,
    ],
  ])("%s, after a name or alone", (_name, make) => {
    const key = make();
    for (const text of [`key=${key}`, `"${key}"`, key]) {
      expect(redacted(text)).toEqual([key]);
      expect(secretsIn(text)[0]?.type).toBe("azure_identifiable_key");
    }
  });

  it.each([
    "APIM is Azure API Management; +ACR marks a registry key.",
    // The signature one character off its place, or followed by a character outside the checksum's range.
    `${chars(B64, 32)}AzCaB${chars(B64, 5)}=`,
    `${chars(B64, 33)}AzCaZ${chars(B64, 5)}=`,
    `${chars(B64, 42)}+ACRZ${chars(B64, 5)}`,
  ])("no key: %s", (text) => {
    expect(secretsIn(text).filter((s) => s.type === "azure_identifiable_key")).toEqual([]);
  });
});

describe("Maven's master password", () => {
  it("settings-security.xml's <master> is redacted with its braces", () => {
    const master = `{${chars(B64, 43)}=}`;
    const text = `<settingsSecurity>\n  <master>${master}</master>\n</settingsSecurity>`;
    expect(redacted(text)).toEqual([master]);
  });
  it.each([
    "<master>{}</master>",
    "<master>true</master>",
    "<master>${env.MAVEN_MASTER}</master>",
    "<master>{aaaaaaaaaaaaaaaaaaaaaaaa}</master>",
  ])("no master password: %s", (text) => {
    expect(secretsIn(text)).toEqual([]);
  });
});
