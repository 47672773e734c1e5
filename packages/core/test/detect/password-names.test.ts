import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { passwordName } from "../../src/detect/password-names.js";
import { Scanner } from "../../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });

describe("passwordName", () => {
  it.each([
    "pw",
    "pwd",
    "PWD",
    "pass_word",
    "PassPhrase",
    "pass_phrase",
    "pass word",
    "user_pw",
    "userPW",
    "Password1",
    "pw2",
    "passwordNew",
    "password_confirm",
    "new_password",
    "passwords",
    "pword",
    "passcode",
    "mot_de_passe",
    "motDePasse",
    "kennwort",
    "contraseña",
    "rootpw",
    "adminpw",
    "DBPW",
    "Passwörter",
    "contrasen\u0303a",
    "passwort_neu",
    "senhaAtual",
    "password_nuevo",
    "DB_PASSWORD_PROD",
    "POSTGRES_PASSWORD_STAGING",
    "ses_smtp_password_v4",
    "passwordProdV2",
    "DB_PASSWORD_PRIMARY",
    "REDIS_PASSWORD_SECONDARY",
    "DB_PASSWORD_PREPROD",
    "password_eu_west",
    // Round 40's list read "v" only before digits; under any word's rule a V is the password's as a PROD is.
    "password_v",
  ])("%s names a password", (key) => {
    expect(passwordName(key)).toBe("password");
  });

  it.each([
    "password_policy",
    "passwordHint",
    "pw_length",
    "passwordless",
    "bypass",
    "compass",
    "passenger",
    "pass",
    "passed",
    "power",
    "password_reset_url",
    "passwordlessLogin",
    "pwned",
    "DB_PASSWORD_PROD_FILE",
    "password_prod_length",
    "DB_PASSWORD_REPLICA_HOST",
    "password_min_length",
    "password_expires_at",
    "password_production_url",
  ])("%s does not", (key) => {
    expect(passwordName(key)).toBeUndefined();
  });
});

describe("a password's field in an object", () => {
  const found = (value: unknown) => scanner.scan(value, "params").findings.map((f) => f.type);

  it.each([
    [{ pw: "Tr0ub4dor&3" }],
    [{ user_pw: "Tr0ub4dor&3" }],
    [{ password: [["Tr0ub4dor&3"]] }],
    [{ password: { v: ["Tr0ub4dor&3"] } }],
    [{ password: { a: { b: ["Tr0ub4dor&3"] } } }],
    [{ passcode: 48291733 }],
  ])("%j holds one", (value) => {
    expect(found(value)).toEqual(["secret_assignment"]);
  });

  it.each([
    [{ pw: "********" }],
    [{ password_policy: "at least twelve characters" }],
    [{ password: [["<your password here>"]] }],
    [{ passcode: 0 }],
    [{ pw_length: 12 }],
  ])("%j holds none", (value) => {
    expect(found(value)).toEqual([]);
  });

  it("redacts the password two levels down and keeps the rest", () => {
    const { value } = scanner.scan({ password: { v: ["Tr0ub4dor&3"], note: "x" } }, "params", () => true);
    expect(value).toEqual({ password: { v: ["[REDACTED:secret_assignment]"], note: "x" } });
  });
});
