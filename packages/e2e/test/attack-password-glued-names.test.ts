// Attack (round 10): a password under a name the reader of password names (password-names.ts) did not split
// or did not know: a password's word glued to the word before it in one lower-case run (`rootpw`, slapd's
// name; `adminpw`, `DBPW`), a name with a letter outside ASCII (`Passwörter`) or written decomposed
// (`contrasen` + U+0303 + `a`), a name whose qualifier is in the name's own language (`passwort_neu`,
// `senhaAtual`, `password_nuevo`), and a numeric password given as a JSON number (`{ passcode: 48291733 }`;
// the server reads the same digits). Through the real bridge and the recording server, before the fix:
// 10 of 10 calls reached the server. Names about a password and ordinary numbers still pass.
import { afterAll, describe, expect, it } from "vitest";
import { recorded, recorderWithResults, refusal, toolSession } from "../src/index.js";

const PASSWORD = "Tr0ub4dor&3";
const SECRET_ARGS = [
  { user: "root", rootpw: PASSWORD },
  { user: "bob", adminpw: PASSWORD },
  { user: "bob", DBPW: PASSWORD },
  { user: "bob", Passwörter: [PASSWORD] },
  { user: "bob", "contrasen\u0303a": PASSWORD },
  { user: "bob", passwort_neu: PASSWORD },
  { user: "bob", senhaAtual: PASSWORD },
  { user: "bob", password_nuevo: PASSWORD },
  { user: "bob", passcode: 48291733 },
  { user: "bob", pw: [48291733] },
];
const ORDINARY = [
  { password_policy: "at least twelve characters" },
  { pw_length: 12 },
  { passwordless: "true" },
  { compass: "north-north-west" },
  { passcode: 0 },
  { laptop: "thinkpad x1" },
];
const { home, log } = recorderWithResults({});
afterAll(() => home.cleanup());

describe("passwords under glued, accented, translated names and as numbers", () => {
  it("never reach the server; fields about a password and ordinary numbers still pass", async () => {
    const outcomes: unknown[] = [];
    await toolSession(home, async (call) => {
      for (const args of [...SECRET_ARGS, ...ORDINARY]) outcomes.push(refusal(await call("echo", args)));
    });
    const reached = SECRET_ARGS.filter((_, i) => outcomes[i] !== "sensitive_data").length;
    expect(`${reached} of ${SECRET_ARGS.length} reached the server`).toBe(
      `0 of ${SECRET_ARGS.length} reached the server`,
    );
    expect(outcomes).toEqual([
      ...SECRET_ARGS.map(() => "sensitive_data"),
      ...ORDINARY.map(() => "forwarded"),
    ]);
    const seen = JSON.stringify(recorded(log));
    expect(seen).not.toContain(PASSWORD);
    expect(seen).not.toContain("48291733");
  });
});
