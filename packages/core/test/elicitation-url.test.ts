import { describe, expect, it } from "vitest";
import { elicitationUrlProblem } from "../src/integrity/elicitation-url.js";

describe("elicitationUrlProblem: a URL-mode elicitation's link must be a web page", () => {
  it("lets https pages and http on this machine through", () => {
    for (const url of [
      "https://auth.example.com/connect?state=1",
      "HTTPS://EXAMPLE.COM",
      "http://localhost:3000/cb",
      "http://127.0.0.1:8765/",
      "http://[::1]:9000/x",
    ])
      expect(elicitationUrlProblem(url), url).toBeUndefined();
  });

  it("refuses other schemes, plain http elsewhere, credentials before the host and what is not a URL", () => {
    expect(elicitationUrlProblem("javascript:alert(1)")).toMatch(/scheme "javascript:"/);
    expect(elicitationUrlProblem("file:///etc/passwd")).toMatch(/scheme "file:"/);
    expect(elicitationUrlProblem("data:text/html,x")).toMatch(/scheme "data:"/);
    expect(elicitationUrlProblem("http://bank.example/")).toMatch(/plain http/);
    expect(elicitationUrlProblem("http://localhost.evil.example/")).toMatch(/plain http/);
    expect(elicitationUrlProblem("https://bank.example@evil.example/")).toMatch(/user name or password/);
    expect(elicitationUrlProblem("https://u:p@example.com/")).toMatch(/user name or password/);
    expect(elicitationUrlProblem("/relative/path")).toMatch(/not an absolute URL/);
    expect(elicitationUrlProblem(42)).toMatch(/as a string/);
  });

  it("refuses a host spelled with look-alike letters, and lets honest internationalised hosts through", () => {
    expect(elicitationUrlProblem("https://login.micros\u043Eft.com/")).toMatch(/look-alike scripts/);
    expect(elicitationUrlProblem("https://www.p\u0430ypal.com/signin")).toMatch(/look-alike scripts/);
    expect(elicitationUrlProblem("https://\u0430\u0440\u0440\u04CF\u0435.com/")).toMatch(/pass for Latin/);
    expect(elicitationUrlProblem("https://\u03BF\u03C1\u03B1.com/")).toMatch(/pass for Latin/);
    for (const url of [
      "https://m\u00FCnchen.de/login",
      "https://\u043F\u0440\u0438\u043C\u0435\u0440.\u0440\u0444/",
      "https://\u4F8B\u3048.jp/",
      "https://xn--mnchen-3ya.de/",
      "https://\u0441\u0430\u0439\u0442.com/",
    ])
      expect(elicitationUrlProblem(url), url).toBeUndefined();
  });

  it("judges each label by its skeleton: final dots dropped, look-alikes of every script read as Latin", () => {
    // Round 37 (atk37a): a final dot hid the Latin top-level domain; a Latin-script "ɡ" or "ɑ" mixed no two
    // scripts; Coptic was no listed script.
    for (const url of [
      "https://\u0430\u0440\u0440\u04CF\u0435.com./signin",
      "https://\u0440\u0430\u0443\u0440\u0430\u04CF.com%2E/signin",
      "https://\u0430\u0440\u0440\u04CF\u0435.\u0441\u043E\u043C/",
      "https://accounts.\u0261oogle.com/signin",
      "https://id.\u0251pple.com/",
      "https://login.micr\u2C9Fs\u2C9Fft.com/oauth2/authorize",
      "https://login.micr\u2C9Fs\u2C9Fft.com./",
    ])
      expect(elicitationUrlProblem(url), url).toMatch(/pass for Latin ones/);
    for (const url of [
      "https://auth.example.com./connect",
      "https://example.com%2E/",
      "https://m\u00FCnchen.de./anmelden",
      // Wholly Cyrillic letters that pass for Latin ones, under a Cyrillic top-level domain: read as Cyrillic.
      "https://\u0445\u043E\u0440.\u0440\u0444/",
    ])
      expect(elicitationUrlProblem(url), url).toBeUndefined();
  });

  it("judges the host as written: a capital I after a small letter reads as the l it passes for", () => {
    // Round 38 (atk38a): the host was judged after the URL parser lowered it, so `paypaI` (read paypal,
    // opened paypai) passed.
    for (const url of [
      "https://www.paypaI.com/signin",
      "https://appIe.com/account",
      "https://accounts.googIe.com/o/oauth2/auth",
      "https://PayPaI.com/",
      "https://www.paypa%49.com/",
      "https://www.paypa\uFF29.com/",
      "https:\\\\appIe.com/",
      "https://appIe.com:443/",
      "https://appIe.com./",
    ])
      expect(elicitationUrlProblem(url), url).toMatch(/reads "(paypal|apple|google)"/);
    for (const url of [
      "https://GitHub.com/login",
      "https://Example.COM/",
      "https://IBM.com/",
      "https://www.Intel.com/",
      "https://WIKIPEDIA.ORG/",
      "https://IBM.com:8443/x",
      "HTTPS://EXAMPLE.COM",
      "http://[::1]:9000/x",
    ])
      expect(elicitationUrlProblem(url), url).toBeUndefined();
  });
});
