// Attack (round 36, found from outside): a value the detectors take only with its name (a password; an SSN
// written as nine bare digits) is found wherever the name stands beside it (`ssn: 078051120`, `"password":
// "…"`, `password=…`, a JSON field, mysql's vertical `\G` rows), but not where the name heads a column: the
// tables a database tool prints (psql, mysql's boxes, Markdown, CSV) and an SQL INSERT's column list. A
// database server is the commonest MCP server; through the real bridge, a recording server that answers a
// query as each of those clients prints one row of a users table hands the client the row's SSN and password
// whole, while the same row printed as `name: value` lines arrives redacted; and the INSERT reaches the server.
import { afterAll, describe, expect, it } from "vitest";
import { recorded, recorderWithResults, refusal, toolSession } from "../src/index.js";

const SSN = "078051120";
const PASSWORD = "Tr0ub4dor&3x";

const TABLES: Record<string, string> = {
  psql: [
    " name |    ssn    |   password",
    "------+-----------+--------------",
    ` bob  | ${SSN} | ${PASSWORD}`,
    "(1 row)",
  ].join("\n"),
  mysql: [
    "+------+-----------+--------------+",
    "| name | ssn       | password     |",
    "+------+-----------+--------------+",
    `| bob  | ${SSN} | ${PASSWORD} |`,
    "+------+-----------+--------------+",
    "1 row in set (0.00 sec)",
  ].join("\n"),
  markdown: ["| name | ssn | password |", "|---|---|---|", `| bob | ${SSN} | ${PASSWORD} |`].join("\n"),
  csv: ["name,ssn,password", `bob,${SSN},${PASSWORD}`].join("\n"),
  // Tightened by the fixer: the other delimiters the brief names, a tab and blanks under a dashed rule.
  tsv: ["name\tssn\tpassword", `bob\t${SSN}\t${PASSWORD}`].join("\n"),
  sqlcmd: [
    "name       ssn        password",
    "---------- ---------- ------------",
    `bob        ${SSN}  ${PASSWORD}`,
    "",
    "(1 rows affected)",
  ].join("\n"),
  // Round 38: boxes drawn as sqlite and DuckDB's `.mode box` draw them, in light and in double lines.
  box: [
    "│ name │    ssn    │   password   │",
    "├──────┼───────────┼──────────────┤",
    `│ bob  │ ${SSN} │ ${PASSWORD} │`,
  ].join("\n"),
  double_box: [
    "║ name ║    ssn    ║   password   ║",
    "╠══════╬═══════════╬══════════════╣",
    `║ bob  ║ ${SSN} ║ ${PASSWORD} ║`,
  ].join("\n"),
};
// Control: the same row as mysql prints it with \G, one `name: value` line per column.
const VERTICAL = [
  "*************************** 1. row ***************************",
  "    name: bob",
  `     ssn: ${SSN}`,
  `password: ${PASSWORD}`,
].join("\n");

const text = (t: string) => ({ content: [{ type: "text", text: t }] });
const { home, log } = recorderWithResults({
  ...Object.fromEntries(Object.entries(TABLES).map(([name, t]) => [name, text(t)])),
  vertical: text(VERTICAL),
});
afterAll(async () => {
  await home.cleanup();
});

describe("a value named by its column's header", () => {
  it("the row as name: value lines reaches the client redacted (control)", async () => {
    let answer = "";
    await toolSession(home, async (call) => {
      answer = JSON.stringify(await call("vertical", {}));
    });
    expect(answer).not.toContain(SSN);
    expect(answer).not.toContain(PASSWORD);
  });

  for (const name of Object.keys(TABLES)) {
    it(`${name}: the row's SSN and password do not reach the client`, async () => {
      let answer = "";
      await toolSession(home, async (call) => {
        answer = JSON.stringify(await call(name, {}));
      });
      expect({ ssn: answer.includes(SSN), password: answer.includes(PASSWORD) }).toEqual({
        ssn: false,
        password: false,
      });
    });
  }

  it("an INSERT naming its columns does not carry them to the server", async () => {
    let outcome: unknown;
    await toolSession(home, async (call) => {
      outcome = refusal(
        await call("echo", {
          sql: `INSERT INTO users (name, ssn, password) VALUES ('bob', '${SSN}', '${PASSWORD}');`,
        }),
      );
    });
    const seen = JSON.stringify(recorded(log));
    expect({ ssn: seen.includes(SSN), password: seen.includes(PASSWORD) }).toEqual({
      ssn: false,
      password: false,
    });
    expect(outcome).toBe("sensitive_data");
  });
});
