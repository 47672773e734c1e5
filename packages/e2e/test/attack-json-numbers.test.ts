// Attack: card numbers are blocked towards the server and redacted towards the client (docs/detection.md),
// also split over neighbouring strings (attack-split-values). JSON has numbers as well: a card sent as
// [4111, 1111, 1111, 1111] or as two number fields is read whole by any model, yet only a single number of
// fourteen digits or more was read as a card. Through the real bridge 3 of 3 such calls reached the server,
// and a result's structuredContent holding one reached the client whole, before the fix (split-values.ts
// reads whole numbers as the digits they are written with). Numbers that are no card still pass.
import { afterAll, describe, expect, it } from "vitest";
import { recorded, recorderWithResults, refusal, toolSession } from "../src/index.js";

const SPLIT = [
  { card: [4111, 1111, 1111, 1111] },
  { card_start: 41111111, card_end: 11111111 },
  { card: ["4111 1111", 1111, 1111] },
];
const ORDINARY = [{ point: [4111, 1111, 1111, 1112] }, { year: 2026, month: 11, day: 22, seq: 42 }];
const { home, log } = recorderWithResults({
  billing: {
    content: [{ type: "text", text: "see structured content" }],
    structuredContent: { card: [5555, 5555, 5555, 4444], note: "on file" },
  },
});
afterAll(() => home.cleanup());

const digits = (value: unknown) => JSON.stringify(value).replace(/[^0-9]/g, "");

describe("card numbers written as JSON numbers", () => {
  it("never reach the server or the client whole; other numbers still pass", async () => {
    const outcomes: unknown[] = [];
    let billing: Record<string, unknown> = {};
    await toolSession(home, async (call) => {
      for (const args of [...SPLIT, ...ORDINARY]) outcomes.push(refusal(await call("echo", args)));
      billing = await call("billing", {});
    });
    expect(outcomes).toEqual([...SPLIT.map(() => "sensitive_data"), ...ORDINARY.map(() => "forwarded")]);
    const echoed = recorded(log).filter((m) => typeof m === "object" && JSON.stringify(m).includes('"echo"'));
    expect(echoed).toHaveLength(ORDINARY.length);
    for (const m of echoed) expect(digits(m)).not.toContain("4111111111111111");
    const structured = (billing.result as { structuredContent?: unknown }).structuredContent;
    expect(digits(structured)).not.toContain("5555555555554444");
    expect(JSON.stringify(structured)).toContain("[REDACTED:credit_card]");
    expect(structured).toMatchObject({ note: "on file" });
  });
});
