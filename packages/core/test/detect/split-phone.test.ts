import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { Scanner } from "../../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set(["ip_address"]) });
const types = (value: unknown) => [...new Set(scanner.scan(value, "params").findings.map((f) => f.type))];

describe("a phone number over neighbours after an international prefix", () => {
  it.each([
    [{ cc: "+1", area: "415", line: "555 0132" }],
    [{ cc: "001", area: "415", line: "555 0132" }],
    [["0049", "30", "901820", "12"]],
    [{ a: "00 44", b: "20", c: "79460958" }],
    [{ a: "(0044)", b: "20", c: "79460958" }],
    [{ a: "+", b: "44", c: "20", d: "79460958" }],
    [{ cc: "0044", number: "2079460958" }],
    [{ plus: "+", rest: "442079460958" }],
    [{ start: "0044 20", mid: "7946", end: "0958" }],
  ])("%j holds one", (value) => {
    expect(types(value)).toEqual(["phone"]);
  });

  it.each([
    [{ id: "001", n: "2", m: "3" }],
    [{ a: "0001", b: "234", c: "5678" }],
    [{ code: "007", agent: "James", year: "1962" }],
    [{ cc: "+1", qty: "3" }],
    [["00", "12", "34"]],
  ])("%j holds none", (value) => {
    expect(types(value)).toEqual([]);
  });

  it("redacts each piece's share", () => {
    const { value } = scanner.scan({ cc: "0044", number: "2079460958", note: "x" }, "params", () => true);
    expect(JSON.stringify(value)).not.toContain("2079460958");
    expect(value).toMatchObject({ note: "x" });
  });
});
