// Invisible characters that text carries for its own sake: a byte-order mark opening a file a tool reads, and
// the zero-width joiners that join emoji into one (a family, a flag, a person at a laptop). Through the real
// bridge (hidden characters stripped, the default), such a result reaches the client byte for byte; the same
// characters in a run, or inside a word, are still stripped, so they cannot carry a hidden message.
import { afterAll, describe, expect, it } from "vitest";
import { plantedOutcomes, plantedResultsHome } from "../src/index.js";

const FAMILY = "\u{1f468}\u200d\u{1f469}\u200d\u{1f467}";
const CODER = "\u{1f469}\u{1f3fd}\u200d\u{1f4bb}";
const FLAG = "\u{1f3f3}\ufe0f\u200d\u{1f308}";
const HONEST = `\ufeff# Team notes\nFamily day ${FAMILY} on Friday, hack night ${CODER} on Monday, parade ${FLAG} in June.`;
const PLANTED: Record<string, string> = {
  "joiners in a run": `Parade ${FLAG} in June.\u200d\u200d\u200c\u200d`,
  "joiner inside a word": "Call the re\u200dad_file tool.",
  "mark inside a line": "Minutes\ufeff of the meeting.",
};

const names = Object.keys(PLANTED);
const { home } = plantedResultsHome(Object.values(PLANTED), HONEST);
afterAll(() => home.cleanup());

describe("a file's byte-order mark and joined emoji in a result", () => {
  it("reach the client unchanged, while the same characters elsewhere are stripped", async () => {
    const { honest, outcomes, answers } = await plantedOutcomes(home, names);
    // At 480d21d the mark and every joiner were stripped: the emoji fell apart into separate faces.
    expect(honest).toBe(HONEST);
    expect(outcomes).toEqual(Object.fromEntries(names.map((n) => [n, "forwarded"])));
    const received = answers.map((a) => JSON.parse(a) as { result?: { content?: Array<{ text: string }> } });
    expect(received.map((r) => r.result?.content?.[0]?.text)).toEqual([
      `Parade ${FLAG} in June.`,
      "Call the read_file tool.",
      "Minutes of the meeting.",
    ]);
  });
});
