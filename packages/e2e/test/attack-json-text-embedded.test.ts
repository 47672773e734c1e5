// Attack (round 38, atk38a, as a hostile server or document): a string that is JSON is read as the value it
// spells (a card as four JSON numbers, an SSN over three fields), but only when the whole string is one JSON
// text. The same JSON inside a larger text, as tools print it, is read as flat text: a Markdown ```json block,
// JSON Lines (a record per line), a server-sent event's `data:` line, a log line ending in the payload. A
// tool's result in any of these hands the client the card and the SSN whole, where the JSON alone as the
// item's text arrives redacted. Real bridge, recording server.
import { afterAll, describe, expect, it } from "vitest";
import { recorderWithResults, toolSession } from "../src/index.js";

const RECORD = JSON.stringify({
  customer: "bob",
  card: [4111, 1111, 1111, 1111],
  ssn: { area: "078", group: "05", serial: "1120" },
});
const TEXTS: Record<string, string> = {
  markdown_block: "Here is the customer record:\n\n```json\n" + RECORD + "\n```\n",
  json_lines: `${RECORD}\n${RECORD}\n`,
  sse_event: `event: record\ndata: ${RECORD}\n\n`,
  log_line: `2026-11-27T06:00:00Z INFO billing payload=${RECORD}`,
  // Round 38's review: prose in brackets three deep around the record (the search stopped two levels down).
  bracketed_prose: `[note [from billing [customer record ${RECORD} as filed] today] end]`,
};

const text = (t: string) => ({ content: [{ type: "text", text: t }] });
const { home } = recorderWithResults({
  ...Object.fromEntries(Object.entries(TEXTS).map(([name, t]) => [name, text(t)])),
  whole: text(RECORD),
});
afterAll(async () => {
  await home.cleanup();
});

/** Whether the card's four groups and the SSN's three parts are all still in the answer. */
const leaked = (answer: string) => ({
  card: /4111[^0-9]+1111[^0-9]+1111[^0-9]+1111/.test(answer),
  ssn: answer.includes('\\"078\\"') && answer.includes('\\"1120\\"'),
});

describe("JSON inside a larger text", () => {
  it("(control) the record as the item's whole text reaches the client redacted", async () => {
    let answer = "";
    await toolSession(home, async (call) => {
      answer = JSON.stringify(await call("whole", {}));
    });
    expect(leaked(answer)).toEqual({ card: false, ssn: false });
  });

  for (const name of Object.keys(TEXTS))
    it(`${name}: the card and the SSN do not reach the client`, async () => {
      let answer = "";
      await toolSession(home, async (call) => {
        answer = JSON.stringify(await call(name, {}));
      });
      expect(leaked(answer)).toEqual({ card: false, ssn: false });
    });
});
