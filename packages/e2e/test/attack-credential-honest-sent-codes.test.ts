// False positive (round 38, atk38a): "the code we sent" is now read as a one-time code unless the word just
// before `code` names an honest kind (promo, gift, tracking, booking …). Many honest codes a service sends are
// named by another word, or by two: a reference code, a gift card code, a course code, an event code, a ticket
// code or a survey code "we sent you" is refused as asking for a credential (elicitation_credentials), so a
// booking, learning or ticketing server cannot ask the user for the code on their receipt or invitation. Real
// bridge, recording server: each form should be shown to the user, as the ordinary one is.
import { afterAll, describe, expect, it } from "vitest";
import { elicitationForm, ElicitationSessions } from "../src/index.js";

const sessions = new ElicitationSessions();
afterAll(async () => {
  await sessions.cleanup();
});

const MESSAGES: Record<string, string> = {
  reference: "Enter the reference code we sent you in your receipt.",
  gift_card: "Enter the gift card code we sent you.",
  course: "Enter the course code we sent you to join the class.",
  event: "Enter the event code we sent you in the invitation.",
  ticket: "Enter the ticket code we sent you for the concert.",
  survey: "Enter the survey code we sent you.",
};

describe("a form asking for an honest code the service sent", () => {
  it("is shown to the user", async () => {
    const ids = Object.keys(MESSAGES);
    const outcome = await sessions.run(
      ids.map((id) => elicitationForm(id, { code: { type: "string", title: "Code" } }, MESSAGES[id])),
      ids,
    );
    expect(outcome).toEqual({ shown: [...ids, "ordinary"], refusedToServer: [] });
  });
});
