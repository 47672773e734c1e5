// Attack (round 45, found from outside; a miss): ASC X12 EDI (HIPAA 837 claims, 834 enrolments, 270/271
// eligibility) carries a member's Social Security number as nine bare digits named only by a qualifier:
// `REF*SY*219099999~` (SY = Social Security number), `REF*0F*…` (subscriber number, an SSN in most 834s) and
// `NM1*IL*1*DOE*JANE****34*219099999~` (identification code qualifier 34 = SSN). Clearing-house and payer tools
// return these files and their 999/277 replies to an agent debugging a rejected claim. The scanner finds the
// same number written `078-05-1120` in the same segment, and `219099999` under an `us-ssn` FHIR system, but
// in X12's own form it passes whole towards the client and the server. A correct guard reads the X12 qualifiers
// that say "Social Security number" (REF SY, NM1 code 34) as an SSN's label and redacts the element after them.
import { describe, expect, it } from "vitest";
import { DEFAULT_ACTIONS, FALLBACK_ACTIONS } from "../src/detect/actions.js";
import { builtInDetectors } from "../src/detect/detectors.js";
import { Scanner } from "../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
/** What the client is shown under the default actions (a type the table does not know counts as a secret). */
const shown = (text: string) => {
  const redacted = (type: string) => (DEFAULT_ACTIONS[type] ?? FALLBACK_ACTIONS).response === "redact";
  const out = scanner.scan({ content: [{ type: "text", text }] }, "result", redacted);
  return (out.value as { content: { text: string }[] }).content[0]!.text;
};
const SSN = "219099999";

describe("an SSN in an X12 transaction", () => {
  it("the control: the dashed SSN in a REF segment is redacted", () => {
    expect(shown("NM1*IL*1*DOE*JANE~REF*SY*219-09-9999~")).not.toContain("219-09-9999");
  });

  it("REF*SY in an 837 claim is redacted", () => {
    const claim = [
      "ISA*00*          *00*          *ZZ*SUBMITTER      *ZZ*RECEIVER       *261128*0600*^*00501*000000001*0*P*:~",
      "GS*HC*SUBMITTER*RECEIVER*20261128*0600*1*X*005010X222A1~",
      "ST*837*0001*005010X222A1~",
      "NM1*IL*1*DOE*JANE****MI*W123456789~",
      "N3*123 MAIN ST~",
      "N4*SPRINGFIELD*IL*62701~",
      "DMG*D8*19800101*F~",
      `REF*SY*${SSN}~`,
    ].join("\n");
    expect(shown(claim)).not.toContain(SSN);
  });

  it("NM1 with identification code qualifier 34 in an 834 enrolment is redacted", () => {
    const enrolment = `INS*Y*18*030*XN*A*E**FT~\nREF*0F*${SSN}~\nNM1*IL*1*DOE*JANE*A***34*${SSN}~\nDMG*D8*19800101*F~\n`;
    expect(shown(enrolment)).not.toContain(SSN);
  });
});

describe("X12 numbers that are not SSNs", () => {
  it.each([
    "NM1*85*2*SPRINGFIELD CLINIC*****XX*1234567893~\nREF*EI*219099999~",
    "CLM*219099999*150***11:B:1*Y*A*Y*Y~\nREF*G1*219099999~",
    "NM1*PR*2*ACME HEALTH*****PI*219099999~",
  ])("%s is shown as written", (text) => {
    expect(shown(text)).toBe(text);
  });
});
