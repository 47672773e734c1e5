// Round 37 (atk37a): a URL-mode elicitation whose host is spelled with look-alike letters is refused
// (elicitation-url.ts), but three spellings get past the check. A host written with its final dot
// ("https://аррӏе.com./", all Cyrillic letters; the same host to DNS and the browser) ends in an empty label,
// so its top-level domain is read as not Latin and the whole-script rule is skipped. A label mixing Latin with
// a Latin-script look-alike ("ɡoogle", U+0261, a letter the guard's own LOOKALIKES table maps to "g") mixes no
// two listed scripts, and Coptic ("micrⲟsⲟft", U+2C9F for "o") is not a listed script at all. Each should be
// refused to the server (elicitation_url) and never shown; an honest https link stays shown (control).
// Tightened by the fixer: each refusal must be elicitation_url's, not any error.
import { afterAll, describe, expect, it } from "vitest";
import { elicitationLink, ElicitationSessions, refusalReasons } from "../src/index.js";

const sessions = new ElicitationSessions();
afterAll(async () => {
  await sessions.cleanup();
});

describe("a URL-mode elicitation whose look-alike host is spelled past the check", () => {
  it("is refused with the host's final dot written", async () => {
    const refused = ["apple-dot", "paypal-dot"];
    const { outcome, log } = await sessions.session(
      [
        elicitationLink("apple-dot", "https://\u0430\u0440\u0440\u04CF\u0435.com./signin"),
        elicitationLink("paypal-dot", "https://\u0440\u0430\u0443\u0440\u0430\u04CF.com%2E/signin"),
        elicitationLink("honest", "https://auth.example.com./connect?state=xyz"),
      ],
      refused,
    );
    expect(outcome).toEqual({ shown: ["honest", "ordinary"], refusedToServer: refused });
    const reasons = refusalReasons(log);
    expect(refused.map((id) => reasons[id])).toEqual(refused.map(() => "elicitation_url"));
  });

  it("is refused with Latin-script or Coptic look-alike letters", async () => {
    const refused = ["google-script-g", "microsoft-coptic", "apple-latin-alpha"];
    const { outcome, log } = await sessions.session(
      [
        elicitationLink("google-script-g", "https://accounts.\u0261oogle.com/signin"),
        elicitationLink("microsoft-coptic", "https://login.micr\u2C9Fs\u2C9Fft.com/oauth2/authorize"),
        elicitationLink("apple-latin-alpha", "https://id.\u0251pple.com/"),
        elicitationLink("honest", "https://m\u00FCnchen.de/anmelden"),
      ],
      refused,
    );
    expect(outcome).toEqual({ shown: ["honest", "ordinary"], refusedToServer: refused });
    const reasons = refusalReasons(log);
    expect(refused.map((id) => reasons[id])).toEqual(refused.map(() => "elicitation_url"));
  });
});
