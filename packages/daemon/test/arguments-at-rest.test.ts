// What the approval queue keeps of a held call's arguments (round 31: an e-mail address and a phone number
// in a call waiting for a person were written bare into approvals.arguments).
import { describe, expect, it } from "vitest";
import { argumentsAtRest } from "../src/shown-text.js";

const KEY = "k".repeat(64);
const EMAIL = "dana.scully@fbi-example.org";
const PHONE = "+1 415-555-2671";

describe("a held call's arguments at rest", () => {
  it("keeps no value detection finds, in values or keys, at any depth", () => {
    const kept = argumentsAtRest(
      JSON.stringify({ account: EMAIL, contact: { callback: [PHONE] }, [EMAIL]: true }),
      KEY,
    );
    expect(kept).not.toContain(EMAIL);
    expect(kept).not.toContain(PHONE);
    expect(kept).toContain("[REDACTED:email]");
    expect(kept).toContain("[REDACTED:phone]");
  });

  it("marks a redacted value with a keyed digest, so requests differing only in it look different", () => {
    const kept = (account: string) => argumentsAtRest(JSON.stringify({ account }), KEY);
    expect(kept(EMAIL)).toMatch(/^\{"account":"\[REDACTED:email\] \[digest [0-9a-f]{8}\]"\}$/);
    expect(kept("fox.mulder@fbi-example.org")).not.toBe(kept(EMAIL));
    expect(kept(EMAIL)).toBe(kept(EMAIL));
  });

  it("keeps arguments with nothing to redact as they were (canonical JSON)", () => {
    expect(argumentsAtRest('{"reason":"closing","id":42}', KEY)).toBe('{"id":42,"reason":"closing"}');
  });
});
