// Attack (round 9): a password in text under the shortest abbreviation of its name, `pw`: a form body
// (`user=bob&pw=…`), a YAML or .env line (`pw: …`, `DB_PW=…`), JSON carried in a string (`{"pw": "…"}`).
// The text rules read pass, password, passwd, passphrase and pwd, not pw. Through the real bridge and the
// recording server, before the fix (context-rules.ts): 4 of 4 reached the server. A country code PW, the
// pwd command and a stand-in still pass.
import { afterAll, describe, expect, it } from "vitest";
import { recorded, recorderWithResults, refusal, toolSession } from "../src/index.js";

const PASSWORD = "Tr0ub4dor&3";
const SECRET_TEXT = [
  `user=bob&pw=${encodeURIComponent(PASSWORD)}`,
  `db:\n  user: bob\n  pw: ${PASSWORD}\n`,
  `DB_USER=bob\nDB_PW=${PASSWORD}\n`,
  JSON.stringify({ user: "bob", pw: PASSWORD }),
];
const ORDINARY = [
  JSON.stringify({ PF: "French Polynesia", PW: "Palau", PY: "Paraguay" }),
  "run pwd to print the working directory, then ls",
  "pw: ********",
];
const { home, log } = recorderWithResults({});
afterAll(() => home.cleanup());

describe("a password in text under the name pw", () => {
  it("never reaches the server; the country code, the command and a stand-in still pass", async () => {
    const outcomes: unknown[] = [];
    await toolSession(home, async (call) => {
      for (const note of [...SECRET_TEXT, ...ORDINARY]) outcomes.push(refusal(await call("echo", { note })));
    });
    expect(outcomes).toEqual([
      ...SECRET_TEXT.map(() => "sensitive_data"),
      ...ORDINARY.map(() => "forwarded"),
    ]);
    const seen = JSON.stringify(recorded(log));
    expect(seen).not.toContain("Tr0ub4dor");
  });
});
