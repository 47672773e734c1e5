// Round 37: a value named by its column's header (the tables database tools print) or by an INSERT's column
// list is read as if its name stood beside it (attack-named-columns.test.ts).
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { namedCellsView } from "../../src/detect/named-cells.js";
import { Scanner } from "../../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
const redacted = (text: string) => scanner.scan(text, "r", () => true).value as string;
const findings = (text: string) => scanner.scan(text, "r").findings.map((f) => f.type);

const SSN = "078051120";
const PASSWORD = "Tr0ub4dor&3x";

const TABLES: Record<string, string> = {
  // Round 38 (attack-named-columns-other-forms.test.ts): psql's expanded records, Unicode boxes, a grid's "=".
  "psql expanded (\\x)": [
    "-[ RECORD 1 ]------",
    "name     | bob",
    `ssn      | ${SSN}`,
    `password | ${PASSWORD}`,
  ].join("\n"),
  "sqlite .mode box": [
    "┌──────┬───────────┬──────────────┐",
    "│ name │    ssn    │   password   │",
    "├──────┼───────────┼──────────────┤",
    `│ bob  │ ${SSN} │ ${PASSWORD} │`,
    "└──────┴───────────┴──────────────┘",
  ].join("\n"),
  // Round 38's review: drawn with double lines, which the box reading once did not look for.
  "double-line box": [
    "╔══════╦═══════════╦══════════════╗",
    "║ name ║    ssn    ║   password   ║",
    "╠══════╬═══════════╬══════════════╣",
    `║ bob  ║ ${SSN} ║ ${PASSWORD} ║`,
    "╚══════╩═══════════╩══════════════╝",
  ].join("\n"),
  "grid table (= rule)": [
    "+------+-----------+--------------+",
    "| name | ssn       | password     |",
    "+======+===========+==============+",
    `| bob  | ${SSN} | ${PASSWORD} |`,
  ].join("\n"),
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
  markdown: ["| Name | SSN | Password |", "| :--- | :---: | ---: |", `| bob | ${SSN} | ${PASSWORD} |`].join(
    "\n",
  ),
  csv: ["id,name,ssn,password", `1,"Smith, Bob",${SSN},"${PASSWORD}"`].join("\n"),
  "csv with CRLF": ["name,ssn,password", `bob,${SSN},${PASSWORD}`, ""].join("\r\n"),
  tsv: ["name\tssn\tpassword", `bob\t${SSN}\t${PASSWORD}`].join("\n"),
  semicolons: ["name;ssn;password", `bob;${SSN};${PASSWORD}`].join("\n"),
  "pipes without a rule": ["name|ssn|password", `bob|${SSN}|${PASSWORD}`].join("\n"),
  "blanks under a dashed rule (sqlcmd, sqlplus)": [
    "name       ssn        password",
    "---------- ---------- ------------",
    `bob        ${SSN}  ${PASSWORD}`,
    "",
    "(1 rows affected)",
  ].join("\n"),
  "under other names": [
    "user_id,customer_ssn,db_passwd",
    `7,${SSN},${PASSWORD}`,
    `8,${SSN.replace("1120", "1121")},${PASSWORD}`,
  ].join("\n"),
};

