// Attack (round 45, found from outside; a miss): a FHIR Patient (or Practitioner, Coverage) names each identifier
// by its `system` URI: `{"system": "http://hl7.org/fhir/sid/ca-sin", "value": "046454286"}` is a Canadian SIN,
// `https://fhir.hl7.org.uk/Id/nino` a UK National Insurance number. EHR APIs (Epic, Cerner, HAPI), health-data
// MCP servers and FHIR bulk exports return these. The scanner redacts `http://hl7.org/fhir/sid/us-ssn`'s value
// and the same SIN written `SIN: 046 454 286`, but under the ca-sin system the bare SIN passes, dashed it is taken
// for a phone number (a warning, shown whole), and the NINO under its system passes too. A correct guard reads a
// FHIR identifier's `system` as the label of its `value`, for each national number it already knows (SIN, NINO as
// it does the SSN), and redacts the value.
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
const patient = (system: string, value: string) =>
  JSON.stringify({
    resourceType: "Patient",
    id: "pat-0042",
    identifier: [
      { system: "urn:oid:2.16.840.1.113883.3.7418", value: "MRN-558201" },
      { system, value },
    ],
    name: [{ family: "Tremblay", given: ["Marie"] }],
    birthDate: "1984-03-09",
  });

describe("a national number under its FHIR identifier system", () => {
  it("the control: a US SSN under us-ssn is redacted", () => {
    expect(shown(patient("http://hl7.org/fhir/sid/us-ssn", "219099999"))).not.toContain("219099999");
  });

  it.each([
    ["http://hl7.org/fhir/sid/ca-sin", "046454286"],
    ["http://hl7.org/fhir/sid/ca-sin", "046-454-286"],
    ["https://fhir.hl7.org.uk/Id/nino", "AB123456C"],
  ])("%s %s is redacted", (system, value) => {
    expect(shown(patient(system, value))).not.toContain(value);
  });
});

describe("FHIR identifiers around a national number's system", () => {
  it.each([
    ["http://hl7.org/fhir/sid/ca-sin", "046454286"],
    ["https://fhir.hl7.org.uk/Id/nino", "AB123456C"],
  ])("%s %s pretty-printed is redacted", (system, value) => {
    const text = JSON.stringify({ resourceType: "Patient", identifier: [{ system, value }] }, null, 2);
    expect(shown(text)).not.toContain(value);
  });

  it("a medical record number under another system is shown as written", () => {
    const text = patient("urn:oid:2.16.840.1.113883.4.1.99", "046454286");
    expect(shown(text)).toBe(text);
  });
});
