// Attack (round 9): a token written one character at a time with a dot or an underscore after each
// (`g.h.p._.R.8…`, `g_h_p__R_8…`), which a reader joins as easily as the spaced form, was read as one long
// word: the separated-byte probe (decode-separated.ts) looked only for blanks, dashes, commas and colons.
// Through the real bridge and the recording server: before the fix 3 of 4 calls reached the server (the one
// in a sentence was refused already). Dotted names, snake_case identifiers and version numbers still pass.
import { afterAll, describe, expect, it } from "vitest";
import { noteOutcomes, recorded, recorderWithResults, sameFor } from "../src/index.js";

const TOKEN = "ghp_R8kWq2ZpL5vN3xT7yB1cD4fG6hJ9mK0sA2eU";
const SPACED = {
  dots: [...TOKEN].join("."),
  underscores: [...TOKEN].join("_"),
  "dots in a sentence": `the key is ${[...TOKEN].join(".")}. thanks`,
  "underscores in a path": `/tmp/${[...TOKEN].join("_")}/x`,
};
const ORDINARY = {
  "dotted name": "com.example.app.service.internal.v2.handler",
  "snake case": "max_retry_count_for_the_upstream_server_in_ms",
  initials: "U.S.A. and the U.K. and e.g. i.e. a.m. p.m.",
  version: "1.2.3.4.5.6.7.8.9.0.1.2.3.4.5.6.7.8.9",
};

const { home, log } = recorderWithResults({});
afterAll(() => home.cleanup());
const calls = () => recorded(log).filter((m) => typeof m === "object" && m.method === "tools/call").length;

describe("a token written one character at a time with dots or underscores", () => {
  it("never reaches the server; dotted and snake_case words that hold no value still pass", async () => {
    expect(await noteOutcomes(home, { ...SPACED, ...ORDINARY })).toEqual({
      ...sameFor(SPACED, "sensitive_data"),
      ...sameFor(ORDINARY, "forwarded"),
    });
    expect(JSON.stringify(recorded(log))).not.toContain([...TOKEN].join(".").slice(0, 20));
    expect(calls()).toBe(Object.keys(ORDINARY).length);
  });
});
