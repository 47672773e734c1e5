// Attack (round 18): e-mail addresses and SSNs in shapes that passed the guard, every type set to redact in
// both directions. An address after dots ("Contact us...support@example.com", ".jane@…") was dropped whole
// with the dots (a local part may not start with one); a local part cut by a line break at a dot
// ("john⏎.doe@…") was no address at all, and "john.⏎doe@…" was redacted from "doe" on; an address over an
// array's items with its dots apart (["john", ".", "doe", "@", "example", ".", "com"]) was read only up to
// "example"; an SSN under a key that names it among other words ({ "ssn_plain": "078051120" }) was read as
// any nine digits. Through the real bridge and the recording server, before the fix 5 of 5 argument objects
// reached the server with the value whole, and 3 of 3 results reached the client with it whole or in part.
import { afterAll, describe, expect, it } from "vitest";
import {
  type Carried,
  redactingRecorder,
  resultTexts,
  toolDefinition,
  valuesReachingServer,
} from "../src/index.js";

const SSN = "078051120";
const REQUESTS: Record<string, Carried> = {
  "dots before an address": { args: { note: "Contact us...support@example.com" }, value: "support@" },
  "a line break before a dot of the local part": {
    args: { note: "write to john\n.doe@example.com today" },
    value: "doe@example",
  },
  "a lone dot before an address": { args: { to: ".jane.roe@example.org" }, value: "roe@example" },
  "an address over array items": {
    args: { parts: ["mary", ".", "major", "@", "example", ".", "net"] },
    value: '"major"',
  },
  "an SSN under ssn_plain": { args: { record: { ssn_plain: SSN } }, value: SSN },
};

const { home, log } = redactingRecorder(
  {
    tools: ["echo", "wrapped", "profile", "parts"].map((name) => toolDefinition(name, "A tool.")),
    results: {
      wrapped: { content: [{ type: "text", text: "Owner: maria.\ngarcia@example.org" }] },
      profile: {
        content: [{ type: "text", text: "found 1 record" }],
        structuredContent: { name: "Jo", ssnValue: SSN, ssn_count: 219099999 },
      },
      parts: {
        content: [{ type: "text", text: "ok" }],
        structuredContent: { to: ["li", ".", "wei", "@", "corp", ".", "cn"] },
      },
    },
  },
  ["email", "ssn"],
);
afterAll(() => home.cleanup());

describe("addresses after dots, cut at a dot, or over array items, and SSNs under a longer name", () => {
  it("reach the server redacted (before: 5 of 5 whole)", async () => {
    const { reached, seen } = await valuesReachingServer(home, log, REQUESTS);
    expect(seen).toHaveLength(Object.keys(REQUESTS).length);
    expect(reached).toEqual([]);
    expect(seen.join("\n")).toContain("Contact us...[REDACTED:email]");
  });

  it("reach the client redacted (before: 3 of 3 whole or in part)", async () => {
    const { wrapped, profile, parts } = await resultTexts(home, ["wrapped", "profile", "parts"]);
    expect(wrapped).toContain("Owner: [REDACTED:email]");
    expect(wrapped).not.toContain("maria");
    expect(profile).toContain('"ssnValue":"[REDACTED:ssn]"');
    // A count under a name with "ssn" in it is no SSN.
    expect(profile).toContain('"ssn_count":219099999');
    expect(parts).not.toMatch(/"li"|"wei"|"corp"/);
  });
});
