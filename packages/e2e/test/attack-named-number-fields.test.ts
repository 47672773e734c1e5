// Attack (round 17): an SSN or a phone number as a bare run of digits under a field that names it
// ({ "ssn": "078051120" }, { "social_security_number": 219099999 }, { "phoneNumber": "4155552671" }), the shape
// a form or a CRM record takes. In text the same digits are found after the word ("ssn: 078051120"), but the
// scanner read a field's value without its name, so nothing named them: through the real bridge and the
// recording server, before the fix 3 of 3 argument objects reached the server, and a result's structured
// content reached the client with the SSN whole (phone numbers are found the same way, and warned about by
// default). Fields whose name only contains such a word (phone_id, cellCount, phone_updated_at, hotel) still
// pass.
import { afterAll, describe, expect, it } from "vitest";
import { echoCallsSeen, namedEchoOutcomes, recorderWithResults, resultTexts, sameFor } from "../src/index.js";

const SSN = "078051120";
const SSN_NUMBER = 219099999;
const PHONE = "4155552671";

const NAMED: Record<string, object> = {
  "an SSN as a string": { ssn: SSN },
  "an SSN as a number, named in words": { social_security_number: SSN_NUMBER },
  "an SSN with a capitalised key in a record": { customer: { name: "Jo", SSN: SSN } },
};
const ORDINARY: Record<string, object> = {
  "ids and counts beside such words": { phone_id: 1234567890, cellCount: 12345678, hotel: 4155552671 },
  "a timestamp": { phone_updated_at: 1700000000123 },
};

const { home, log } = recorderWithResults({
  record: {
    content: [{ type: "text", text: "found 1 record" }],
    structuredContent: { name: "Jo", ssn: SSN, phoneNumber: PHONE, visits: 12 },
  },
});
afterAll(() => home.cleanup());

describe("numbers under a field that names them", () => {
  it("never reach the server (before: 3 of 3 did)", async () => {
    const { outcomes, echoed } = await namedEchoOutcomes(home, log, NAMED);
    expect(outcomes).toEqual(sameFor(NAMED, "sensitive_data"));
    expect(echoed).toBe(0);
  });

  it("fields that only contain such a word still reach it", async () => {
    const { outcomes, echoed } = await namedEchoOutcomes(home, log, ORDINARY);
    expect(outcomes).toEqual(sameFor(ORDINARY, "forwarded"));
    expect(echoed).toBe(Object.keys(ORDINARY).length);
    for (const call of echoCallsSeen(log)) expect(call).not.toContain(SSN);
  });

  it("reach the client redacted (before: whole)", async () => {
    const { record } = await resultTexts(home, ["record"]);
    expect(record).not.toContain(SSN);
    expect(record).toContain('"ssn":"[REDACTED:ssn]"');
    expect(record).toContain(`"phoneNumber":"${PHONE}"`);
    expect(record).toContain('"visits":12');
  });
});
