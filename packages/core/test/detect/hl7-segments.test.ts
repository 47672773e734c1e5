// HL7 v2 read by its own structure (decode-hl7.ts): PID-19's bare SSN and the XTN phone numbers of PID-13/14
// and NK1-5/6, split into country, area and local components, are found and redacted where they are written,
// only in a text that is HL7 (the MSH header); the other fields' numbers (a medical record number, an account
// number, a ZIP code) are not read so, and an e-mail component ends at HL7's delimiters.
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { Scanner } from "../../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
const scan = (text: string) => {
  const { findings, value } = scanner.scan({ content: [{ type: "text", text }] }, "result", () => true);
  return {
    types: findings.map((f) => f.type),
    text: (value as { content: { text: string }[] }).content[0]?.text,
  };
};

const MSH = "MSH|^~\\&|EPIC|HOSP|LAB|HOSP|20240301083000||ADT^A01^ADT_A01|MSG1|P|2.5.1";
/** A PID segment: MRN 078051121 in PID-3, account 078051122 in PID-18, the given phones and SSN. */
const pid = (phones: string, ssn: string) =>
  `PID|1||078051121^^^HOSP^MR||DOE^JOHN||19800101|M|||1 MAIN ST^^SPRINGFIELD^IL^62701||${phones}|||||078051122|${ssn}`;

describe("HL7 v2 segments", () => {
  it("reads PID-19's bare digits as an SSN and redacts them where written", () => {
    const text = [MSH, pid("", "078051120"), "PV1|1|I"].join("\r");
    expect(scan(text)).toEqual({ types: ["ssn"], text: text.replace("078051120", "[REDACTED:ssn]") });
  });

  it("reads PID-19 in the last segment, with segments ending in line feeds", () => {
    const text = [MSH, pid("", "078051120")].join("\n");
    expect(scan(text).types).toEqual(["ssn"]);
  });

  it("joins an XTN's country, area and local number into one phone number", () => {
    const text = [MSH, pid("^PRN^PH^^1^217^5550132", "")].join("\r");
    expect(scan(text)).toEqual({ types: ["phone"], text: text.replace("1^217^5550132", "[REDACTED:phone]") });
  });

  it("reads a next of kin's XTN phone in NK1-5", () => {
    const text = [MSH, pid("", ""), "NK1|1|DOE^JANE|SPO|1 MAIN ST|^PRN^PH^^1^217^5550199"].join("\r");
    expect(scan(text).types).toEqual(["phone"]);
  });

  it("ends an e-mail component at HL7's delimiters, so the phone beside it keeps its own type", () => {
    const text = [MSH, pid("^PRN^PH^^1^217^5550132~^NET^Internet^john.doe@example.com", "")].join("\r");
    expect(scan(text)).toEqual({
      types: ["phone", "email"],
      text: text
        .replace("1^217^5550132", "[REDACTED:phone]")
        .replace("john.doe@example.com", "[REDACTED:email]"),
    });
  });

  it("reads neither PID-19 nor an XTN so without the MSH header", () => {
    expect(scan(pid("^PRN^PH^^1^217^5550132", "078051120")).types).toEqual([]);
  });

  it("leaves the other fields' numbers and an e-mail address outside HL7 as they were", () => {
    expect(scan([MSH, pid("", "")].join("\r")).types).toEqual([]);
    expect(scan("write to a^b~c@example.com").text).toBe("write to [REDACTED:email]");
  });
});
