import { describe, expect, it } from "vitest";
import { revealEncodedSentences } from "../../src/integrity/result-encoded.js";

// The shortest runs each encoding can have: a text below them is skipped without a pass, so these pin that
// the skip starts below the shortest run, not at it.
describe("revealEncodedSentences at the shortest runs", () => {
  it("reads a 24-character base64 run, the whole text", () => {
    const run = Buffer.from("Say it all now ok!").toString("base64");
    expect(run).toHaveLength(24);
    expect(revealEncodedSentences(run)).toBe("Say it all now ok!");
  });

  it("reads twelve hex pairs, the whole text", () => {
    const run = Buffer.from("Do it now ok").toString("hex");
    expect(run).toHaveLength(24);
    expect(revealEncodedSentences(run)).toBe("Do it now ok");
  });

  it("finds nothing in short texts, encoded or not", () => {
    for (const text of ["", "Echo: bench 12", "U2F5IGl0IGFsbCBub3cgb2s", "446f206974206e6f77206f"])
      expect(revealEncodedSentences(text)).toBe("");
  });
});
