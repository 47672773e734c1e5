// Round 35 (atk35a): a form elicitation asking for a credential is refused, and its words are read as a person
// reads them: look-alike letters of other scripts as Latin ("раssword"), hidden characters dropped, combining
// overlays dropped (credential-words.ts readingsOf, scoring-text.ts). But a Latin letter with an accent is kept
// as it is, since NFKC composes the base letter and its mark into one character before marks are dropped:
// "Bank pässword", "Pàssword", "Mot de pâsse" are read at a glance as the credential they name, yet match no
// word of the list, and the form is shown to the user. Each should be refused to the server
// (elicitation_credentials) and never shown, as "Bank password" is; the honest form stays shown (control).
// Real bridge, recording server.
import { afterAll, describe, expect, it } from "vitest";
import { elicitationForm, ElicitationSessions } from "../src/index.js";

const form = elicitationForm;
const sessions = new ElicitationSessions();
afterAll(async () => {
  await sessions.cleanup();
});

const titled = (title: string) => ({ type: "string", title });

describe("a form elicitation that asks for a credential with accents on its letters", () => {
  it("is refused, composed or with a combining mark", async () => {
    const asking = ["umlaut", "grave", "circumflex", "combining"];
    const forms = [
      form("umlaut", { value: titled("Bank p\u00e4ssword") }),
      form("grave", { value: titled("P\u00e0ssword") }),
      form("circumflex", { value: titled("Mot de p\u00e2sse") }),
      // "a" followed by U+0301 COMBINING ACUTE ACCENT, which NFKC composes into "á".
      form("combining", { value: titled("Online banking pa\u0301ssword") }),
    ];
    expect(await sessions.run(forms, asking)).toEqual({ shown: ["ordinary"], refusedToServer: asking });
  });
});
