// Attack (round 9): a value cut into one character per string of a list, per field of an object or per
// content item (["g", "h", "p", "_", …], { c0: "g", c1: "h", … }): no junction holds more than two
// characters, and the run of short pieces read for a secret (split-fields.ts) needed pieces with letters and
// digits mixed in them. A server joins them with one `join("")`. Through the real bridge and the recording
// server, before the fix: 4 of 4 reached the server. Lists of single letters and digits that hold nothing
// still pass.
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { echoOutcomes, makeGuardedHome, recorderServerYaml } from "../src/index.js";

const TOKEN = "ghp_R8kWq2ZpL5vN3xT7yB1cD4fG6hJ9mK0sA2eU";
const SPLIT = [
  { chars: [...TOKEN] },
  Object.fromEntries([...TOKEN].map((c, i) => [`c${i}`, c])),
  { content: [...TOKEN].map((text) => ({ type: "text", text })) },
  { chars: [..."write to john.doe@example.com"] },
];
const ORDINARY = [
  { letters: [..."abcdefghijklmnopqrstuvwxyz"] },
  { grades: [..."ABBACDABBCAABBCDDABCA"] },
  { digits: [..."31415926535897932384"] },
  { flags: ["y", "n", "y", "y", "n", "n", "y", "n", "y", "y", "n", "y", "n", "n", "y", "y"] },
];

// E-mail addresses are only warned about by default: here they block, as a user may set.
const log = join(makeGuardedHome().dir, "recorder.log");
const home = makeGuardedHome(
  recorderServerYaml("recorder", log),
  ["pii:", "  actions:", "    email: { request: block, response: redact }"].join("\n"),
);
afterAll(() => home.cleanup());

describe("a value cut into one character per piece", () => {
  it("never reaches the server; lists of single characters that hold nothing still do", async () => {
    const { outcomes, echoed } = await echoOutcomes(home, log, [...SPLIT, ...ORDINARY]);
    expect(outcomes).toEqual([...SPLIT.map(() => "sensitive_data"), ...ORDINARY.map(() => "forwarded")]);
    expect(echoed).toBe(ORDINARY.length);
  });
});
