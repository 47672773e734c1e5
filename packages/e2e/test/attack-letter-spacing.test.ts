// Attack (round 8): a token written one character at a time, a space, dash or comma after each (`g h p _ R 8
// …`), which any reader joins at once, was read as single letters. Through the real bridge and the recording
// server: before the fix (decode-separated.ts reads such a run without its separators) 4 of 4 calls reached
// the server. A sentence of short words and a spaced-out heading still pass.
import { afterAll, describe, expect, it } from "vitest";
import { noteOutcomes, recorded, recorderWithResults, sameFor } from "../src/index.js";

const TOKEN = "ghp_R8kWq2ZpL5vN3xT7yB1cD4fG6hJ9mK0sA2eU";
const SPACED = {
  spaces: [...TOKEN].join(" "),
  dashes: [...TOKEN].join("-"),
  commas: [...TOKEN].join(","),
  "beside one-letter words": `use a ${[...TOKEN].join(" ")} I think`,
};
const ORDINARY = {
  heading: "H E L L O   W O R L D",
  list: "a b c d e f g h i j k l m n o p q r s t u v w x y z",
};

const { home, log } = recorderWithResults({});
afterAll(() => home.cleanup());
const calls = () => recorded(log).filter((m) => typeof m === "object" && m.method === "tools/call").length;

describe("a token written one character at a time", () => {
  it("never reaches the server; spaced words that hold no value still pass", async () => {
    expect(await noteOutcomes(home, { ...SPACED, ...ORDINARY })).toEqual({
      ...sameFor(SPACED, "sensitive_data"),
      ...sameFor(ORDINARY, "forwarded"),
    });
    expect(calls()).toBe(Object.keys(ORDINARY).length);
  });
});
