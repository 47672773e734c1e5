// Attack (round 19): a value split over neighbours that each wrap their piece once more. A token over
// one-item lists ([["ghp_R8kWq2Zp"], ["L5vN3xT7yB1c…"]]), over rows that number their chunks
// ([{ "seq": 1, "chunk": "ghp_…" }, …]) or over an object's fields holding one-item lists; an address and a
// card over such rows. A model reads the pieces side by side as it reads bare strings, which the guard did
// join; wrapped once more, it did not. And a card written as a number in text whose digits do not show it
// ("4.111111111111111e15", "4111111111111111.0"), read as the number by a model. Before the fix 9 of 9
// argument shapes reached the recording server whole and the 3 results reached the client whole. Rows of
// ordinary values (words, ids, dates, small numbers in exponent form) pass as sent.
import { afterAll, describe, expect, it } from "vitest";
import {
  type Carried,
  echoCallsSeen,
  redactingRecorder,
  resultTexts,
  toolDefinition,
  valuesReachingServer,
} from "../src/index.js";

const PIECES = ["ghp_R8kWq2Zp", "L5vN3xT7yB1cD4fG6hJ9mK0sA2eU"];
const rows = (pieces: readonly string[]) => pieces.map((chunk, i) => ({ seq: i + 1, chunk }));

const REQUESTS: Record<string, Carried> = {
  "token over one-item lists": { args: { parts: PIECES.map((p) => [p]) }, value: PIECES[1]! },
  "token over lists two levels down": { args: { parts: PIECES.map((p) => [[p]]) }, value: PIECES[1]! },
  "token over numbered rows": { args: { parts: rows(PIECES) }, value: PIECES[1]! },
  "token over one-field rows": { args: { parts: PIECES.map((value) => ({ value })) }, value: PIECES[1]! },
  "token over fields of one-item lists": { args: { a: [PIECES[0]], b: [PIECES[1]] }, value: PIECES[1]! },
  "address over numbered rows": {
    args: { parts: rows(["john.doe", "@", "example.com"]) },
    value: "john.doe",
  },
  "card over numbered rows": { args: { parts: rows(["4111111111", "111111"]) }, value: "4111111111" },
  "card in exponent form": { args: { n: "4.111111111111111e15" }, value: "4.111111111111111e15" },
  "card with a zero fraction": { args: { n: "4111111111111111.0" }, value: "4111111111111111.0" },
};

const ORDINARY: object[] = [
  { parts: rows(["orders", "invoices", "refunds"]) },
  { parts: [["alpha"], ["beta"], ["gamma"]] },
  { parts: [{ id: "3f2b6c1e-8d4a-4f7b-9c2e-1a5d6e7f8a9b" }, { id: "9c2e1a5d-6e7f-4b8a-9b3f-2b6c1e8d4a4f" }] },
  { a: ["invoice 2024-05"], b: ["paid in full"] },
  { rate: "1.5e3", total: "1234567890123456.0" },
];

const { home, log } = redactingRecorder(
  {
    tools: ["echo", "token", "address", "card"].map((name) => toolDefinition(name, "A tool.")),
    results: {
      token: { content: [{ type: "text", text: "ok" }], structuredContent: { parts: rows(PIECES) } },
      address: {
        content: [{ type: "text", text: "ok" }],
        structuredContent: { parts: [["john.doe"], ["@"], ["example.com"]] },
      },
      card: {
        content: [{ type: "text", text: "ok" }],
        structuredContent: { parts: [{ v: "4111 1111 1111" }, { v: "1111" }] },
      },
    },
  },
  ["email", "credit_card", "github_token"],
);
afterAll(() => home.cleanup());

describe("values split over wrapped neighbours, and cards in number forms (round 19)", () => {
  it("reach the server redacted (before: 9 of 9 whole)", async () => {
    const { reached, seen } = await valuesReachingServer(home, log, REQUESTS);
    expect(seen).toHaveLength(Object.keys(REQUESTS).length);
    expect(reached).toEqual([]);
    expect(seen.join("\n")).toContain('"seq":2');
  });

  it("rows of ordinary values reach it as sent", async () => {
    const before = echoCallsSeen(log).length;
    const calls = Object.fromEntries(ORDINARY.map((args, i) => [`ordinary ${i}`, { args, value: "" }]));
    const { seen } = await valuesReachingServer(home, log, calls);
    const now = seen.slice(before);
    expect(now).toHaveLength(ORDINARY.length);
    ORDINARY.forEach((args, i) => expect(now[i]).toContain(JSON.stringify(args)));
  });

  it("reach the client redacted (before: 3 of 3 whole)", async () => {
    const answers = await resultTexts(home, ["token", "address", "card"]);
    for (const [name, answer] of Object.entries(answers)) {
      expect(answer, name).toContain("[REDACTED:");
      for (const value of [PIECES[1]!, "john.doe", "example.com", "4111 1111 1111"])
        expect(answer, name).not.toContain(value);
    }
    expect(answers.token).toContain('"seq":2');
  });
});
