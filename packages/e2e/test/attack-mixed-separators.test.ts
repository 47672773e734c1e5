// Attack (round 17): a card number whose groups are joined by separators that differ inside the one number
// ("4111 1111-1111.1111", "4111  1111 1111 1111", "4111 / 1111-1111 1111"). A reader takes the same number
// from each, but the card detector wanted one space, dash or dot used throughout and the odd-separator reader
// one and the same odd gap, so each passed whole. Through the real bridge and the recording server, before
// the fix 6 of 6 reached the server and a result holding two reached the client whole. Ordinary numbers
// written alike (a card then its expiry date, dates and times, page ranges, a number before a card) still
// read as before.
import { afterAll, describe, expect, it } from "vitest";
import { echoCallsSeen, namedEchoOutcomes, recorderWithResults, resultTexts, sameFor } from "../src/index.js";

const MIXED: Record<string, object> = {
  "space, dash and dot": { note: "card 4111 1111-1111.1111 thanks" },
  "dashes then a space": { note: "pay with 5555-5555-5555 4444" },
  "a double space first": { note: "4111  1111 1111 1111" },
  "a double space last": { note: "visa 4111 1111-1111  1111" },
  "a slash among dashes": { note: "4111 / 1111-1111 1111" },
  "an Amex with a space and a dash": { note: "amex 3782 822463-10005" },
};

const ORDINARY: Record<string, object> = {
  "dates and a time": { note: "2026-11-22 10:05:33.123456" },
  "page ranges": { note: "pages 10 - 20 / 30 - 40" },
  "version and build": { note: "version 4.1.1 / build 1111_1111" },
};

const { home, log } = recorderWithResults({
  statement: { content: [{ type: "text", text: "Paid with 5555 5555-5555.4444 on 2026-11-23.\nOK" }] },
  receipts: { content: [{ type: "text", text: "ref 12 / 4111/1111/1111/1111 and 3782  822463 10005" }] },
});
afterAll(() => home.cleanup());

const digitsOf = (text: string) => text.replace(/[^0-9]/g, "");
const CARDS = ["4111111111111111", "5555555555554444", "378282246310005"];

describe("card numbers whose separators differ inside one number", () => {
  it("never reach the server (before: 6 of 6 did)", async () => {
    const { outcomes, echoed } = await namedEchoOutcomes(home, log, MIXED);
    expect(outcomes).toEqual(sameFor(MIXED, "sensitive_data"));
    expect(echoed).toBe(0);
  });

  it("ordinary numbers written alike still reach it", async () => {
    const { outcomes, echoed } = await namedEchoOutcomes(home, log, ORDINARY);
    expect(outcomes).toEqual(sameFor(ORDINARY, "forwarded"));
    expect(echoed).toBe(Object.keys(ORDINARY).length);
    for (const call of echoCallsSeen(log))
      for (const card of CARDS) expect(digitsOf(call)).not.toContain(card);
  });

  it("reach the client redacted where they were written (before: both whole)", async () => {
    const answers = await resultTexts(home, ["statement", "receipts"]);
    for (const answer of Object.values(answers)) {
      for (const card of CARDS) expect(digitsOf(answer)).not.toContain(card);
      expect(answer).toContain("[REDACTED:credit_card]");
    }
    expect(answers.statement).toContain("on 2026-11-23.\\nOK");
    expect(answers.receipts).toContain("ref 12 / ");
  });
});
