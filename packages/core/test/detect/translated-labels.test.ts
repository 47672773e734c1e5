// A language file of an app with a login page (issue 12, false positives): its keys name the fields and its
// values are the labels shown for them, so `"password": "Пароль"` is the Russian page's label, not a password.
// mailcow's 24 language files (data/web/lang/lang.*.json) were each reported as holding passwords. The labels
// below are the words those files hold; the passwords beside them, chosen as people choose them, still count.
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { Scanner } from "../../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
const secretsIn = (text: string) => scanner.spans(text).filter((s) => s.category === "secret");
const fieldsIn = (value: Record<string, string>) =>
  scanner.scan(value, "result").findings.filter((f) => f.type !== "email" && f.type !== "phone");

describe("a translation's label for a credential's field is no credential", () => {
  it.each([
    ['"password": "Пароль"'],
    ['"password": "Wachtwoord"'],
    ['"password": "Jelszó"'],
    ['"password_repeat": "Lösenord"'],
    ['"password": "Kodeord"'],
    ['"password": "Contraseña"'],
    ['"new_password": "Contrasenya"'],
    ['"password": "Slaptažodis"'],
    ['"password": "Parolă"'],
    ['"password": "Senha:"'],
    ['"app_passwd": "App-passord"'],
    ['"app_passwds": "App-Passwörter"'],
    ['"app_passwd": "Applikationslösenord"'],
    ['"client_secret": "Klienthemmelighed"'],
    ['"regen_api_key": "APIキーを再生成"'],
    ['"app_passwd_protocols": "应用密码允许的协议"'],
    ['"password_repeat": "確認用パスワード（再入力）"'],
  ])("%s", (line) => {
    expect(secretsIn(`{\n  "login": "Login",\n  ${line},\n  "username": "User"\n}`)).toEqual([]);
  });

  it("reads the same labels so in a parsed object", () => {
    expect(
      fieldsIn({ password: "Пароль", client_secret: "Klienthemmelighed", regen_api_key: "APIキーを再生成" }),
    ).toEqual([]);
  });

  it("still takes the passwords people choose, in any language", () => {
    for (const value of [
      "Passwort2024!",
      "Jelszó123!",
      "Sommer2024!",
      "Tr0ub4dor&3",
      "Kx9#mQ2vLp",
      "Пароль2024!",
    ]) {
      const line = `"password": "${value}"`;
      const found = secretsIn(line);
      expect(
        found.some((s) => line.slice(s.start, s.end).includes(value)),
        value,
      ).toBe(true);
    }
  });
});
