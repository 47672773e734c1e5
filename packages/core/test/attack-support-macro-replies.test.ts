// False refusal (round 46, found from outside): customer-support macros and saved replies are refused as
// result_injection. A helpdesk's macro says what the agent (a person, or the support assistant the user is
// building) should reply: "Reply to the customer with: \"Hi {{ticket.requester.first_name}}, your refund …\"
// Then set the ticket status to Solved." (Zendesk's macro shape) and "Saved reply: Tell the customer that their
// order has shipped and give them the tracking link." Both read as "orders what to tell the user" (score ≥ 4),
// so under `integrity.result_injection: block` a user who asks the agent to list or audit their helpdesk's
// macros gets nothing. The text speaks of "the customer", a third party the macro's own user writes to, and
// carries no link, no secret and no order against the reader's user. Fixed: a macro or saved reply telling
// the support agent what to say to "the customer" passes; an order to tell the *user* a dictated answer (the
// round-45 false-summary shape) is still refused.
import { describe, expect, it } from "vitest";
import { reviewResult } from "../src/integrity/results.js";
import { DEFAULT_INTEGRITY } from "../src/policy/policy.js";

const BLOCK = { ...DEFAULT_INTEGRITY, result_injection: "block" as const };
const page = (text: string) => ({ jsonrpc: "2.0", id: 10, result: { content: [{ type: "text", text }] } });
const call = { name: "get_macro", arguments: { id: 360011 } };

describe("customer-support macros", () => {
  it.each([
    [
      "Zendesk-style refund macro",
      'Macro: Refund approved\n\nReply to the customer with: "Hi {{ticket.requester.first_name}}, your refund of {{refund.amount}} has been approved and will appear on your statement within 5-10 business days." Then set the ticket status to Solved.',
    ],
    [
      "delay macro",
      'Macro: Shipping delay\nRespond to the customer: "We\'re sorry, your order is delayed by 2 days." Add the tag delay-apology.',
    ],
    [
      "saved reply",
      "Saved reply: Tell the customer that their order has shipped and give them the tracking link.",
    ],
  ])("passes the %s", (_name, text) => {
    expect(reviewResult(BLOCK, page(text), call).action).not.toBe("block");
  });
});
