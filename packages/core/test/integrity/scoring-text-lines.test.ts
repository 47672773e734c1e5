// The scoring text's two views (scoring-text.ts): the flat text every pattern reads, and the lines the
// structural cues read, with wrapped lines joined back into their sentences.
import { describe, expect, it } from "vitest";
import { scoringText, unwrapLines } from "../../src/integrity/scoring-text.js";

// What the flat text was before lines were kept: every run of whitespace one space.
const collapsed = (s: string) => s.replace(/\s{2,}|[^\S ]/g, " ").trim();

describe("scoring text lines", () => {
  it.each([
    "a  b\n\n c\t\td",
    "a \t\n  b",
    "x\r\ny\rz",
    "  lead\n",
    "caf\u00e9  \u00a0menu\n\u2028next",
    "| 1 | 2 |\n| 3 | 4 |\n\nWhat is it?",
  ])("keeps the flat text as it was for %j", (raw) => {
    expect(scoringText(raw).text).toBe(collapsed(raw));
  });

  it("keeps one line break for each run of blanks that holds one", () => {
    expect(scoringText("row one |  \n\n  row two\r\nrow three\t end").lines).toBe(
      "row one | \nrow two\nrow three end",
    );
  });

  it("joins a long line wrapped at a word, and leaves short lines and finished sentences alone", () => {
    const wrapped =
      "The adaptation reached cinemas in the spring of 1994, long after The Jungle\nBook was out of print.";
    expect(unwrapLines(wrapped)).toBe(wrapped.replace("\n", " "));
    expect(unwrapLines("Best regards,\nTom")).toBe("Best regards,\nTom");
    const finished = "The adaptation reached cinemas in the spring of 1994 to good reviews.\nWhat is it?";
    expect(unwrapLines(finished)).toBe(finished);
    expect(
      unwrapLines("| 1994 | The Jungle Book | Walt Disney Pictures | 1,200 cinemas |\n| 1995 |"),
    ).toContain("\n");
  });
});
