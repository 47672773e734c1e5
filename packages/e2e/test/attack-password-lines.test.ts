// Attack (round 11 review): a password set on a line the configuration-line rule did not read as one.
//  - cmd's `set PW=…` and `set DB_PASSWORD=…` in a tool's result: the rule took only a line holding the name
//    alone (or after `export ` or a list's `- `), so the value was cut at its first `&` and the rest of it
//    reached the client;
//  - Go's and make's `PW := …` in a tool's arguments: `PW` alone in capitals is Palau's code unless set as a
//    variable, and only `=` was read as setting one.
// Before the fix (context-rules.ts), through the real bridge and the recording server: 1 of 1 argument
// reached the server, and 2 of 2 results reached the client with the value's tail. A country table still
// passes.
import { afterAll, describe, expect, it } from "vitest";
import { echoOutcomes, recorded, recorderWithResults, resultTexts } from "../src/index.js";

const PASSWORD = "Tr0ub4dor&3x";
const TAIL = "&3x";
const RESULTS = {
  cmd_set_pw: { content: [{ type: "text", text: `@echo off\nset PW=${PASSWORD}\nset USER=app\n` }] },
  cmd_set_password: {
    content: [{ type: "text", text: `set DB_PASSWORD=${PASSWORD}\r\ncall deploy.cmd\r\n` }],
  },
};
const ATTACKS = [{ note: `PW := ${PASSWORD}` }];
const ORDINARY = [{ note: "PF := French Polynesia\nPW := Palau\nPY := Paraguay" }];

const { home, log } = recorderWithResults(RESULTS);
afterAll(() => home.cleanup());

describe("a password set on a cmd or Go line", () => {
  it("never reaches the server in arguments; a country table still does", async () => {
    const { outcomes } = await echoOutcomes(home, log, [...ATTACKS, ...ORDINARY]);
    expect(outcomes).toEqual([...ATTACKS.map(() => "sensitive_data"), ...ORDINARY.map(() => "forwarded")]);
    expect(JSON.stringify(recorded(log))).not.toContain("Tr0ub4dor");
  });

  it("reaches the client redacted whole, its tail after & included", async () => {
    const answers = await resultTexts(home, Object.keys(RESULTS));
    for (const [name, answer] of Object.entries(answers)) {
      expect(answer, name).toContain("[REDACTED:");
      expect(answer, name).not.toContain(TAIL);
    }
    expect(answers.cmd_set_pw).toContain("set USER=app");
  });
});
