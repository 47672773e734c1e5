// Attack (round 38, atk38a, as a database server's output): a cell is now read with the name its column's
// header gives it in the text tables database clients print, and a JSON field with its key; but the JSON
// result sets database and spreadsheet APIs return name their columns once, apart from the rows: a list of
// column names beside a list of row arrays (`{columns, rows}`, pandas' `orient="split"`), BigQuery's
// `schema.fields` beside `rows[].f[].v`, Snowflake's `resultSetMetaData.rowType` beside `data`, Databricks'
// `manifest.schema.columns` beside `result.data_array`, Google Sheets' `values` with its header row. A tool
// that answers a query with one of them, as structuredContent and its serialised twin, hands the client a
// user's SSN and password whole, where the same row as an object of named fields arrives redacted.
// Round 39 (atk39a, attack-result-set-api-shapes, merged here): other APIs as common hand the client a user's SSN and
// password whole, as structuredContent and as its serialised twin: AWS Athena's GetQueryResults
// (ResultSetMetadata.ColumnInfo[].Name beside Rows[].Data[].VarCharValue, whose first row is the header too),
// the Google Visualization DataTable a Sheets query returns (cols[].label beside rows[].c[].v), a Sheets range
// whose header row sits under a title row, Azure Data Explorer's (Kusto) v1 REST answer (Columns[].ColumnName
// beside Rows), Neo4j's HTTP API (columns beside data[].row, with the row's meta list beside it), and pandas'
// DataFrame.to_json() in its default orient ("columns": each column's name over an index-keyed object; its
// password is found, its SSN passes). The same row as an object of named fields reaches the client redacted (control).
import { afterAll, describe, expect, it } from "vitest";
import { recorderWithResults, toolSession } from "../src/index.js";

const SSN = "078051120";
const PASSWORD = "Tr0ub4dor&3x";
const ROW = ["bob", SSN, PASSWORD];
const NAMES = ["name", "ssn", "password"];

const SETS: Record<string, object> = {
  columns_rows: { columns: ["name", "ssn", "password"], rows: [ROW] },
  pandas_split: { columns: ["name", "ssn", "password"], index: [0], data: [ROW] },
  bigquery: {
    schema: { fields: [{ name: "name" }, { name: "ssn" }, { name: "password" }] },
    rows: [{ f: ROW.map((v) => ({ v })) }],
  },
  snowflake: {
    resultSetMetaData: { rowType: [{ name: "NAME" }, { name: "SSN" }, { name: "PASSWORD" }] },
    data: [ROW],
  },
  databricks: {
    manifest: { schema: { columns: [{ name: "name" }, { name: "ssn" }, { name: "password" }] } },
    result: { data_array: [ROW] },
  },
  google_sheets: { range: "Users!A1:C2", majorDimension: "ROWS", values: [["name", "ssn", "password"], ROW] },
  // Round 38's review: rows longer than the names, and of uneven lengths, which a model reads all the same.
  extra_column: { columns: ["name", "ssn", "password"], rows: [[...ROW, "2026-11-27"]] },
  ragged_rows: {
    columns: ["name", "ssn", "password"],
    rows: [ROW, [...ROW, "note"], ["amy", "x", "y", "z"]],
  },
  short_row: { columns: ["name", "ssn", "password"], rows: [["amy", "x"], ROW] },
  // Round 39: the shapes of other query and data APIs.
  athena: {
    ResultSet: {
      ResultSetMetadata: { ColumnInfo: NAMES.map((Name) => ({ Name, Type: "varchar" })) },
      Rows: [{ Data: ROW.map((VarCharValue) => ({ VarCharValue })) }],
    },
  },
  athena_header_row: {
    ResultSet: {
      Rows: [NAMES, ROW].map((cells) => ({ Data: cells.map((VarCharValue) => ({ VarCharValue })) })),
    },
  },
  gviz_datatable: {
    version: "0.6",
    status: "ok",
    table: {
      cols: NAMES.map((label, i) => ({ id: "ABC"[i], label, type: "string" })),
      rows: [{ c: ROW.map((v) => ({ v })) }],
    },
  },
  sheets_title_row: { range: "Users!A1:C3", majorDimension: "ROWS", values: [["Customers"], NAMES, ROW] },
  kusto_v1: {
    Tables: [
      {
        TableName: "Table_0",
        Columns: NAMES.map((ColumnName) => ({ ColumnName, DataType: "String", ColumnType: "string" })),
        Rows: [ROW],
      },
    ],
  },
  neo4j_http: { results: [{ columns: NAMES, data: [{ row: ROW, meta: [null, null, null] }] }], errors: [] },
  pandas_columns: { name: { "0": "bob" }, ssn: { "0": SSN }, password: { "0": PASSWORD } },
};
// Control: the same row as an object of named fields.
const OBJECT = { rows: [{ name: "bob", ssn: SSN, password: PASSWORD }] };

const answer = (set: object) => ({
  content: [{ type: "text", text: JSON.stringify(set) }],
  structuredContent: set,
});
const { home } = recorderWithResults({
  ...Object.fromEntries(Object.entries(SETS).map(([name, set]) => [name, answer(set)])),
  as_objects: answer(OBJECT),
});
afterAll(async () => {
  await home.cleanup();
});

const leaked = (text: string) => ({ ssn: text.includes(SSN), password: text.includes(PASSWORD) });

describe("a JSON result set whose columns are named apart from its rows", () => {
  it("(control) the row as an object of named fields reaches the client redacted", async () => {
    let text = "";
    await toolSession(home, async (call) => {
      text = JSON.stringify(await call("as_objects", {}));
    });
    expect(leaked(text)).toEqual({ ssn: false, password: false });
  });

  for (const name of Object.keys(SETS))
    it(`${name}: the row's SSN and password do not reach the client`, async () => {
      let text = "";
      await toolSession(home, async (call) => {
        text = JSON.stringify(await call(name, {}));
      });
      expect(leaked(text)).toEqual({ ssn: false, password: false });
    });
});
