// Round 16 of the secret rules: values that sit where a credential goes without being one (a media type beside
// a key, a web form's anti-forgery token, the Kubernetes documentation's example Secret), each beside a value of
// the same shape that is still found. Random bodies come from samples.ts.
import { describe, expect, it } from "vitest";
import { chars } from "./samples.js";
import { secretsIn } from "./secret-types-in.js";

const AN = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

describe("not credentials (round 16)", () => {
  it.each([
    // a media type in the tuple after a key's name
    ['return "Bearer " + self.api_key, "application/json"'],
    ['api_key = "application/vnd.api+json"'],
    ['token: "text/plain; charset=utf-8"'],
    // anti-forgery tokens, under their names run together or apart
    ['<input type="hidden" name="csrfmiddlewaretoken" value="Qz8kLm3xR9vTw2Yp5Nb7Hc4Jd6Fg1Ks0">'],
    ['{"name": "authenticity_token", "value": "Qz8kLm3xR9vTw2Yp5Nb7Hc4Jd6Fg1Ks0"}'],
    ['xsrftoken = "Qz8kLm3xR9vTw2Yp5Nb7Hc4Jd6Fg1Ks0"'],
    // an identity under a credential's name
    [
      "https://storage.googleapis.com/b/o?X-Goog-Credential=svc@proj.iam.gserviceaccount.com%2F20240101%2Fauto",
    ],
    ['token: "builds@ci.example.org"'],
    // the Kubernetes documentation's Secret, as countless manifests copy it
    [
      "apiVersion: v1\nkind: Secret\nmetadata:\n  name: mysecret\ntype: Opaque\ndata:\n  username: YWRtaW4=\n  password: MWYyZDFlMmU2N2Rm\n",
    ],
  ])("%s", (text) => {
    expect(secretsIn(text)).toEqual([]);
  });

  it.each([
    [`return "Bearer " + self.api_key, "${chars(AN, 32)}"`, "a random value in the same place"],
    [
      `<input type="hidden" name="api_token" value="${chars(AN, 32)}">`,
      "a form field named for a credential",
    ],
    [`{"name": "db_password", "value": "${chars(AN, 20)}"}`, "a settings pair named for a password"],
    [
      `apiVersion: v1\nkind: Secret\ndata:\n  password: ${btoa(chars(AN, 18))}\n`,
      "a Secret of its own under data:",
    ],
  ])("%s is still found (%s)", (text) => {
    expect(secretsIn(text).length).toBeGreaterThan(0);
  });
});
