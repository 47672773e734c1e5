// Attack (round 12): a phone number written a digit at a time (`4 1 5 5 5 5 0 1 3 2`, `4 1 5 -5 5 5 -0 1 3
// 2`), which anyone reads as the number, was taken for a list of small numbers. Through the real bridge and
// the recording server, with phone numbers set to block as a user may set, before the fix (phone.ts reads
// it when a phone word labels it): 3 of 3 reached the server. Rows of small numbers without a phone word
// still pass.
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { echoOutcomes, makeGuardedHome, recorded, recorderServerYaml } from "../src/index.js";

const SPELLED = [
  { note: "my phone: 4 1 5 5 5 5 0 1 3 2" },
  { note: "Call me at 4 1 5 -5 5 5 -0 1 3 2 about the repair." },
  { note: "mobile 4-1-5-5-5-5-0-1-3-2" },
  // Review pass: two spaces, or dots, between the digits (before: 2 of 2 reached the server).
  { note: "phone: 4  1  5  5  5  5  0  1  3  2" },
  { note: "tel 4.1.5.5.5.5.0.1.3.2" },
];
const ORDINARY = [
  { note: "scores: 4 1 5 5 5 5 0 1 3 2" },
  { note: "row 1 2 3 4 5 6 7 8 9 0" },
  { note: "version 4.1.5.5.5.5.0.1.3.2" },
];

// Phone numbers are only warned about by default: here they block.
const log = join(makeGuardedHome().dir, "recorder.log");
const home = makeGuardedHome(
  recorderServerYaml("recorder", log),
  ["pii:", "  actions:", "    phone: { request: block, response: redact }"].join("\n"),
);
afterAll(() => home.cleanup());

describe("a phone number spelled out a digit at a time", () => {
  it("never reaches the server; rows of small numbers still pass", async () => {
    const { outcomes, echoed } = await echoOutcomes(home, log, [...SPELLED, ...ORDINARY]);
    expect(outcomes).toEqual([...SPELLED.map(() => "sensitive_data"), ...ORDINARY.map(() => "forwarded")]);
    expect(echoed).toBe(ORDINARY.length);
    const seen = JSON.stringify(recorded(log));
    for (const { note } of SPELLED) expect(seen).not.toContain(note);
  });
});
