// Round 37 (atk37a), a form now wrongly refused: the new table of other languages' credential words
// (credential-words.ts) lists the Dutch "pincode*", so an Indian delivery-address form's "Pincode" field (the
// Postal Index Number every Indian address form asks for, in English, one word) is refused as a PIN, and the
// user never sees an honest shipping form. The Hindi postal "पिन" was left out for this reason; the English
// spelling of the same postal code should pass as well. Real bridge: the form should be shown, not refused.
import { afterAll, describe, expect, it } from "vitest";
import { elicitationForm, ElicitationSessions } from "../src/index.js";

const sessions = new ElicitationSessions();
afterAll(async () => {
  await sessions.cleanup();
});

describe("an Indian delivery address form", () => {
  it("is shown to the user", async () => {
    const outcome = await sessions.run(
      [
        elicitationForm(
          "address",
          {
            name: { type: "string", title: "Full name" },
            address: { type: "string", title: "Flat, house no., street" },
            city: { type: "string", title: "Town/City" },
            pincode: { type: "string", title: "Pincode", description: "6-digit postal code, e.g. 560001" },
          },
          "Where should we deliver your order?",
        ),
      ],
      ["address"],
    );
    expect(outcome).toEqual({ shown: ["address", "ordinary"], refusedToServer: [] });
  });
});
