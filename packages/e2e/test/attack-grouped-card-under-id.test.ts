// Attack (round 40, lead): a card number written as a JSON value under the key "id" in text passes as a
// platform id. Round 39 excused a number under a field named as an id (a Discord snowflake, a Shopify variant
// id: 14 to 19 digits, one in ten Luhn-valid, in card brands' ranges) so that those ids reach the client.
// But a platform id is one run of digits: no platform prints its ids in groups. A number grouped as a card is
// printed (4111 1111 1111 1111, 4539-1488-0343-6467) is written as a card, whatever field it stands under,
// and `{"id": "4539 1488 0343 6467"}` in a tool's text result reached the client whole, and the same in a
// call's text argument reached the server. The bare ids of attack-platform-ids-as-cards still pass.
// Through the real bridge, daemon and recording server.
import { afterAll, describe, expect, it } from "vitest";
import { echoOutcomes, recorderWithResults, toolSession } from "../src/index.js";

// Luhn-valid numbers in Visa's range, written as cards are printed.
const SPACED = "4539 1488 0343 6467";
const DASHED = "4111-1111-1111-1111";
const RECORD = JSON.stringify([{ id: SPACED, name: "jane" }, { user_id: DASHED }]);

const { home, log } = recorderWithResults({
  read_records: { content: [{ type: "text", text: RECORD }] },
});
afterAll(async () => {
  await home.cleanup();
});

describe("a card grouped as cards are printed, under a field named as an id", () => {
  it("in a tool's text result, is redacted", async () => {
    let text = "";
    await toolSession(home, async (call) => {
      const answer = await call("read_records", {});
      text = JSON.stringify(answer.result);
    });
    expect(text).toContain("jane");
    expect(text).not.toContain(SPACED);
    expect(text).not.toContain(DASHED);
    expect(text).not.toMatch(/4539.?1488|4111.?1111/);
  });

  it("in a call's text argument, does not reach the server", async () => {
    const calls = [
      { note: `{"id": "${SPACED}"}` },
      { note: `id=${DASHED}` },
      { note: `{"channelId":"${SPACED}"}` },
    ];
    const { outcomes, echoed } = await echoOutcomes(home, log, calls);
    expect(outcomes).toEqual(calls.map(() => "sensitive_data"));
    expect(echoed).toBe(0);
  });
});
