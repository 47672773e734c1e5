// Round 41 (a lead left in round 40): an SSN whose area number begins with a zero, stored as a whole number
// ({ "ssn": 78051120 }: a spreadsheet or a CSV import drops the leading zero), was read as eight digits and
// shown. Under a field whose name says SSN or social security it is read as the nine digits it was; the same
// number under any other name, and an eight-digit string, stay.
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { Scanner } from "../../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
const scanned = (value: unknown) => scanner.scan(value, "r", () => true);

describe("an SSN that lost its leading zero", () => {
  it.each([
    { ssn: 78051120 },
    { SSN: 78051120, name: "Ann Lee" },
    { social_security_number: 78051120 },
    { customer_ssn: 1234567 },
    { employees: [{ name: "Ann Lee", ssn: 87654321 }] },
  ])("is redacted in %j", (record) => {
    const { findings, value } = scanned(record);
    expect(findings.map((f) => f.type)).toContain("ssn");
    expect(JSON.stringify(value)).not.toMatch(/78051120|1234567|87654321/);
  });

  it.each([
    { order_id: 78051120 },
    { phone: 78051120 },
    { count: 78051120 },
    { ssn_count: 78051120 },
    { ssn: 123456 },
    // Not a number a leading zero was lost from: a string keeps its zeros.
    { ssn: "78051120" },
  ])("is not read into %j", (record) => {
    const { findings } = scanned(record);
    expect(findings.map((f) => f.type)).not.toContain("ssn");
  });
});
