// Attack (round 17): a found value's bare copy pushed out of reach by decoys that share its first characters.
// Copies of found values are looked up by their first eight characters: eight values a key were compared, and
// sixteen more searched for one by one. A hostile server that knows the password writes twenty-four decoy
// passwords beginning as it does, then the password under its name (found, redacted), then the password bare
// in a log line: the twenty-fifth value's copy was never looked for, and reached the client whole (before the
// fix, 2 of 2 results: decoys of one length, and decoys of twenty lengths). Values beyond a key's eight are now
// looked up by their length, and a key with values of more than eight lengths has each place it stands taken
// as a copy up to its longest value.
import { afterAll, describe, expect, it } from "vitest";
import { recorderWithResults, resultTexts } from "../src/index.js";

const PASSWORD = "Tr0ub4dorZq&3xKw9";
const SHARED = PASSWORD.slice(0, 8);

/** Decoy passwords that begin as the real one does: the i-th is unique, of one length or of twenty. */
const decoys = (lengths: number) =>
  Array.from(
    { length: 24 },
    (_, i) => `user${i}.password=${SHARED}${(i * 7919).toString(36)}Qx${"k".repeat(i % lengths)}${i}!`,
  ).join("\n");
const result = (lengths: number) => ({
  content: [
    {
      type: "text",
      text: `${decoys(lengths)}\nadmin.password=${PASSWORD}\n2026-11-23 login ok with ${PASSWORD} for admin`,
    },
  ],
});

const { home } = recorderWithResults({ one_length: result(1), twenty_lengths: result(20) });
afterAll(() => home.cleanup());

describe("copies of a found value behind decoys sharing its beginning", () => {
  it("the attack holds what it says", () => {
    const text = result(20).content[0]?.text ?? "";
    expect(text.split(PASSWORD)).toHaveLength(3);
    expect(text.split(`password=${SHARED}`)).toHaveLength(26);
    expect(
      new Set(
        decoys(20)
          .split("\n")
          .map((line) => line.length),
      ).size,
    ).toBeGreaterThan(8);
  });

  it("reach the client redacted (before: 2 of 2 with the password bare)", async () => {
    const answers = await resultTexts(home, ["one_length", "twenty_lengths"]);
    for (const [name, answer] of Object.entries(answers)) {
      expect(answer, name).not.toContain(PASSWORD);
      expect(answer, name).toContain("login ok with [REDACTED:");
      expect(answer, name).toContain("for admin");
    }
  });
});
