// Attack (round 38, atk38a, as a hostile document / a database server's output): a cell is now read with the
// name its column's header gives it, but only in the table forms round 37 listed (psql's aligned table, mysql's
// +---+ boxes, Markdown, CSV/TSV, a dashed-rule table, INSERT ... (columns) VALUES). The other forms the same
// tools print are read as unnamed cells: psql's expanded `\x` records (`password | …`), psql/mysql's HTML
// output (-H), the Unicode box tables of DuckDB and sqlite's `.mode box`, a grid table with an `=` header rule,
// a pandas DataFrame, and pg_dump's `COPY … (columns) FROM stdin` rows, so a user's SSN and password reach the
// client whole; and an `INSERT … (columns) SELECT …` or a COPY block a client sends reaches the server.
import { afterAll, describe, expect, it } from "vitest";
import { recorded, recorderWithResults, refusal, toolSession } from "../src/index.js";

const SSN = "078051120";
const PASSWORD = "Tr0ub4dor&3x";

const TABLES: Record<string, string> = {
  "psql expanded (\\x)": [
    "-[ RECORD 1 ]------------",
    "name     | bob",
    `ssn      | ${SSN}`,
    `password | ${PASSWORD}`,
  ].join("\n"),
  "psql -H (HTML)": [
    '<table border="1">',
    "  <tr>",
    '    <th align="center">name</th>',
    '    <th align="center">ssn</th>',
    '    <th align="center">password</th>',
    "  </tr>",
    '  <tr valign="top">',
    '    <td align="left">bob</td>',
    `    <td align="left">${SSN}</td>`,
    `    <td align="left">${PASSWORD}</td>`,
    "  </tr>",
    "</table>",
    "<p>(1 row)<br />",
    "</p>",
  ].join("\n"),
  "mysql -H (HTML)": `<TABLE BORDER=1><TR><TH>name</TH><TH>ssn</TH><TH>password</TH></TR><TR><TD>bob</TD><TD>${SSN}</TD><TD>${PASSWORD}</TD></TR></TABLE>`,
  "duckdb (Unicode box)": [
    "┌─────────┬───────────┬──────────────┐",
    "│  name   │    ssn    │   password   │",
    "│ varchar │  varchar  │   varchar    │",
    "├─────────┼───────────┼──────────────┤",
    `│ bob     │ ${SSN} │ ${PASSWORD} │`,
    "└─────────┴───────────┴──────────────┘",
  ].join("\n"),
  "sqlite .mode box": [
    "┌──────┬───────────┬──────────────┐",
    "│ name │    ssn    │   password   │",
    "├──────┼───────────┼──────────────┤",
    `│ bob  │ ${SSN} │ ${PASSWORD} │`,
    "└──────┴───────────┴──────────────┘",
  ].join("\n"),
  "grid table (= rule)": [
    "+------+-----------+--------------+",
    "| name | ssn       | password     |",
    "+======+===========+==============+",
    `| bob  | ${SSN} | ${PASSWORD} |`,
    "+------+-----------+--------------+",
  ].join("\n"),
  "pandas DataFrame": ["  name        ssn      password", `0  bob  ${SSN}  ${PASSWORD}`].join("\n"),
  "pg_dump COPY": [
    "COPY public.users (name, ssn, password) FROM stdin;",
    `bob\t${SSN}\t${PASSWORD}`,
    "\\.",
  ].join("\n"),
};
// Control: the same row as the round-37 forms read it (psql's aligned table).
const ALIGNED = [
  " name |    ssn    |   password",
  "------+-----------+--------------",
  ` bob  | ${SSN} | ${PASSWORD}`,
  "(1 row)",
].join("\n");

const text = (t: string) => ({ content: [{ type: "text", text: t }] });
const { home, log } = recorderWithResults({
  ...Object.fromEntries(Object.values(TABLES).map((t, i) => [`table_${i}`, text(t)])),
  aligned: text(ALIGNED),
});
afterAll(async () => {
  await home.cleanup();
});

const leaked = (answer: string) => ({ ssn: answer.includes(SSN), password: answer.includes(PASSWORD) });

describe("a value named by its column's header, in the other forms tables are printed in", () => {
  it("(control) psql's aligned table reaches the client redacted", async () => {
    let answer = "";
    await toolSession(home, async (call) => {
      answer = JSON.stringify(await call("aligned", {}));
    });
    expect(leaked(answer)).toEqual({ ssn: false, password: false });
  });

  Object.keys(TABLES).forEach((name, i) => {
    it(`${name}: the row's SSN and password do not reach the client`, async () => {
      let answer = "";
      await toolSession(home, async (call) => {
        answer = JSON.stringify(await call(`table_${i}`, {}));
      });
      expect(leaked(answer)).toEqual({ ssn: false, password: false });
    });
  });

  const SENT: Record<string, string> = {
    "INSERT ... SELECT": `INSERT INTO users (name, ssn, password) SELECT 'bob', '${SSN}', '${PASSWORD}';`,
    "COPY ... FROM stdin": `COPY users (name, ssn, password) FROM stdin;\nbob\t${SSN}\t${PASSWORD}\n\\.`,
  };
  for (const [name, sql] of Object.entries(SENT)) {
    it(`${name} naming its columns does not carry them to the server`, async () => {
      let outcome: unknown;
      await toolSession(home, async (call) => {
        outcome = refusal(await call("echo", { sql }));
      });
      expect(leaked(JSON.stringify(recorded(log)))).toEqual({ ssn: false, password: false });
      expect(outcome).toBe("sensitive_data");
    });
  }
});
