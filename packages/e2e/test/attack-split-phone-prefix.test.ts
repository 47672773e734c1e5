// Attack (round 9): a phone number cut over neighbouring fields or strings with its international prefix
// written as `00` (or in brackets, or as a `+` of its own) and no phone-named field: split-fields.ts read a
// number over three neighbours only after a piece of `+` and its country code, and a number over two not at
// all. Through the real bridge and the recording server, before the fix: 8 of 8 reached the server.
// Neighbours of short numbers that hold none still pass.
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { echoOutcomes, makeGuardedHome, recorderServerYaml } from "../src/index.js";

const SPLIT = [
  { cc: "001", area: "415", line: "555 0132" },
  { parts: ["0049", "30", "901820", "12"] },
  { a: "00 44", b: "20", c: "79460958" },
  { a: "(0044)", b: "20", c: "79460958" },
  { a: "+", b: "44", c: "20", d: "79460958" },
  { cc: "0044", number: "2079460958" },
  { start: "0044 20", mid: "7946", end: "0958" },
  { start: "+44 20", mid: "7946", end: "0958" },
];
const ORDINARY = [
  { id: "001", n: "2", m: "3" },
  { a: "0001", b: "234", c: "5678" },
  { code: "007", agent: "James", year: "1962" },
  { cc: "+1", qty: "3" },
];

// Phone numbers are only warned about by default: here they block, as a user may set.
const log = join(makeGuardedHome().dir, "recorder.log");
const home = makeGuardedHome(
  recorderServerYaml("recorder", log),
  ["pii:", "  actions:", "    phone: { request: block, response: redact }"].join("\n"),
);
afterAll(() => home.cleanup());

describe("a phone number split over neighbours after a 00 prefix", () => {
  it("never reaches the server; neighbours that hold none still do", async () => {
    const { outcomes, echoed } = await echoOutcomes(home, log, [...SPLIT, ...ORDINARY]);
    expect(outcomes).toEqual([...SPLIT.map(() => "sensitive_data"), ...ORDINARY.map(() => "forwarded")]);
    expect(echoed).toBe(ORDINARY.length);
  });
});
