// Attack (round 11): values a reader recovers at once, in shapes the scanner did not read.
//  - a token cut into chunks by spaces, commas, line breaks or dashes ("ghp_R8kWq2Zp L5vN3xT7yB1c …",
//    "AKIA 2OGY BAH6 STMM NXNL"), in a tool's arguments and in its result;
//  - an SSN written with room (1 2 3 - 4 5 - 6 7 8 9, 1 2 3-4 5-6 7 8 9);
//  - a secret under a secret's name ({ secret: "Tr0ub4dor&3" });
//  - a password in a short-named XML element (<pw>, <pwd>) or a PostgreSQL password file line;
//  - a token's character codes cut into nested lists ([[103, 104], [112, 95], …]);
//  - a token split over an object's keys ({ "ghp_R8kWq2Zp": 1, "L5vN3xT7yB1c": 2, … }).
// Before the fix all 17 argument spellings reached the recording server, and the 4 results reached the client
// whole. Ordinary texts of the same look (prose about a prefix, a UUID, a hash, a date spaced, an XML element
// about a password) still pass.
import { afterAll, describe, expect, it } from "vitest";
import {
  echoCallsSeen,
  echoOutcomes,
  namedEchoOutcomes,
  recorderWithResults,
  resultTexts,
  sameFor,
} from "../src/index.js";

const TOKEN = "ghp_R8kWq2ZpL5vN3xT7yB1cD4fG6hJ9mK0sA2eU";
const PIECES = ["ghp_R8kWq2Zp", "L5vN3xT7yB1c", "D4fG6hJ9mK0s"];
const AWS = ["AKIA", "2OGY", "BAH6", "STMM", "NXNL"];
const PASSWORD = "Tr0ub4dor&3";
const codes = [...TOKEN].map((c) => c.charCodeAt(0));
const pairs = Array.from({ length: codes.length / 2 }, (_, i) => codes.slice(2 * i, 2 * i + 2));

const ATTACKS: Record<string, object> = {
  "token chunks, spaces": { note: `${PIECES.join(" ")} A2eU` },
  "token chunks, commas": { note: `${PIECES.join(",")},A2eU` },
  "token chunks, line breaks": { note: `${PIECES.join("\n")}\nA2eU` },
  "token chunks, dashes": { note: `${PIECES.join("-")}-A2eU` },
  "token chunks, dots": { note: `${PIECES.join(".")}.A2eU` },
  "token chunks, a table's cells": { note: `| ${PIECES.join(" | ")} | A2eU |` },
  "an XML <pw> element in CDATA": { note: `<pw><![CDATA[${PASSWORD}]]></pw>` },
  "AWS key id in chunks": { note: `key ${AWS.join(" ")}` },
  "SSN, each digit apart": { note: "1 2 3 - 4 5 - 6 7 8 9" },
  "SSN, digits apart, tight dashes": { note: "id 1 2 3-4 5-6 7 8 9" },
  "a secret's name": { secret: PASSWORD },
  "an XML <pw> element": { note: `<pw>${PASSWORD}</pw>` },
  "an XML <pwd> element in a config": { note: `<db><user>app</user><pwd>${PASSWORD}</pwd></db>` },
  "a pgpass line": { note: `db.example.com:5432:orders:app:${PASSWORD}` },
  "codes in nested pairs": { codes: pairs },
  "codes two levels down": { codes: [codes.slice(0, 20), [codes.slice(20, 30), codes.slice(30)]] },
  "token over an object's keys": { map: { [PIECES[0]!]: 1, [PIECES[1]!]: 2, [PIECES[2]!]: 3, A2eU: 4 } },
};

const ORDINARY: object[] = [
  { note: "ghp_ tokens are GitHub's classic personal access tokens; rotate them yearly" },
  { note: "request 3f2b6c1e-8d4a-4f7b-9c2e-1a5d6e7f8a9b took 41 ms" },
  { note: "commit 9fceb02d0ae598e95dc970b74767f19372d61af8, tree 4b825dc642cb6eb9a060e54bf8d69288fbee4904" },
  { note: "published on 2024 - 05 - 12 at noon" },
  { note: "<password_policy>At least 12 characters</password_policy>" },
  { secretName: "orders-db" },
  {
    grid: [
      [1, 2, 3],
      [4, 5, 6],
      [7, 8, 9],
    ],
  },
  { map: { name: 1, email: 2, createdAt: 3 } },
];

const RESULTS = {
  chunked_token: { content: [{ type: "text", text: `your new token: ${PIECES.join(" ")} A2eU` }] },
  chunked_key_id: { content: [{ type: "text", text: `AccessKeyId:\n${AWS.join("-")}\nstatus: Active` }] },
  pgpass: { content: [{ type: "text", text: `# ~/.pgpass\nlocalhost:5432:orders:app:${PASSWORD}\n` }] },
  spaced_ssn: { content: [{ type: "text", text: "applicant on file: 1 2 3 - 4 5 - 6 7 8 9" }] },
};

const { home, log } = recorderWithResults(RESULTS);
afterAll(() => home.cleanup());

const FORBIDDEN = [
  ...PIECES.slice(1),
  "A2eU",
  "BAH6",
  "STMM",
  PASSWORD,
  "6 7 8 9",
  "6789",
  "[82,56]",
  "[82,56,107",
];
const echoed = () => echoCallsSeen(log);

describe("values cut into chunks or named in other ways (round 11)", () => {
  it("every attack really holds its value", () => {
    expect(PIECES.join("") + "A2eU").toBe(TOKEN);
    expect(String.fromCharCode(...pairs.flat())).toBe(TOKEN);
    expect(Object.keys((ATTACKS["token over an object's keys"] as { map: object }).map).join("")).toBe(TOKEN);
  });

  it("none reaches the server in a tool's arguments (before: 17 of 17 did)", async () => {
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

  it("a result holding them reaches the client redacted (before: 4 of 4 reached it whole)", async () => {
    const answers = await resultTexts(home, Object.keys(RESULTS));
    for (const [name, answer] of Object.entries(answers)) {
      expect(answer, name).toContain("[REDACTED:");
      for (const value of FORBIDDEN) expect(answer, name).not.toContain(value);
    }
    expect(answers.chunked_key_id).toContain("status: Active");
  });
});
