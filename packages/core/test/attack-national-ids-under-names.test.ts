// Attack (round 44's leftover; a miss): a national identity number (pii/national-id.ts) is found only with
// its country's label written beside it in prose. Under a JSON object key that names it ({ "nino":
// "AB123456C" }, { "aadhaar": "234567890124" }, { "sin": "046454286" }) or in a CSV, TSV or Markdown table
// column whose header names it, the HR, payroll or CRM export that holds these numbers reached the client.
// A key or a header says what the value beside it is, as it does for an SSN; it is read so. Look-alikes under
// a name that is an ordinary word (a column "sin" of sines, a "tfn" that is a toll-free number, an order's
// id) still pass.
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../src/detect/detectors.js";
import { Scanner } from "../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
/** The national_id findings of a structured result, and what the client is shown of it. */
const structured = (record: Record<string, unknown>) => {
  const result = { content: [{ type: "text", text: "ok" }], structuredContent: { record } };
  const scanned = scanner.scan(result, "result", () => true);
  return {
    found: scanned.findings.some((f) => f.type === "national_id"),
    shown: JSON.stringify(scanned.value),
  };
};
const inText = (text: string) => {
  const scanned = scanner.scan({ content: [{ type: "text", text }] }, "result", () => true);
  return {
    found: scanned.findings.some((f) => f.type === "national_id"),
    shown: JSON.stringify(scanned.value),
  };
};

/** A key or header, and a valid number it names (each passes its issuer's check). */
const named: [string, string | number][] = [
  ["nino", "AB123456C"],
  ["NINO", "JG 10 37 59 A"],
  ["national_insurance_number", "AB123456C"],
  ["niNumber", "AB123456"],
  ["sin", "046454286"],
  ["SIN", "046 454 286"],
  ["social_insurance_number", "046-454-286"],
  ["cpf", "12345678909"],
  ["customer_cpf", 12345678909],
  ["dni", "12345678Z"],
  ["nie", "X1234567L"],
  ["aadhaar", "234567890124"],
  ["aadhaar_no", "2345 6789 0124"],
  ["tfn", "123456782"],
  ["taxFileNumber", "123 456 782"],
  ["nric", "S1234567D"],
  ["fin", "F1234567N"],
];

describe("a national identity number under a key that names it", () => {
  it.each(named)("%s", (key, value) => {
    const { found, shown } = structured({ name: "Ann Lee", [key]: value });
    expect(found).toBe(true);
    expect(shown).not.toContain(String(value));
  });

  it("in a JSON document written as text", () => {
    for (const [key, value] of named) {
      const { found } = inText(JSON.stringify({ name: "Ann Lee", [key]: value }, null, 2));
      expect(found, key).toBe(true);
    }
  });
});

describe("a national identity number in a table column whose header names it", () => {
  const tables: [string, string, string][] = [
    ["CSV", "name,nino,city\nAnn Lee,AB123456C,Leeds\nBo Ray,JG103759A,York", "AB123456C"],
    ["TSV", "name\tsin\tcity\nAnn Lee\t046454286\tToronto", "046454286"],
    ["Markdown", "| name | aadhaar |\n|---|---|\n| Ann | 2345 6789 0124 |", "2345 6789 0124"],
    ["CSV of CPFs", "id;cpf\n7;12345678909", "12345678909"],
    ["CSV of DNIs", "name,dni\nAna,12345678Z", "12345678Z"],
    ["CSV of TFNs", "employee,tfn\nBo,123456782", "123456782"],
    ["CSV of NRICs", "name,nric\nTan,S1234567D", "S1234567D"],
  ];
  it.each(tables)("%s", (_kind, text, number) => {
    const { found, shown } = inText(text);
    expect(found).toBe(true);
    expect(shown).not.toContain(number);
  });
});

describe("look-alikes under ordinary names still pass", () => {
  const records: Record<string, unknown>[] = [
    { angle: "0.5", sin: "0.479425539", cos: "0.877582562" },
    { sin: 0.479425539 },
    { tfn: "1800 555 0199", kind: "toll-free" },
    { order_id: "046454286", sku: "12345678Z" },
    { fin: "fin-2024-07", status: "closed" },
    { sin: "12", note: "count of sins in the play" },
    { nino: "n/a" },
  ];
  it.each(records)("%j", (record) => {
    expect(structured(record).found).toBe(false);
  });

  it("a table column of sines, and a column of toll-free numbers", () => {
    expect(inText("x,sin,cos\n0.5,0.479425539,0.877582562\n1,0.841470985,0.540302306").found).toBe(false);
    expect(inText("office,tfn\nSydney,1800 555 019\nPerth,1300 975 707").found).toBe(false);
    expect(inText("order,sku\n046454286,12345678Z").found).toBe(false);
  });
});
