import { describe, expect, it } from "vitest";
import { secretName } from "../../src/detect/secret-names.js";

describe("names of a secret's value", () => {
  it("reads names word by word", () => {
    expect(["secret", "client_secret", "APP_SECRET", "secretKey", "secret2"].map(secretName)).toEqual(
      Array(5).fill("password"),
    );
    expect(
      ["secretName", "secret_id", "secretsManager", "is_secret", "top_secret", "secretary"].map(secretName),
    ).toEqual(Array(6).fill(undefined));
  });
});
