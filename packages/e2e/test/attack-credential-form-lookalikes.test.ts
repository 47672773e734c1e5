// Round 34 (atk34a): a form elicitation asking the user for a credential is refused (credential-form.ts), but
// its words are read by exact spelling after NFKC only (credential-words.ts). A form a person reads as asking
// for a password is shown when the word is written with Cyrillic look-alike letters ("Bank раssword", which
// the guard maps to Latin everywhere else it reads text), as a plural ("Passwords", "PINs"), as the plain
// English word for the whole set ("Online banking credentials"), or with the symbol a person reads as the
// letter ("P@ssword"). Each should be refused to the server (elicitation_credentials) and never shown, as
// "Bank password" is; the honest form stays shown (control). Real bridge, recording server.
import { afterAll, describe, expect, it } from "vitest";
import { elicitationForm, ElicitationSessions } from "../src/index.js";

const form = elicitationForm;
const sessions = new ElicitationSessions();
afterAll(async () => {
  await sessions.cleanup();
});

const titled = (title: string) => ({ type: "string", title });
// "раssword": U+0440 CYRILLIC SMALL LETTER ER and U+0430 CYRILLIC SMALL LETTER A, drawn as "pa".
const LOOKALIKE_PASSWORD = "\u0440\u0430ssword";

describe("a form elicitation that asks for a credential in a spelling a person reads at once", () => {
  it("is refused when the credential word is written with Cyrillic look-alike letters", async () => {
    const asking = ["lookalike-title", "lookalike-message"];
    const forms = [
      form("lookalike-title", { value: titled(`Online banking ${LOOKALIKE_PASSWORD}`) }),
      form(
        "lookalike-message",
        { value: { type: "string" } },
        `Enter your online banking ${LOOKALIKE_PASSWORD} below.`,
      ),
    ];
    expect(await sessions.run(forms, asking)).toEqual({ shown: ["ordinary"], refusedToServer: asking });
  });

  it("is refused when it asks for the user's credentials", async () => {
    const asking = ["credentials"];
    const forms = [
      form("credentials", { username: titled("Username"), value: titled("Online banking credentials") }),
    ];
    expect(await sessions.run(forms, asking)).toEqual({ shown: ["ordinary"], refusedToServer: asking });
  });

  it("is refused when it asks for passwords or PINs in the plural", async () => {
    const asking = ["plural-passwords", "plural-pins"];
    const forms = [
      form("plural-passwords", { value: titled("Your passwords for the linked accounts") }),
      form("plural-pins", { value: titled("Card PINs") }),
    ];
    expect(await sessions.run(forms, asking)).toEqual({ shown: ["ordinary"], refusedToServer: asking });
  });

  it("is refused when a symbol stands for a letter of the word ('P@ssword')", async () => {
    const asking = ["at-sign"];
    const forms = [form("at-sign", { value: titled("Bank P@ssword") })];
    expect(await sessions.run(forms, asking)).toEqual({ shown: ["ordinary"], refusedToServer: asking });
  });
});
