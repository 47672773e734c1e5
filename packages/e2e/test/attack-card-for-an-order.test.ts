// Attack (round 39): a card number is taken for an order, invoice or booking number when one of those words
// ends the text before it, even where the text has just called it a card: "Credit card for booking: 4539 1488
// 0343 6467", "Please charge my card for this invoice: …", "Customer's card for the order: …". The number has
// a valid Luhn sum and a Visa or Mastercard range, and is a card to any reader; support tickets, hotel
// confirmations and CRM notes say it that way every day. So by default it reaches the client unredacted and
// the server unrefused. The order word names what the card pays for, not the number: a card the text calls
// a card must be redacted towards the client and refused towards the server (by default), as "Card charged
// for the reservation: …" already is; a bare "Order number: …" keeps passing.
import { afterAll, describe, expect, it } from "vitest";
import { echoOutcomes, recorded, recorderWithResults, toolSession } from "../src/index.js";

const CARDS = [
  "Credit card for booking: 4539 1488 0343 6467",
  "Please charge my card for this invoice: 4539 1488 0343 6467",
  "Customer's card for the order: 5425 2334 3010 9903",
  "Card to refund for ticket: 4539 1488 0343 6467",
  "Visa card for the booking - 4539148803436467",
];
/** An order number the text calls one, shaped like a card: not a card (hard negative). */
const ORDER = "Order number: 4539148803436467";
const NUMBERS = ["4539 1488 0343 6467", "4539148803436467", "5425 2334 3010 9903"];

const text = (t: string) => ({ content: [{ type: "text", text: t }] });
const { home, log } = recorderWithResults({
  ticket: text(
    [
      "Ticket #48213 — refund request",
      "From: Jane Roe",
      "",
      "Hi, I was charged twice for my stay.",
      ...CARDS,
      "Thanks!",
    ].join("\n"),
  ),
  reservation: text("Card charged for the reservation: 4539 1488 0343 6467"),
});
afterAll(async () => {
  await home.cleanup();
});

/** Which card numbers a text still shows. */
const bare = (seen: string) => NUMBERS.filter((n) => seen.includes(n));

describe("a card number the text calls a card, before an order or booking word", () => {
  it("with the order word before the card word, reaches the client redacted (control)", async () => {
    let seen = "";
    await toolSession(home, async (call) => {
      seen = JSON.stringify((await call("reservation", {})).result);
    });
    expect(bare(seen)).toEqual([]);
  });

  it("reaches the client redacted", async () => {
    let seen = "";
    await toolSession(home, async (call) => {
      seen = JSON.stringify((await call("ticket", {})).result);
    });
    expect(bare(seen)).toEqual([]);
  });

  it("is refused towards the server and never reaches it; an order number passes", async () => {
    const { outcomes } = await echoOutcomes(
      home,
      log,
      [...CARDS, ORDER].map((note) => ({ note })),
    );
    expect(outcomes).toEqual([...CARDS.map(() => "sensitive_data"), "forwarded"]);
    const seen = JSON.stringify(recorded(log).filter((m) => JSON.stringify(m).includes('"echo"')));
    expect(seen).toContain(ORDER);
    expect(bare(seen.replace(ORDER, ""))).toEqual([]);
  });
});