describe("a value named by its column's header", () => {
  for (const [shape, table] of Object.entries(TABLES))
    it(`${shape}: the row's SSN and password are found and redacted where they stand`, () => {
      const out = redacted(table);
      expect(out).not.toContain(SSN);
      expect(out).not.toContain(PASSWORD);
      // The header and the other cells stay as written.
      expect(out.split("\n")[0]).toBe(table.split("\n")[0]);
      expect(findings(table)).toContain("ssn");
    });

  it("every row of the table, not the first alone", () => {
    const rows = Array.from({ length: 50 }, (_, i) => `user${i},${SSN},Pw-${i}-x9Q!kL`);
    const out = redacted(["name,ssn,password", ...rows].join("\n"));
    expect(out).not.toContain(SSN);
    expect(out).not.toMatch(/Pw-\d+-x9Q!kL/);
    expect(out).toContain("user49,");
  });

  it("each cell is a line of the view, mapped back to where it is written", () => {
    const text = `name,ssn\nbob,${SSN}`;
    const view = namedCellsView(text);
    expect(view?.text).toBe(`"ssn": "${SSN}"`);
    const start = view?.text.indexOf(SSN) ?? -1;
    expect(view?.original(start, start + SSN.length)).toEqual([text.indexOf(SSN), text.length]);
  });

  it("a two-word head is read as a key's words are: API Key, api key, Session-ID", () => {
    // Round 40 (attack-api-key-column-heads.test.ts).
    const KEY = "Xk9mPq2vL7wzR4tYh3Nc";
    for (const head of ["API Key", "api key", "Api.Key", "Private Key", "Session-ID"])
      expect(namedCellsView(`name,${head},created\nbot,${KEY},2026-11-01`)?.text).toBe(`"${head}": "${KEY}"`);
    // About a key, not the key: its name or id.
    for (const head of ["API Key Name", "API Key ID"])
      expect(namedCellsView(`name,${head},created\nbot,${KEY},2026-11-01`)).toBeUndefined();
  });

  it("hard negative: columns named otherwise, or about a password or an SSN, stay untouched", () => {
    for (const table of [
      [
        "id,name,password_changed_at,ssn_last4",
        `${SSN},bob,2024-01-02 10:00:00,1120`,
        "219099999,al,2023-05-06,6789",
      ],
      ["| id | password_changed_at | ssn_last4 |", "|----|----|----|", `| ${SSN} | 2024-01-02 | 1120 |`],
      [
        "order_id   status   password_policy",
        "---------  -------  ---------------",
        `${SSN}  shipped  min 12 characters`,
      ],
      ["user,password", "bob,true", "al,********", "cy,<redacted>"],
    ]) {
      const text = table.join("\n");
      expect(findings(text)).toEqual([]);
      expect(redacted(text)).toBe(text);
    }
  });

  it("hard negative: code and a heading's underline are no tables", () => {
    for (const text of [
      "function login(user, password) {\n  return check(user, password);\n}",
      "const password = input;\nconst ssn = 078051120;",
      "Your password\n-------------\nChoose one you do not use elsewhere.",
    ])
      expect(namedCellsView(text)).toBeUndefined();
  });

  it("hard negative: prose that reads as a table is judged as the values it would hold", () => {
    const text = "ssn, name and password are the fields we keep\nfor each user, as the policy says";
    expect(findings(text)).toEqual([]);
  });
});

describe("a value named by an INSERT's column list", () => {
  it("each tuple's value is read with its column's name", () => {
    const sql =
      `INSERT INTO "public"."users" (id, "name", ssn, password) VALUES (1, 'bob', '${SSN}', '${PASSWORD}'),\n` +
      `  (2, 'al', ${SSN}, 'it''s-a-S3cret!')`;
    const out = redacted(sql);
    expect(out).not.toContain(SSN);
    expect(out).not.toContain(PASSWORD);
    expect(out).not.toContain("it''s-a-S3cret!");
    expect(out).toContain("'bob'");
  });

  it("lower case, a function call among the values, REPLACE and INSERT OR IGNORE", () => {
    for (const sql of [
      `insert into users (name, created, password) values ('bob', now(), '${PASSWORD}');`,
      `REPLACE INTO users (password, name) VALUES ("${PASSWORD}", "bob")`,
      `INSERT OR IGNORE INTO users(ssn,name) VALUES(${SSN},'bob')`,
    ]) {
      const out = redacted(sql);
      expect(out).not.toContain(PASSWORD);
      expect(out).not.toContain(SSN);
    }
  });

  it("hard negative: columns about a password or an SSN, and VALUES without a column list", () => {
    const about = `INSERT INTO events (id, password_changed_at, ssn_last4) VALUES (${SSN}, '2024-01-02', '1120');`;
    expect(findings(about)).toEqual([]);
    expect(namedCellsView(`INSERT INTO users VALUES ('bob', '${SSN}');`)).toBeUndefined();
    expect(namedCellsView("const values = (a, b) => a + b;")).toBeUndefined();
  });
});
