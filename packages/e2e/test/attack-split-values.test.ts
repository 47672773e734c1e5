// Attack: card numbers are blocked towards the server and redacted towards the client (docs/detection.md).
// A card number split over two strings is read whole by a model, which concatenates a result's content
// items and reads an object's fields side by side; one digit at a time, it is one string a reader joins at
// once. Before this round 3 of 3 such spellings reached the server whole (two fields, one digit apart, one
// digit per field) and a result split over two content items reached the client whole. The scanner now
// reads each junction between neighbouring strings as one text (split-values.ts) and the card detector
// takes a card spelled one digit at a time. Numbers that are no card, split the same way, still pass.
// An agent that wants to send a number out can always split it over two calls, which no per-message check
// can join.
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
const echoed = () =>
  recorded(log).filter(
    (m) => typeof m === "object" && m.method === "tools/call" && JSON.stringify(m).includes('"echo"'),
  );

describe("a card number split or grouped unusually", () => {
  it("split over two fields of one argument object, is not forwarded (before: reached the server)", async () => {
    const answer = await call("echo", { card_start: "4111 1111", card_end: "1111 1111" });
    expect(refusal(answer)).toBe("sensitive_data");
  });

  it("one digit per field, is not forwarded (before: reached the server)", async () => {
    const fields = Object.fromEntries([...CARD].map((d, i) => [`d${i}`, d]));
    const answer = await call("echo", fields);
    expect(refusal(answer)).toBe("sensitive_data");
  });

  // Before: 1 of 1 reached the server; the card detector now reads dot-grouped numbers.
  it("grouped with dots, is not forwarded", async () => {
    const answer = await call("echo", { note: "card 4111.1111.1111.1111" });
    expect(refusal(answer)).toBe("sensitive_data");
  });

  it("one digit at a time, is not forwarded (before: reached the server)", async () => {
    const answer = await call("echo", { note: `card ${[...CARD].join(" ")}` });
    expect(refusal(answer)).toBe("sensitive_data");
  });

  it("split over two content items of a result, does not reach the client whole (before: it did)", async () => {
    const answer = await call("customer", {});
    const content = (answer.result as { content?: unknown } | undefined)?.content;
    expect(digits(content)).not.toContain(CARD);
    expect(JSON.stringify(content)).toContain("[REDACTED:credit_card]");
    expect(JSON.stringify(content)).toContain("expires 12/29");
  });

  it("numbers that are no card, split over fields or spelled out, still pass", async () => {
    expect(refusal(await call("echo", { year: "2026", month: "11", day: "22", seq: "0042" }))).toBe(
      "forwarded",
    );
    expect(refusal(await call("echo", { a: "4111 1111", b: "1111 1112" }))).toBe("forwarded");
    expect(refusal(await call("echo", { note: `row ${[...`${CARD}2222`].join(" ")}` }))).toBe("forwarded");
  });

  it("the server saw none of the split cards, and every number that is no card", () => {
    const seen = echoed().map((m) => digits((m as { params?: unknown }).params));
    // Before: the three split cards were among them (six echoes).
    expect(seen).toEqual(["202611220042", "4111111111111112", `${CARD}2222`]);
  });
});
