// Round 38: a JSON result set names its columns once, apart from its rows (named-rows.ts); each cell is judged
// as the field under its column's name is (attack-named-columns-json-result-sets.test.ts).
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { namedRowCells } from "../../src/detect/named-rows.js";
import { Scanner } from "../../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
const redacted = (value: unknown) => JSON.stringify(scanner.scan(value, "r", () => true).value);

const SSN = "078051120";
const PASSWORD = "Tr0ub4dor&3x";
const ROW = ["bob", SSN, PASSWORD];
const NAMES = ["name", "ssn", "password"];

const SETS: Record<string, object> = {
  "names beside rows": { columns: NAMES, rows: [ROW] },
  "names as objects, nested apart": {
    manifest: { schema: { columns: NAMES.map((name) => ({ name, type: "STRING" })) } },
    result: { data_array: [ROW, ROW] },
  },
  "rows of wrapped cells": {
    schema: { fields: NAMES.map((name) => ({ name })) },
    rows: [{ f: ROW.map((v) => ({ v })) }],
  },
  "a header row": { values: [NAMES, ROW] },
  "a header row alone": [NAMES, ROW],
  // Round 39: other APIs' names and rows (attack-named-columns-json-result-sets.test.ts).
  "names as objects with Name, rows of {Data}": {
    ResultSetMetadata: { ColumnInfo: NAMES.map((Name) => ({ Name, Type: "varchar" })) },
    Rows: [{ Data: ROW.map((VarCharValue) => ({ VarCharValue })) }],
  },
  "a header row of wrapped cells": {
    Rows: [NAMES, ROW].map((cells) => ({ Data: cells.map((VarCharValue) => ({ VarCharValue })) })),
  },
  "names as objects with a label beside an id": {
    cols: NAMES.map((label, i) => ({ id: "ABC"[i], label, type: "string" })),
    rows: [{ c: ROW.map((v) => ({ v })) }],
  },
  "a header row under a title row": { values: [["Customers"], [], NAMES, ROW] },
  "names as objects with ColumnName": {
    Columns: NAMES.map((ColumnName) => ({ ColumnName, DataType: "String" })),
    Rows: [ROW],
  },
  "rows as objects whose first list is the row": {
    columns: NAMES,
    data: [{ row: ROW, meta: [null, null, null] }],
  },
};

describe("a result set's cells under their columns' names", () => {
  for (const [name, set] of Object.entries(SETS))
    it(`${name}: the SSN and the password are redacted, the rest kept`, () => {
      const out = redacted(set);
      expect(out).not.toContain(SSN);
      expect(out).not.toContain(PASSWORD);
      expect(out).toContain("bob");
      expect(redacted(JSON.stringify(set))).not.toMatch(/078051120|Tr0ub4dor/);
    });

  it("pairs names only with rows as long as they are", () => {
    expect(namedRowCells({ columns: NAMES, rows: [["bob", SSN]] })).toEqual([]);
  });

  it("leaves rows whose names name no value alone", () => {
    expect(namedRowCells({ columns: ["id", "count", "city"], rows: [[1, 2, "x"]] })).toEqual([]);
    const plain = { columns: ["id", "phone"], rows: [[1, "on order"]] };
    expect(redacted(plain)).toBe(JSON.stringify(plain));
  });

  it("gives each named cell's route", () => {
    expect(namedRowCells({ columns: NAMES, rows: [ROW] })).toEqual([
      { name: "ssn", route: ["rows", 0, 1] },
      { name: "password", route: ["rows", 0, 2] },
    ]);
  });

  it("reads no header row under a row of columns, nor a column's name from other members", () => {
    expect(namedRowCells({ values: [["Report", "2026"], NAMES, ROW] })).toEqual([]);
    expect(namedRowCells([["a"], ["b"], ["c"], NAMES, ROW])).toEqual([]);
    const described = { cols: NAMES.map((n) => ({ id: n, type: "string" })), rows: [ROW] };
    expect(namedRowCells(described)).toEqual([]);
  });

  it("finds names and rows no more than three keys below the object that holds both", () => {
    const far = { a: { b: { c: { columns: NAMES } } }, rows: [ROW] };
    expect(namedRowCells(far)).toEqual([]);
  });
});

describe("a large result set", () => {
  // Each redacted cell once copied the rows list anew: 16,000 rows took 1.1 s and 64,000 rows 31 s. Judged by
  // how the time grows with four times the rows (linear: about four times; the copying, past ten).
  const set = (rows: number) => ({
    columns: ["id", "password"],
    rows: Array.from({ length: rows }, (_, i) => [i, `Xq9${i}vR7tL2mK8pW`]),
  });
  const timed = (rows: number) => {
    const started = performance.now();
    const { findings, value } = scanner.scan(set(rows), "r", () => true);
    return { ms: performance.now() - started, findings, value };
  };

  it("is redacted cell by cell in time linear in its rows, the original left as it was", () => {
    const small = Math.min(timed(8_000).ms, timed(8_000).ms);
    const original = set(32_000);
    const started = performance.now();
    const { findings, value } = scanner.scan(original, "r", () => true);
    expect((performance.now() - started) / small).toBeLessThan(8);
    expect(findings).toHaveLength(32_000);
    expect((value as { rows: unknown[][] }).rows[31_999]).toEqual([31_999, "[REDACTED:high_entropy_secret]"]);
    expect(original.rows[31_999]).toEqual([31_999, "Xq931999vR7tL2mK8pW"]);
  }, 120_000);
});
