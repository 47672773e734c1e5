// Attack (round 41, found from outside): the example credentials of the OAuth specifications are taken for
// real secrets. RFC 6749 (OAuth 2.0) prints the client s6BhdRkqt3 with secret gX1fBat3bV (as the Basic header
// czZCaGRSa3F0MzpnWDFmQmF0M2JW), the access token 2YotnFZFEjr1zCsicMWpAA, the refresh token
// tGzv3JOkF0XG5Qx2TlKWIA, the client secret 7Fjfp0ZBr1KtDRbnfVdmIw and the password A3ddj3w; RFC 5849
// (OAuth 1.0) the token kkk9d7dh3k39sjv7. They are copied verbatim into every OAuth library's docstrings and
// tests (oauthlib, Spring Security, Authlib) and tutorials, so a page or source file quoting the spec is
// refused towards a server (secrets block by default) and redacted towards the client. docs/detection.md:
// "A value … is dropped only when it says it is a stand-in … or a published example (AWS's
// AKIAIOSFODNN7EXAMPLE, …, RFC 7617's Aladdin:open sesame)", and RFC 7617's example is indeed not reported.
// A correct guard knows these published protocol examples as it knows RFC 7617's.
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../src/detect/detectors.js";
import { Scanner } from "../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
const secretsIn = (text: string) =>
  scanner
    .spans(text)
    .filter((s) => s.category === "secret")
    .map((s) => `${s.type}: ${text.slice(s.start, s.end)}`);

describe("the OAuth specifications' examples are published examples", () => {
  it.each([
    [
      "RFC 6749 §4.1.3, the access token request",
      [
        "     POST /token HTTP/1.1",
        "     Host: server.example.com",
        "     Authorization: Basic czZCaGRSa3F0MzpnWDFmQmF0M2JW",
        "     Content-Type: application/x-www-form-urlencoded",
        "",
        "     grant_type=authorization_code&code=SplxlOBeZQQYbYS6WxSbIA",
        "     &redirect_uri=https%3A%2F%2Fclient%2Eexample%2Ecom%2Fcb",
      ].join("\n"),
    ],
    [
      "RFC 6749 §5.1, the successful response",
      [
        "     HTTP/1.1 200 OK",
        "     Content-Type: application/json;charset=UTF-8",
        "     Cache-Control: no-store",
        "     Pragma: no-cache",
        "",
        "     {",
        '       "access_token":"2YotnFZFEjr1zCsicMWpAA",',
        '       "token_type":"example",',
        '       "expires_in":3600,',
        '       "refresh_token":"tGzv3JOkF0XG5Qx2TlKWIA",',
        '       "example_parameter":"example_value"',
        "     }",
      ].join("\n"),
    ],
    [
      "RFC 6749 §2.3.1, client credentials in the body",
      "     grant_type=refresh_token&refresh_token=tGzv3JOkF0XG5Qx2TlKWIA\n     &client_id=s6BhdRkqt3&client_secret=7Fjfp0ZBr1KtDRbnfVdmIw",
    ],
    ["RFC 6749 §4.3.2, the password grant", "     grant_type=password&username=johndoe&password=A3ddj3w"],
    [
      "RFC 5849 §3.1, an OAuth 1.0 Authorization header",
      [
        '     Authorization: OAuth realm="Example",',
        '        oauth_consumer_key="9djdj82h48djs9d2",',
        '        oauth_token="kkk9d7dh3k39sjv7",',
        '        oauth_signature_method="HMAC-SHA1",',
        '        oauth_timestamp="137131201",',
        '        oauth_nonce="7d8f3e4a",',
        '        oauth_signature="bYT5CMsGcbgUdFHObYMEfcx6bsw%3D"',
      ].join("\n"),
    ],
  ])("%s is no secret", (_, text) => {
    // RFC 7617's example, the one the docs name, is not reported
    expect(secretsIn("Authorization: Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==")).toEqual([]);
    expect(secretsIn(text)).toEqual([]);
  });
});

// The examples are known by their exact values: the same requests with a real credential in place are found.
describe("the same requests with real credentials are still found", () => {
  it.each([
    [
      "a real client secret",
      "grant_type=refresh_token&client_id=s6BhdRkqt3&client_secret=Qm8vX2rT9kLp4ZwN7cYh",
    ],
    ["a real password", "grant_type=password&username=johndoe&password=Xk9#mP2$vL"],
    ["a real access token", '{"access_token":"9fKq2LmZ8xWv4RtN7bYc3P","token_type":"Bearer"}'],
    ["a real OAuth 1.0 token", 'Authorization: OAuth realm="Example", oauth_token="q8Zr2vLk5mXw9TnB"'],
  ])("%s", (_, text) => {
    expect(secretsIn(text)).not.toEqual([]);
  });
});
