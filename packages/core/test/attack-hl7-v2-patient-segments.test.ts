// Attack (round 43, found from outside): HL7 v2, the message format hospital systems still exchange most
// (ADT, ORU; an EHR or lab integration server's result), puts a patient's personal data where the scan reads
// none: the SSN in PID-19 ("SSN Number - Patient") as bare digits, named only by its field's position, and
// phone numbers in PID-13/14 as XTN components (`^PRN^PH^^<country>^<area>^<local>`, the form HL7 has asked
// for since v2.3), split by `^` into country code, area code and local number. A PID segment with an SSN
// written 123-45-6789 is found, and so is a phone number written whole; these, as interfaces send them, are
// not: the result reaches the client with the SSN unredacted and no phone number in the audit.
// README: SSNs are redacted towards the client and blocked towards a server; phone numbers are recorded. A
// correct guard reads a PID segment's field 19 as an SSN and an XTN's components 5-7 as one phone number.
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../src/detect/detectors.js";
import { Scanner } from "../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
const typesIn = (text: string) =>
  scanner.scan({ content: [{ type: "text", text }] }, "result", () => true).findings.map((f) => f.type);

const msh =
  "MSH|^~\\&|EPIC|SPRINGFIELD_HOSP|LABSYS|SPRINGFIELD_HOSP|20240301083000||ADT^A01^ADT_A01|MSG00042|P|2.5.1";
const evn = "EVN|A01|20240301083000";
/** PID with fields 1-19: set id, -, MRN, -, name, -, birth date, sex, -, -, address, -, phones 13 and 14, …, SSN. */
const pid = (phones: string, ssn: string) =>
  `PID|1||4455667^^^SPRINGFIELD_HOSP^MR||DOE^JOHN^A||19800101|M|||123 MAIN ST^^SPRINGFIELD^IL^62701^USA||${phones}||ENG|M||ACC778899|${ssn}`;
const pv1 = "PV1|1|I|4W^402^1^SPRINGFIELD_HOSP||||1234^WELBY^MARCUS^^^DR|||MED";
const message = (phones: string, ssn: string) => [msh, evn, pid(phones, ssn), pv1].join("\r") + "\r";

describe("an HL7 v2 ADT message's PID segment", () => {
  it("the control: an SSN written 078-05-1120 in PID-19 is found", () => {
    expect(typesIn(message("(217)555-0132", "078-05-1120"))).toContain("ssn");
  });

  it("an SSN in PID-19 as bare digits is found", () => {
    expect(typesIn(message("(217)555-0132", "078051120"))).toContain("ssn");
  });

  it("a phone number in XTN components (country, area, local) is found", () => {
    const types = typesIn(message("^PRN^PH^^1^217^5550132~^NET^Internet^john.doe@example.com", ""));
    expect(types).toContain("phone");
  });
});
