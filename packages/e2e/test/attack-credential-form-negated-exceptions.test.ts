// Round 36 (atk36a): README: in a form's description or message, a negation warns against giving a credential
// rather than asks for it, except where an exception undoes it ("Do not give anyone except us your
// password") or a "without" states a threat ("You cannot continue without entering your password"). Both
// rules miss common wordings: "Do not type anything but your PIN.", "Do not enter anything else than your
// password." (while "anything other than" and "anything except" are refused), and "Do not submit the form
// without your password." / "Never submit this form without your PIN." (while "Don't proceed without your
// card number" is refused). Each asks the user to type the credential into the field below it; each should be
// refused to the server (elicitation_credentials) and never shown. Real bridge, recording server.
import { afterAll, describe, expect, it } from "vitest";
import { elicitationForm, ElicitationSessions } from "../src/index.js";

const sessions = new ElicitationSessions();
afterAll(async () => {
  await sessions.cleanup();
});

const described = (description: string) => ({ value: { type: "string", title: "Value", description } });
const typed = { value: { type: "string", title: "Value" } };

describe("a negated sentence that still asks for the credential", () => {
  it("is refused in a field's description", async () => {
    const asking = ["anything-but", "else-than", "submit-without", "never-submit-without"];
    const forms = [
      elicitationForm("anything-but", described("Do not type anything but your online banking PIN.")),
      elicitationForm("else-than", described("Do not enter anything else than your bank password.")),
      elicitationForm("submit-without", described("Do not submit the form without your bank password.")),
      elicitationForm("never-submit-without", described("Never submit this form without your card PIN.")),
    ];
    expect(await sessions.run(forms, asking)).toEqual({ shown: ["ordinary"], refusedToServer: asking });
  });

  it("is refused in the message over a field to type into", async () => {
    const asking = ["message-but", "message-without"];
    const forms = [
      elicitationForm("message-but", typed, "Do not type anything but your online banking password below."),
      elicitationForm(
        "message-without",
        typed,
        "Do not submit the form without your online banking password.",
      ),
    ];
    expect(await sessions.run(forms, asking)).toEqual({ shown: ["ordinary"], refusedToServer: asking });
  });
});
