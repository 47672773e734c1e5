import { describe, expect, it } from "vitest";
import { secretName } from "../../src/detect/secret-names.js";

describe("names of a secret's value", () => {
  it("reads names word by word", () => {
    expect(["secret", "client_secret", "APP_SECRET", "secretKey", "secret2"].map(secretName)).toEqual(
      Array(5).fill("password"),
    );
    // Any word after it but one that makes the name about it (see credential-suffixes.ts): a deployment's,
    // a version's, a role's, a region's. ("secret_v" was left by round 40's list, which read "v" only before
    // digits; under any word's rule a V is the secret's as a PROD is.)
    expect(
      [
        "JWT_SECRET_PROD",
        "client_secret_live",
        "SECRET_V2",
        "secretBackup",
        "JWT_SECRET_PROD2",
        "CLIENT_SECRET_EU",
        "secret_replica",
        "secret_v",
      ].map(secretName),
    ).toEqual(Array(8).fill("password"));
    expect(
      ["JWT_SECRET_PROD_PATH", "secret_staging_name", "client_secret_expires_at", "SECRET_EU_ARN"].map(
        secretName,
      ),
    ).toEqual(Array(4).fill(undefined));
    expect(
      ["secretName", "secret_id", "secretsManager", "is_secret", "top_secret", "secretary"].map(secretName),
    ).toEqual(Array(6).fill(undefined));
  });
});
