// Round 35 (atk35a): a form elicitation asking for a credential is refused, and since round 34 its text is read
// a second time with the digits and symbols between letters as the letters they stand for ("P@ssword",
// "p4ssw0rd", "s3cr3t"; credential-words.ts readingsOf). But that reading puts a lower-case letter inside a
// word written in capitals ("P4SSW0RD" becomes "PaSSWoRD"), and the word split then cuts it at each case change
// ("pa ss wo rd"): the same spellings in capitals, as a form's label often is, are shown to the user. Each
// should be refused to the server (elicitation_credentials) and never shown, as "Bank P@ssword" is; the honest
// form stays shown (control). Real bridge, recording server.
import { afterAll, describe, expect, it } from "vitest";
import { elicitationForm, ElicitationSessions } from "../src/index.js";

const form = elicitationForm;
const sessions = new ElicitationSessions();
afterAll(async () => {
  await sessions.cleanup();
});

const titled = (title: string) => ({ type: "string", title });

describe("a form elicitation that asks for a credential in capitals with symbols for letters", () => {
  it("is refused in a field's title ('BANK P4SSW0RD', 'P@SSWORD', 'S3CR3T KEY')", async () => {
    const asking = ["digits", "at-sign", "secret"];
    const forms = [
      form("digits", { value: titled("BANK P4SSW0RD") }),
      form("at-sign", { value: titled("ONLINE BANKING P@SSWORD") }),
      form("secret", { value: titled("S3CR3T KEY") }),
    ];
    expect(await sessions.run(forms, asking)).toEqual({ shown: ["ordinary"], refusedToServer: asking });
  });

  it("is refused in a field's name and in the message", async () => {
    const asking = ["name", "message"];
    const forms = [
      form("name", { PA$$WORD: { type: "string" } }),
      form("message", { value: { type: "string" } }, "ENTER YOUR BANK P4SSW0RD BELOW"),
    ];
    expect(await sessions.run(forms, asking)).toEqual({ shown: ["ordinary"], refusedToServer: asking });
  });
});
