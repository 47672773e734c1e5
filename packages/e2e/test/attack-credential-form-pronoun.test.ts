// Round 34 (atk34a): a form's message or description that names a credential under a negation is read as a
// warning (credential-warnings.ts), and the form is shown. The phishing shape every bank-scam page uses puts
// the warning first and the request in the next sentence, naming the credential by a pronoun: "We never store
// your password. Please confirm it below." over a single text field. The guard sees only the warned-against
// mention and shows the form, and what the user types goes to the server. Such a form should be refused to
// the server (elicitation_credentials) and never shown; a form that only warns, with nothing asking for "it",
// is still shown (control), as is the honest form. Real bridge, recording server.
import { afterAll, describe, expect, it } from "vitest";
import { elicitationForm, ElicitationSessions } from "../src/index.js";

const form = elicitationForm;
const sessions = new ElicitationSessions();
afterAll(async () => {
  await sessions.cleanup();
});

const text = { type: "string" };

describe("a form that warns about a credential, then asks for it by a pronoun", () => {
  it("is refused, while a form that only warns is still shown", async () => {
    const asking = ["message-confirm-it", "message-type-it", "description-enter-it"];
    const forms = [
      form("message-confirm-it", { value: text }, "We never store your password. Please confirm it below."),
      form(
        "message-type-it",
        { value: text },
        "For your security, never share your online banking password with anyone. Type it below to verify your identity.",
      ),
      form("description-enter-it", {
        value: {
          type: "string",
          description: "Never share your password with anyone. Enter it here so we can verify you.",
        },
      }),
      // Control: a warning and nothing that asks for the credential (a display name is typed here).
      form(
        "warning-only",
        { displayName: { type: "string", title: "Display name" } },
        "Never share your password with anyone, not even with us.",
      ),
    ];
    expect(await sessions.run(forms, asking)).toEqual({
      shown: ["warning-only", "ordinary"],
      refusedToServer: asking,
    });
  });
});
