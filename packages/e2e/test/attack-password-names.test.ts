// Attack (round 9): a password in an argument object under a name the password-field rule did not read as a
// password's (`pw`, `pass_word`, `pass_phrase`, `user_pw`, `Password1`, `passwordNew`, `password_confirm`,
// `pword`, `passcode`, `mot_de_passe`) or two levels under one (`{ password: [["…"]] }`, `{ password: { v:
// ["…"] } }`): the rule read only names ending in pass/password/passwd/passphrase/pwd and at most one level
// down. Through the real bridge and the recording server, before the fix (scanner.ts): 12 of 12 calls
// reached the server. Fields about a password (its policy, a hint, a hash) and stand-ins still pass.
import { afterAll, describe, expect, it } from "vitest";
import { recorded, recorderWithResults, refusal, toolSession } from "../src/index.js";

const PASSWORD = "Tr0ub4dor&3";
const SECRET_ARGS = [
  { user: "bob", pw: PASSWORD },
  { user: "bob", pass_word: PASSWORD },
  { user: "bob", pass_phrase: PASSWORD },
  { user: "bob", user_pw: PASSWORD },
  { user: "bob", Password1: PASSWORD },
  { user: "bob", passwordNew: PASSWORD },
  { user: "bob", password_confirm: PASSWORD },
  { user: "bob", pword: PASSWORD },
  { user: "bob", passcode: PASSWORD },
  { user: "bob", mot_de_passe: PASSWORD },
  { password: [[PASSWORD]] },
  { password: { v: [PASSWORD] } },
];
const ORDINARY = [
  { password_policy: "at least twelve characters" },
  { password_hint: "the name of the first cat" },
  { pw: "********" },
  { password: [["<your password here>"]] },
  { bypass: "cache_for_now" },
];
const { home, log } = recorderWithResults({});
afterAll(() => home.cleanup());

describe("passwords under other names and deeper", () => {
  it("never reach the server; fields about a password and stand-ins still pass", async () => {
    const outcomes: unknown[] = [];
    await toolSession(home, async (call) => {
      for (const args of [...SECRET_ARGS, ...ORDINARY]) outcomes.push(refusal(await call("echo", args)));
    });
    expect(outcomes).toEqual([
      ...SECRET_ARGS.map(() => "sensitive_data"),
      ...ORDINARY.map(() => "forwarded"),
    ]);
    expect(JSON.stringify(recorded(log))).not.toContain(PASSWORD);
  });
});
