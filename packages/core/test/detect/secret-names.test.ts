import { describe, expect, it } from "vitest";
import { secretName } from "../../src/detect/secret-names.js";

describe("names of a secret's value", () => {
  it("reads names word by word", () => {
    expect(["secret", "client_secret", "APP_SECRET", "secretKey", "secret2"].map(secretName)).toEqual(
      Array(5).fill("password"),
    );
    // A deployment's or version's word after it (see deployment-suffixes.ts); any other word is about it.
    expect(["JWT_SECRET_PROD", "client_secret_live", "SECRET_V2", "secretBackup"].map(secretName)).toEqual(
      Array(4).fill("password"),
    );
    expect(["JWT_SECRET_PROD_PATH", "secret_v", "secret_staging_name"].map(secretName)).toEqual(
      Array(3).fill(undefined),
    );
    expect(
      ["secretName", "secret_id", "secretsManager", "is_secret", "top_secret", "secretary"].map(secretName),
    ).toEqual(Array(6).fill(undefined));
  });
});
