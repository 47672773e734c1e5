// Attack (round 12): values the guard had already found once, or that a person writes as people do.
//  - sixteen decoy passwords set in a config, then a seventeenth, then that seventeenth again bare in a log
//    line: only the first sixteen found values had their copies looked for, so the bare copy reached the client;
//  - a password given beside its name, with a blank or "is" ("pwd Tr0ub4dor&3", "my password is …");
//  - "PW: …" in capitals (read as Palau's country code, whatever the value);
//  - a token cut into chunks where one chunk is a run of five lower-case letters (read as a word ending it);
//  - a vendor's prefix itself cut by a blank ("gh p_…", "AK IA…"): the prefix was looked for whole.
// The forbidden values must never reach the recording server in arguments nor the client in results. Ordinary
// texts of the same look (the pwd command, a password policy, Palau's data, a token then a word) still pass.
import { afterAll, describe, expect, it } from "vitest";
import {
  echoCallsSeen,
  echoOutcomes,
  namedEchoOutcomes,
  recorderWithResults,
  resultTexts,
  sameFor,
} from "../src/index.js";

const PASSWORD = "Tr0ub4dor&3Zq";
const SPOKEN = "Summer2024!";
/** A GitHub token whose body holds a run of five lower-case letters ("abcde"), cut there. */
const CUT_TOKEN = ["ghp_R8kWq2Zp", "abcde", "L5vN3xT7yB1c", "D4fG6hJ9mK0"];
const TOKEN_BODY = "R8kWq2ZpL5vN3xT7yB1cD4fG6hJ9mK0sA2eU";
const KEY_ID_BODY = "2OGYBAH6STMMNXNL";

/** Sixteen found decoys (each a password set in a config), then the real one, then its bare copy. */
const decoys = Array.from({ length: 16 }, (_, i) => `user${i}.password=Dq${i}v!7Lm${i}Xr2`).join("\n");
const COPIED_AFTER_DECOYS = `${decoys}\nadmin.password=${PASSWORD}\n2026-11-23 login ok with ${PASSWORD} for admin`;

const ATTACKS: Record<string, object> = {
  "pwd beside its value": { note: `pwd ${PASSWORD}` },
  "password is, in a sentence": { note: `my password is ${SPOKEN} so log in as admin` },
  "password beside its value on a line": { note: `server: db1\npassword ${PASSWORD}\nport 5432` },
  "PW: in capitals": { note: `PW: ${PASSWORD}` },
  "PW in capitals as a JSON field in text": { note: `{"USER": "admin", "PW": "${PASSWORD}"}` },
  "a token cut at a five-letter run": { note: CUT_TOKEN.join(" ") },
  "a GitHub prefix cut by a blank": { note: `gh p_${TOKEN_BODY}` },
  "an AWS key id's prefix cut by a blank": { note: `aws key AK IA${KEY_ID_BODY} for ci` },
};

const ORDINARY: object[] = [
  { note: "run pwd && ls -la to see where you are" },
  { note: "pwd /home/alice2/src && make" },
  { note: "the password is required (min 8 chars, 1 digit, 1 symbol!)" },
  { note: "Password policy v2.1: 12+ characters" },
  { note: "your password must contain a-z, 0-9 and one of !@#$" },
  { note: "PW: Palau, PLW, 585, PW-004" },
  { note: "token ghp_ then a word: ghp_abc12 hello world" },
  { note: "user42 password reset sent to the account owner" },
  { note: "gh pr list --state open; the AK IA report for 2024" },
];

const RESULTS = {
  copies_after_decoys: { content: [{ type: "text", text: COPIED_AFTER_DECOYS }] },
  spoken_password: { content: [{ type: "text", text: `ticket #4411: the vpn pwd ${PASSWORD} works again` }] },
  capital_pw: { content: [{ type: "text", text: `USER: admin\nPW: ${PASSWORD}\nHOST: db1` }] },
  cut_token: { content: [{ type: "text", text: `new token: ${CUT_TOKEN.join(" ")}` }] },
  cut_prefix: { content: [{ type: "text", text: `AccessKeyId: AK IA${KEY_ID_BODY}\nStatus: Active` }] },
};

const { home, log } = recorderWithResults(RESULTS);
afterAll(() => home.cleanup());

const FORBIDDEN = [PASSWORD, "Tr0ub4dor", SPOKEN, "L5vN3xT7yB1c", "D4fG6hJ9mK0", "2OGYBAH6"];
const echoed = () => echoCallsSeen(log);

describe("copies after many found values, passwords said in words, cut tokens (round 12)", () => {
  it("every attack really holds its value", () => {
    expect(CUT_TOKEN.join("")).toMatch(/^ghp_[A-Za-z0-9]{36}$/);
    expect(COPIED_AFTER_DECOYS.split(PASSWORD)).toHaveLength(3);
    expect(decoys.split("\n")).toHaveLength(16);
    expect(`ghp_${TOKEN_BODY}`).toMatch(/^ghp_[A-Za-z0-9]{36}$/);
    expect(`AKIA${KEY_ID_BODY}`).toMatch(/^AKIA[A-Z2-7]{16}$/);
  });

  it("none reaches the server in a tool's arguments (before: 8 of 8 did)", async () => {
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
    for (const call of echoed()) for (const value of FORBIDDEN) expect(call).not.toContain(value);
  });

  it("a result holding them reaches the client redacted (before: 5 of 5 reached it with the value)", async () => {
    const answers = await resultTexts(home, Object.keys(RESULTS));
    for (const [name, answer] of Object.entries(answers)) {
      expect(answer, name).toContain("[REDACTED:");
      for (const value of FORBIDDEN) expect(answer, name).not.toContain(value);
    }
    expect(answers.copies_after_decoys).toContain("login ok with [REDACTED:");
    expect(answers.capital_pw).toContain("HOST: db1");
    expect(answers.cut_prefix).toContain("Status: Active");
  });
});
