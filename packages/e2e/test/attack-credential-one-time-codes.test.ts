// Round 37 (atk37a): a form asking for a one-time banking code is refused in English ("Verification code",
// "SMS code", "OTP", "Auth code") but the new table of other languages (credential-words.ts OTHER_LANGUAGES)
// holds only passwords, PINs, card numbers, security codes and recovery phrases, so the same request in German
// ("TAN", "pushTAN", "Bestätigungscode": what German online banking asks to release a transfer), French,
// Spanish or Dutch, and the English "Authenticator code", "Backup code" and "Card verification value" (CVV
// spelled out), are shown to the user under the guarded server's name. Real bridge, recording server: each
// should be refused to the server and never shown; an ordinary form stays shown.
import { afterAll, describe, expect, it } from "vitest";
import { elicitationForm, ElicitationSessions, refusalReasons } from "../src/index.js";

const sessions = new ElicitationSessions();
afterAll(async () => {
  await sessions.cleanup();
});

const FORMS: Record<string, string> = {
  tan: "TAN",
  push_tan: "pushTAN aus Ihrer Banking-App",
  german_code: "Bestätigungscode",
  french_code: "Code de vérification",
  spanish_code: "Código de verificación",
  dutch_code: "Verificatiecode",
  authenticator: "Authenticator code",
  backup: "Backup code",
  cvv_spelled: "Card verification value",
  // Round 38: a code the service sent, with no digit count or "verification" to give it away.
  sent_code: "The code we sent to your phone",
};

describe("a form asking for a one-time or card code in words the table lacks", () => {
  it("is refused to the server and never shown", async () => {
    const ids = Object.keys(FORMS);
    const { outcome, log } = await sessions.session(
      ids.map((id) =>
        elicitationForm(id, { value: { type: "string", title: FORMS[id] } }, "Bitte bestätigen."),
      ),
      ids,
    );
    expect(outcome).toEqual({ shown: ["ordinary"], refusedToServer: ids });
    // Tightened by the fixer: refused as asking for a credential, not by any error.
    const reasons = refusalReasons(log);
    expect(ids.map((id) => reasons[id])).toEqual(ids.map(() => "elicitation_credentials"));
  });
});
