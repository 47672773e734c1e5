// Round 39: a value named by its column's header in the other forms tools print tables in: HTML tables (psql
// and mysql -H), DuckDB's box with its types under the names, a grid table's rule under each row, a pandas
// frame, pg_dump's COPY rows, and an INSERT's SELECT (attack-named-columns-other-forms.test.ts).
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { namedCellsView } from "../../src/detect/named-cells.js";
import { Scanner } from "../../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
const redacted = (text: string) => scanner.scan(text, "r", () => true).value as string;
const findings = (text: string) => scanner.scan(text, "r").findings.map((f) => f.type);

const SSN = "078051120";
const PASSWORD = "Tr0ub4dor&3x";
const OTHER_SSN = "219099999";

/** Each form with the row [bob, SSN, PASSWORD] under name, ssn, password, and the same form under other names. */
const FORMS: Record<string, (names: string[], rows: string[][]) => string> = {
  "psql -H": (names, rows) =>
    [
      '<table border="1">',
      `  <tr>${names.map((n) => `<th align="center">${n}</th>`).join("")}</tr>`,
      // psql writes "&" as "&amp;".
      ...rows.map(
        (r) =>
          `  <tr valign="top">${r.map((c) => `<td align="left">${c.replace("&", "&amp;")}</td>`).join("")}</tr>`,
      ),
      "</table>",
    ].join("\n"),
  "mysql -H": (names, rows) =>
    `<TABLE BORDER=1><TR>${names.map((n) => `<TH>${n}</TH>`).join("")}</TR>${rows
      .map((r) => `<TR>${r.map((c) => `<TD>${c}</TD>`).join("")}</TR>`)
      .join("")}</TABLE>`,
  "duckdb box": (names, rows) =>
    [
      "┌──────┬───────────┬──────────────┐",
      `│ ${names.join(" │ ")} │`,
      `│ ${names.map(() => "varchar").join(" │ ")} │`,
      "├──────┼───────────┼──────────────┤",
      ...rows.map((r) => `│ ${r.join(" │ ")} │`),
      "└──────┴───────────┴──────────────┘",
    ].join("\n"),
  "grid table, a rule under each row": (names, rows) =>
    [
      "+------+-----------+--------------+",
      `| ${names.join(" | ")} |`,
      "+======+===========+==============+",
      ...rows.flatMap((r) => [`| ${r.join(" | ")} |`, "+------+-----------+--------------+"]),
    ].join("\n"),
  "pandas frame": (names, rows) =>
    [`   ${names.join("  ")}`, ...rows.map((r, i) => `${i}  ${r.join("  ")}`)].join("\n"),
  "pandas frame with its index's name": (names, rows) =>
    [`     ${names.join("  ")}`, "id", ...rows.map((r, i) => `${100 + i}  ${r.join("  ")}`)].join("\n"),
  "pg_dump COPY": (names, rows) =>
    [`COPY public.users (${names.join(", ")}) FROM stdin;`, ...rows.map((r) => r.join("\t")), "\\.", ""].join(
      "\n",
    ),
  "INSERT ... SELECT": (names, rows) =>
    `INSERT INTO users (${names.join(", ")})\n${rows
      .map((r) => `SELECT ${r.map((c) => (/^\d+$/.test(c) ? c : `'${c}'`)).join(", ")}`)
      .join("\nUNION ALL ")};`,
};

