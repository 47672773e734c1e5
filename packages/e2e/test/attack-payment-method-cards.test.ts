// Attack (round 18): a card number with a wrong check digit in a brand's range, under the field a receipt or
// checkout form prints it in ("Payment method: …", "paid with …"). Written after "card" or "Visa" such a number
// is taken as the card it reads as (a mistyped digit still discloses it), but a receipt's own field did not name
// it, so it passed: through the real bridge and the recording server, before the fix 2 of 2 argument objects
// reached the server and a result's text reached the client with the number whole. The same numbers under an
// order or reference label, and a form's placeholder of zeros named a card, still pass.
import { afterAll, describe, expect, it } from "vitest";
import { namedEchoOutcomes, recorderWithResults, resultTexts, sameFor } from "../src/index.js";

const MASTERCARD = "5567 4081 3646 4000"; // Mastercard's range and length; Luhn fails
const AMEX = "376454057005914"; // American Express's range and length; Luhn fails

const NAMED: Record<string, object> = {
  "a receipt's payment method": { receipt: `Total 42.10 EUR. Payment method: ${MASTERCARD}` },
  "paid with, in a note": { note: `Customer paid with ${AMEX} at the desk` },
};
const ORDINARY: Record<string, object> = {
  "the same digits as an order number": { note: `order ${AMEX} shipped` },
  "a placeholder of zeros named a card": { form: "Payment method: 0000 0000 0000 0000" },
};

const { home, log } = recorderWithResults({
  receipt: { content: [{ type: "text", text: `Order 7781 - the payment method is ${AMEX}.` }] },
});
afterAll(() => home.cleanup());

describe("a card named by a receipt's payment field", () => {
  it("never reaches the server (before: 2 of 2 did)", async () => {
    const { outcomes, echoed } = await namedEchoOutcomes(home, log, NAMED);
    expect(outcomes).toEqual(sameFor(NAMED, "sensitive_data"));
    expect(echoed).toBe(0);
  });

  it("the same digits unnamed, and a placeholder, still reach it", async () => {
    const { outcomes, echoed } = await namedEchoOutcomes(home, log, ORDINARY);
    expect(outcomes).toEqual(sameFor(ORDINARY, "forwarded"));
    expect(echoed).toBe(Object.keys(ORDINARY).length);
  });

  it("reaches the client redacted (before: whole)", async () => {
    const { receipt } = await resultTexts(home, ["receipt"]);
    expect(receipt).not.toContain(AMEX);
    expect(receipt).toContain("[REDACTED:credit_card]");
    expect(receipt).toContain("Order 7781");
  });
});
