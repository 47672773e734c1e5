// Attack (round 8): a password is found in text (`"password": "Tr0ub4dor&3"` inside a string is redacted),
// but the same field in a JSON object, a tool's structuredContent or a call's arguments, was read as a bare
// value: a short, human-chosen password looks like any other string, so only a long random value under a
// secret's key counted. A server returning its users with their passwords handed them to the client whole,
// and a call carrying one in an argument object reached the server. Through the real bridge and the recording
// server, before the fix (scanner.ts reads such a field as the text `"password": "…"`): 3 of 3 calls reached
// the server, and the result's two passwords reached the client. Stand-ins and messages under the same names
// still pass.
import { afterAll, describe, expect, it } from "vitest";
import { recorded, recorderWithResults, refusal, toolSession } from "../src/index.js";

const SECRET_ARGS = [
  { user: "bob", password: "Tr0ub4dor&3" },
  { connection: { host: "db.internal", db_passwd: "Qz8kLm3xR9" } },
  { form: { fields: [{ name: "userPwd", value: "x" }], userPwd: "hunter2!" } },
  // Review pass: under the password's name but not its string (a list, an object, a plural name, a blank
  // after it that a trimming server drops): 4 of 4 reached the server before.
  { password: ["Zx7!qLm4vR"] },
  { password: { value: "Km2@wQp8Ls" } },
  { passwords: ["Yt5#nBv3Hq", "Rc9$dFg2Jw"] },
  { password: "Pq4%hTr6Ne " },
];
const ORDINARY = [{ password: "********" }, { error: { password: "Incorrect password, try again" } }];
const { home, log } = recorderWithResults({
  users: {
    content: [{ type: "text", text: "see structured content" }],
    structuredContent: {
      users: [
        { name: "alice", password: "Zq9!mK3xpL" },
        { name: "bob", passphrase: "Tr0ub4dor and 3 more" },
      ],
    },
  },
});
afterAll(() => home.cleanup());

describe("passwords in fields of JSON objects", () => {
  it("never reach the server, and reach the client redacted; stand-ins and messages still pass", async () => {
    const outcomes: unknown[] = [];
    let users: Record<string, unknown> = {};
    await toolSession(home, async (call) => {
      for (const args of [...SECRET_ARGS, ...ORDINARY]) outcomes.push(refusal(await call("echo", args)));
      users = await call("users", {});
    });
    expect(outcomes).toEqual([
      ...SECRET_ARGS.map(() => "sensitive_data"),
      ...ORDINARY.map(() => "forwarded"),
    ]);
    const seen = JSON.stringify(recorded(log));
    for (const secret of [
      "Tr0ub4dor&3",
      "Qz8kLm3xR9",
      "hunter2!",
      "Zx7!qLm4vR",
      "Km2@wQp8Ls",
      "Yt5#nBv3Hq",
      "Rc9$dFg2Jw",
      "Pq4%hTr6Ne",
    ])
      expect(seen).not.toContain(secret);
    const structured = JSON.stringify((users.result as { structuredContent?: unknown }).structuredContent);
    for (const secret of ["Zq9!mK3xpL", "Tr0ub4dor", "3 more"]) expect(structured).not.toContain(secret);
    expect(structured).toContain('"name":"alice"');
    expect(structured).toContain("[REDACTED:secret_assignment]");
  });
});
