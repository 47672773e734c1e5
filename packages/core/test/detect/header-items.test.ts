// Round 39: a table's header line in a text item of its own names the cells of the items after it
// (header-items.ts; attack-text-result-set-shapes.test.ts' csv_header_then_rows).
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { Scanner } from "../../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
const items = (...texts: string[]) => ({ content: texts.map((text) => ({ type: "text", text })) });
const scan = (value: object) => scanner.scan(value, "result", () => true);

describe("a header line in a text item of its own", () => {
  it("names the cells of the rows in the items after it", () => {
    const { findings, value } = scan(items("name,ssn,password\n", "bob,078051120,Tr0ub4dor&3x\n"));
    expect(findings.map((f) => f.type)).toContain("ssn");
    const out = JSON.stringify(value);
    expect(out).not.toMatch(/078051120|Tr0ub4dor/);
    expect(out).toContain("bob,");
  });

  it("names them in every item of the run, a row found under it being no header", () => {
    const out = JSON.stringify(
      scan(items("name\tpassword", "bob\tTr0ub4dor&3x", "alice\tXq9vR7tL2mK8pW!")).value,
    );
    expect(out).not.toMatch(/Tr0ub4dor|Xq9vR7tL2mK8pW/);
  });

  it("hard negative: a line naming a password over prose, or a header naming nothing, finds nothing", () => {
    for (const value of [
      items("Your password was changed.", "Signed in from Berlin at 10:02, session 4411."),
      items("id,name,city\n", "7,bob,078051120\n"),
      items("password,name", "see the vault,bob"),
    ])
      expect(scan(value).findings).toEqual([]);
  });

  it("hard negative: an item that is no text ends the run", () => {
    const value = {
      content: [
        { type: "text", text: "name,ssn" },
        { type: "resource_link", uri: "file:///x", name: "x" },
        { type: "text", text: "bob,078051120" },
      ],
    };
    expect(scan(value).findings).toEqual([]);
  });
});
