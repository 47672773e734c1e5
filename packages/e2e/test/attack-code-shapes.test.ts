// Attack (round 9): a token in the shapes code gives it. String literals joined with `+` (`"ghp_R8kW" +
// "q2ZpL5vN" + …`, with single quotes, across a line break) and a list of its character codes as JSON numbers
// ([103, 104, 112, …], which `String.fromCharCode(...list)` reads back): the scanner read each literal and
// each number alone. Through the real bridge and the recording server, before the fix (decode.ts,
// scanner.ts): 4 of 4 reached the server. Arithmetic on strings of words and lists of ordinary numbers still
// pass.
import { afterAll, describe, expect, it } from "vitest";
import { recorded, recorderWithResults, refusal, toolSession } from "../src/index.js";

const TOKEN = "ghp_R8kWq2ZpL5vN3xT7yB1cD4fG6hJ9mK0sA2eU";
const pieces = TOKEN.match(/.{1,8}/g) ?? [];
const CODE = [
  { source: `const a = ${pieces.map((p) => `"${p}"`).join(" + ")};` },
  { source: `b = ${pieces.map((p) => `'${p}'`).join("+")}` },
  { source: `const t = ${pieces.map((p) => `"${p}"`).join(" +\n    ")};` },
  { codes: [...TOKEN].map((c) => c.charCodeAt(0)) },
  // Review pass: a code outside printable ASCII (a line break, a tab, an accented letter) made the list no
  // text, and codes written as strings were not read at all: 4 of 4 reached the server.
  { codes: [...[...TOKEN].map((c) => c.charCodeAt(0)), 10] },
  { codes: [9, ...[...TOKEN].map((c) => c.charCodeAt(0))] },
  { codes: [...[...TOKEN].map((c) => c.charCodeAt(0)), 233] },
  { codes: [...TOKEN].map((c) => String(c.charCodeAt(0))) },
];
const ORDINARY = [
  { source: 'const greeting = "Hello, " + name + "!"; const s = "a" + "b";' },
  { scores: [40, 52, 61, 77, 80, 93, 100, 45, 66, 71, 88, 90] },
  { ids: ["1001", "1002", "1003", "1004", "1005", "1006", "1007", "1008", "1009"] },
  { years: [1998, 2004, 2011, 2017, 2020, 2021, 2023, 2024, 2025] },
];

const { home, log } = recorderWithResults({});
afterAll(() => home.cleanup());
const calls = () => recorded(log).filter((m) => typeof m === "object" && m.method === "tools/call").length;

describe("a token in the shapes code gives it", () => {
  it("never reaches the server; ordinary code and numbers still pass", async () => {
    const outcomes: unknown[] = [];
    await toolSession(home, async (send) => {
      for (const args of [...CODE, ...ORDINARY]) outcomes.push(refusal(await send("echo", args)));
    });
    expect(outcomes).toEqual([...CODE.map(() => "sensitive_data"), ...ORDINARY.map(() => "forwarded")]);
    expect(calls()).toBe(ORDINARY.length);
  });
});