describe("a value named by its column's header, in the other forms tables are printed in", () => {
  for (const [form, write] of Object.entries(FORMS)) {
    it(`${form}: every row's SSN and password are found and redacted where they stand`, () => {
      const text = write(
        ["name", "ssn", "password"],
        [
          ["bob", SSN, PASSWORD],
          ["al", OTHER_SSN, "it-is-S3cret!"],
        ],
      );
      const out = redacted(text);
      expect(out).not.toContain(SSN);
      expect(out).not.toContain(OTHER_SSN);
      expect(out).not.toContain("Tr0ub4dor");
      expect(out).not.toContain("it-is-S3cret!");
      // The header and the other cells stay as written.
      expect(out.slice(0, out.indexOf("bob"))).toBe(text.slice(0, text.indexOf("bob")));
      expect(out).toContain("al");
      expect(findings(text)).toContain("ssn");
    });

    it(`hard negative, ${form}: columns named otherwise keep their numbers`, () => {
      const text = write(
        ["order_id", "status", "amount"],
        [
          [SSN, "shipped", "1999"],
          [OTHER_SSN, "open", "25"],
        ],
      );
      expect(findings(text)).toEqual([]);
      expect(redacted(text)).toBe(text);
    });
  }

  it("DuckDB's types under its names are no row: a type under a password's name stays", () => {
    const text = FORMS["duckdb box"]?.(["name", "ssn", "password"], [["bob", SSN, PASSWORD]]) ?? "";
    expect(redacted(text).split("\n")[2]).toBe(text.split("\n")[2]);
  });

  it("DuckDB: rows that imitate a head (harmless names, their types) name no column: later rows stay redacted", () => {
    const text =
      FORMS["duckdb box"]?.(
        ["name", "ssn", "password"],
        [
          ["name", "note", "comment"],
          ["varchar", "varchar", "varchar"],
          ["bob", SSN, PASSWORD],
        ],
      ) ?? "";
    const out = redacted(text);
    expect(out).not.toContain(SSN);
    expect(out).not.toContain("Tr0ub4dor");
  });

  it("an HTML cell of several lines (a page's paragraphs) is text, not one value", () => {
    const text =
      "<table><tr><th>password</th></tr><tr><td>\n<p>user: root</p>\n<p>see the vault</p>\n</td></tr></table>";
    expect(namedCellsView(text)).toBeUndefined();
  });

  it("an HTML table's colspan and rowspan place the cells under the column they stand in", () => {
    const text = [
      "<table>",
      '<tr><th rowspan="2">name</th><th colspan="2">contact</th><th>notes</th></tr>',
      "<tr><th>ssn</th><th>password</th></tr>",
      `<tr><td rowspan="2">bob</td><td>${SSN}</td><td>${PASSWORD}</td><td>ok</td></tr>`,
      `<tr><td>${OTHER_SSN}</td><td colspan="2">see the vault</td></tr>`,
      "</table>",
    ].join("\n");
    // Under the spans: the SSNs and the password under their columns ("notes" names nothing the rules read);
    // "see the vault" spans password and notes.
    expect(namedCellsView(text)?.text.split("\n")).toEqual([
      `"ssn": "${SSN}"`,
      `"password": "${PASSWORD}"`,
      `"ssn": "${OTHER_SSN}"`,
      `"password": "see the vault"`,
    ]);
  });

  it("an HTML table inside a cell is a table of its own: the outer row keeps its columns", () => {
    // Round 40 (attack-html-nested-table-cells.test.ts): a layout table in a row's first cell.
    const text = [
      "<table>",
      "<tr><th>name</th><th>ssn</th><th>password</th></tr>",
      `<tr><td><table><tr><td>avatar</td><td>bob</td></tr></table></td><td>${SSN}</td><td>${PASSWORD}</td></tr>`,
      `<tr><td><table><tr><th>ssn</th></tr><tr><td>${OTHER_SSN}</td></tr></table></td><td>${SSN}</td><td>x</td></tr>`,
      "</table>",
    ].join("\n");
    expect(namedCellsView(text)?.text.split("\n")).toEqual([
      `"ssn": "${SSN}"`,
      `"password": "${PASSWORD}"`,
      `"ssn": "${OTHER_SSN}"`,
      `"ssn": "${SSN}"`,
      `"password": "x"`,
    ]);
  });

  it("COPY reads its escapes, and \\N (NULL) is no value", () => {
    const text = `COPY users (name, password) FROM stdin;\nbob\tab\\\\cd-S3cret!\nal\t\\N\n\\.`;
    expect(namedCellsView(text)?.text).toBe('"password": "ab\\cd-S3cret!"');
  });

  it("hard negative: a SELECT's columns and expressions are no values written there", () => {
    const sql = "INSERT INTO users (name, password) SELECT name, password FROM staging;";
    expect(namedCellsView(sql)).toBeUndefined();
    expect(findings(sql)).toEqual([]);
  });

  it("hard negative: indented prose and a numbered list are no frame", () => {
    for (const text of [
      "  Reset your password  here\n1  Open settings  then security",
      "  password\n1. choose one you do not use elsewhere",
    ])
      expect(findings(text)).toEqual([]);
  });
});
