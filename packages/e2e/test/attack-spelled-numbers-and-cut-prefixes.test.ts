// Attack (round 13): values a person writes so that no detector's pattern matches, but that a reader takes in
// at once.
//  - a card number or an SSN spelled out in digit words ("four one one one …", "zero-seven-eight …");
//  - a vendor's prefix cut after its first letter, or at a line break, a comma, a dash or a dot
//    ("g hp_…", "gh\np_…", "AKI-A…"): only a blank after two characters or more was read before.
// The forbidden values must never reach the recording server in arguments nor the client in results; counts,
// lyrics and words of the same look still pass unchanged.
import { afterAll, describe, expect, it } from "vitest";
import {
  echoCallsSeen,
  echoOutcomes,
  namedEchoOutcomes,
  recorderWithResults,
  resultTexts,
  sameFor,
} from "../src/index.js";

const WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
const spell = (digits: string, between = " ") => [...digits].map((d) => WORDS[Number(d)]).join(between);
const CARD = "4111111111111111";
const SSN = "078051120";
const TOKEN_BODY = "R8kWq2ZpL5vN3xT7yB1cD4fG6hJ9mK0sA2eU";
const KEY_ID_BODY = "2OGYBAH6STMMNXNL";

const ATTACKS: Record<string, object> = {
  "a card in digit words": { note: `card ${spell(CARD)}, exp 12/29` },
  "a card in capitalised words and commas": {
    note: spell(CARD, ", ").replace(/\b[a-z]/g, (c) => c.toUpperCase()),
  },
  "an SSN in dashed digit words": { note: `my ssn is ${spell(SSN, "-")}` },
  "a GitHub prefix cut after one letter": { note: `g hp_${TOKEN_BODY}` },
  "a GitHub prefix cut by a line break": { note: `token:\ngh\np_${TOKEN_BODY}` },
  "an AWS key id's prefix cut by a dash": { note: `aws key AKI-A${KEY_ID_BODY} for ci` },
  "a GitHub prefix cut by a comma": { note: `g,hp_${TOKEN_BODY}` },
  // Review: digits mixed among the words (before: 2 of 2 reached the server).
  "a card in digits and digit words": { note: "card 4 one 1 one 1 one 1 one 1 one 1 one 1 one 1 one" },
  "a card's middle groups in words": { note: "card 4111 one one one one 1111 1111" },
};

const ORDINARY: object[] = [
  { note: "one two three four five six seven eight nine ten" },
  { note: "three, two, one, zero: lift off" },
  { note: `order ${spell("4111111111111112")} shipped` },
  { note: "Four score and seven years ago" },
  { note: "a kind of magic; gh-pages deployed; g, h, p and q" },
  { note: "g-hp_ is how the old docs spelled it" },
  { note: "at 10:30, 11:00, 12:15, 13:45, one of 14 15 16 17" },
];

const RESULTS = {
  spelled_card: { content: [{ type: "text", text: `Card on file: ${spell(CARD)}\nStatus: active` }] },
  spelled_ssn: { content: [{ type: "text", text: `SSN: ${spell(SSN)}\nName: Jo` }] },
  cut_prefix_line: { content: [{ type: "text", text: `new token g\nhp_${TOKEN_BODY}\nexpires: never` }] },
  cut_prefix_dash: { content: [{ type: "text", text: `AccessKeyId: A-KIA${KEY_ID_BODY}\nStatus: Active` }] },
};

const { home, log } = recorderWithResults(RESULTS);
afterAll(() => home.cleanup());

const FORBIDDEN = [
  spell(CARD),
  spell(CARD, ", "),
  spell(SSN, "-"),
  spell(SSN),
  "4 one 1 one 1 one",
  "one one one one 1111",
  TOKEN_BODY.slice(0, 12),
  KEY_ID_BODY.slice(0, 8),
];
const echoed = () => echoCallsSeen(log);

describe("numbers spelled in words and prefixes cut by other separators (round 13)", () => {
  it("every attack really holds its value", () => {
    expect(`ghp_${TOKEN_BODY}`).toMatch(/^ghp_[A-Za-z0-9]{36}$/);
    expect(`AKIA${KEY_ID_BODY}`).toMatch(/^AKIA[A-Z2-7]{16}$/);
    expect(spell(CARD).split(" ")).toHaveLength(16);
  });

  it("none reaches the server in a tool's arguments (before: 6 of 7 did, and 2 of 2 with digits among the words)", async () => {
    const { outcomes, echoed: count } = await namedEchoOutcomes(home, log, ATTACKS);
    expect(outcomes).toEqual(sameFor(ATTACKS, "sensitive_data"));
    expect(count).toBe(0);
  });

  it("ordinary texts of the same look still reach it", async () => {
    const before = echoed().length;
    const { outcomes } = await echoOutcomes(home, log, ORDINARY);
    expect(outcomes).toEqual(ORDINARY.map(() => "forwarded"));
    expect(echoed().length - before).toBe(ORDINARY.length);
  });

  it("the server saw no forbidden value", () => {
    for (const call of echoed())
      for (const value of FORBIDDEN) expect(call.toLowerCase()).not.toContain(value.toLowerCase());
  });

  it("a result holding them reaches the client redacted (before: 4 of 4 reached it with the value)", async () => {
    const answers = await resultTexts(home, Object.keys(RESULTS));
    for (const [name, answer] of Object.entries(answers)) {
      expect(answer, name).toContain("[REDACTED:");
      for (const value of FORBIDDEN) expect(answer.toLowerCase(), name).not.toContain(value.toLowerCase());
    }
    expect(answers.spelled_card).toContain("Status: active");
    expect(answers.spelled_ssn).toContain("Name: Jo");
    expect(answers.cut_prefix_line).toContain("expires: never");
  });
});
