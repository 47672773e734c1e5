import { describe, expect, it } from "vitest";
import { credentialFlag, EntrySecrets, variableName } from "../src/onboarding/entry-secrets.js";
import { secretsInText } from "../src/onboarding/secret-values.js";

// Made at run time, so that no scanner reading this file meets them.
const STRIPE = ["sk", "live", "51HxQ2eK8fLmN3pR7tV9wY1zA4bC6dE8"].join("_");

describe("secrets a URL carries by its shape", () => {
  it("finds a userinfo password in any scheme, however plain", () => {
    // A password this plain is no detector's: its place in the URL says what it is.
    expect(secretsInText("https://user:pass@mcp.example/mcp")).toEqual(["url_password"]);
    expect(secretsInText("postgresql://app:pw@db/prod")).toContain("url_password");
  });

  it("finds a query parameter named as a credential, not others", () => {
    expect(secretsInText("https://mcp.example/mcp?key=short1&page=2")).toEqual(["url_credential"]);
    expect(secretsInText("https://mcp.example/mcp?page=2&user=ann")).toEqual([]);
  });

  it("never takes a client's ${…} reference for a value", () => {
    expect(secretsInText("postgresql://app:${env:PGPASSWORD}@db/prod")).toEqual([]);
    expect(secretsInText("https://mcp.example/mcp?api_key=${input:key}")).toEqual([]);
  });
});

describe("EntrySecrets", () => {
  it("replaces only the secret part of a string, named after where it sits", () => {
    const s = new EntrySecrets({}, "PAY");
    expect(s.withoutSecrets(`https://u:pw1@pay.example/mcp?api_key=${STRIPE}&x=1`)).toBe(
      "https://u:${PAY_PASSWORD}@pay.example/mcp?api_key=${PAY_API_KEY}&x=1",
    );
    expect(s.values).toEqual({ PAY_PASSWORD: "pw1", PAY_API_KEY: STRIPE });
  });

  it("files the pieces around a client reference, leaving the reference for the client", () => {
    const s = new EntrySecrets({}, "P");
    expect(s.withoutSecrets("https://h/mcp?token=abc${env:MID}def")).toBe(
      "https://h/mcp?token=${P_TOKEN}${env:MID}${P_TOKEN_2}",
    );
    expect(s.values).toEqual({ P_TOKEN: "abc", P_TOKEN_2: "def" });
  });

  it("never files a secret under a name the entry reads from its client, or one holding another value", () => {
    const s = new EntrySecrets({ env: { A: "${SERVICE_KEY}", B: "${env:X_TOKEN}" } }, "X", ["FROM_FILE"]);
    expect(s.fileEnv("SERVICE_KEY", "one")).toBe("${SERVICE_KEY_2}");
    expect(s.file("two", "X_TOKEN")).toBe("${X_TOKEN_2}");
    expect(s.file("three", "X_TOKEN")).toBe("${X_TOKEN_3}");
    expect(s.file("two", "X_TOKEN")).toBe("${X_TOKEN_2}");
    expect(s.file("four", "FROM_FILE")).toBe("${FROM_FILE_2}");
  });

  it("keeps an env name no ${…} can spell, prefixing the variable with the server", () => {
    const s = new EntrySecrets({}, "GITHUB");
    expect(s.fileEnv("GITHUB-TOKEN", "t")).toBe("${GITHUB_GITHUB_TOKEN}");
    expect(s.fileEnv("GITHUB_TOKEN", "u")).toBe("${GITHUB_TOKEN}");
  });
});

describe("variableName", () => {
  it("makes a valid variable name of any text", () => {
    expect(variableName("GITHUB-TOKEN")).toBe("GITHUB_TOKEN");
    expect(variableName("api.key")).toBe("API_KEY");
    expect(variableName("1password")).toBe("SECRET_1PASSWORD");
    expect(variableName("--")).toBe("SECRET");
  });
});

describe("credentialFlag", () => {
  it("names a flag whose next argument is a credential", () => {
    expect(credentialFlag("--api-key", "abc")).toBe("api-key");
    expect(credentialFlag("-token", "abc")).toBe("token");
    expect(credentialFlag("--port", "3000")).toBeUndefined();
    expect(credentialFlag("--token", "--verbose")).toBeUndefined();
    expect(credentialFlag("--token", "${TOKEN}")).toBeUndefined();
    expect(credentialFlag(undefined, "abc")).toBeUndefined();
  });
});
