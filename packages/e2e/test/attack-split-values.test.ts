// Attack: card numbers are blocked towards the server and redacted towards the client (README, detection).
// A card number split over two strings is read whole by a model, which concatenates a result's content
// items and reads an object's fields side by side, but each string is scanned alone: two content items of
// one result, two fields of one argument object. One digit at a time, it is one string, and still not read
// as a card (grouped with dots it now is). The open ones are expected to fail (it.fails) until detection
// reads across neighbouring strings and that grouping. An agent that wants to send a
// number out can always split it over two calls, which no per-message check can join; a result split over
// content items is the server's choice, and the guard's redaction is what keeps it from the model.
import { afterAll, describe, expect, it } from "vitest";
import { recorded, recorderWithResults, refusal, toolSession } from "../src/index.js";

const CARD = "4111111111111111";
const { home, log } = recorderWithResults({
  customer: {
    content: [
      { type: "text", text: "Card on file: 4111 1111" },
      { type: "text", text: "1111 1111, expires 12/29" },
    ],
  },
});
afterAll(() => home.cleanup());

async function call(name: string, args: object): Promise<Record<string, unknown>> {
  let answer: Record<string, unknown> = {};
  await toolSession(home, async (callTool) => {
    answer = await callTool(name, args);
  });
  return answer;
}

const digits = (value: unknown) => JSON.stringify(value).replace(/[^0-9]/g, "");

describe("a card number split or grouped unusually", () => {
  it.fails("split over two fields of one argument object, is not forwarded (open)", async () => {
    const answer = await call("echo", { card_start: "4111 1111", card_end: "1111 1111" });
    expect(refusal(answer)).toBe("sensitive_data");
  });

  // Before: 1 of 1 reached the server; the card detector now reads dot-grouped numbers.
  it("grouped with dots, is not forwarded", async () => {
    const answer = await call("echo", { note: "card 4111.1111.1111.1111" });
    expect(refusal(answer)).toBe("sensitive_data");
  });

  it.fails("one digit at a time, is not forwarded (open)", async () => {
    const answer = await call("echo", { note: `card ${[...CARD].join(" ")}` });
    expect(refusal(answer)).toBe("sensitive_data");
  });

  it.fails("split over two content items of a result, does not reach the client whole (open)", async () => {
    const answer = await call("customer", {});
    expect(digits((answer.result as { content?: unknown } | undefined)?.content)).not.toContain(CARD);
  });

  it("the server saw each of the forwarded ones (what the open cases let through)", () => {
    const calls = recorded(log).filter((m) => typeof m === "object" && m.method === "tools/call");
    expect(calls.filter((m) => digits((m as { params?: unknown }).params).includes(CARD))).toHaveLength(2);
  });
});
