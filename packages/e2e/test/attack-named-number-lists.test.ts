// Attack (round 39, atk39a, as a hostile client or a server's result): an SSN written as a bare run of digits is
// found only when it stands as the string right under a field that names it ({ "ssn": "078051120" }). The same
// digits in a list under that name ({ "ssn": ["078051120"] }: several on file, pandas' to_dict("list"), a
// form's multi-value field), wrapped in an object under it ({ "ssn": { "value": … } }, as typed-value APIs
// write a field), or with a blank after them ("078051120 ", as a fixed-width export pads it) are named by
// nothing: they reach the server in a call's arguments and the client in a result's structuredContent whole.
// Through the real bridge and the recording server; { "ssn": "078051120" } is refused and redacted (control).
import { afterAll, describe, expect, it } from "vitest";
import { namedEchoOutcomes, recorderWithResults, resultTexts, sameFor } from "../src/index.js";

const SSN = "078051120";
const NAMED: Record<string, object> = {
  "a list under ssn": { ssn: [SSN] },
  "two SSNs under ssns": { customer: { name: "Jo", ssns: [SSN, "219099999"] } },
  "a value object under ssn": { ssn: { value: SSN, verified: true } },
  "a padded value": { ssn: `${SSN} ` },
};

const { home, log } = recorderWithResults({
  control: {
    content: [{ type: "text", text: "found 1 record" }],
    structuredContent: { name: "Jo", ssn: SSN },
  },
  listed: {
    content: [{ type: "text", text: "found 1 record" }],
    structuredContent: { name: "Jo", ssn: [SSN] },
  },
  wrapped: {
    content: [{ type: "text", text: "found 1 record" }],
    structuredContent: { name: "Jo", ssn: { value: SSN, verified: true } },
  },
});
afterAll(async () => {
  await home.cleanup();
});

describe("an SSN under a field that names it, one level down or padded", () => {
  it("(control) right under its name, it is refused", async () => {
    const { outcomes, echoed } = await namedEchoOutcomes(home, log, { plain: { ssn: SSN } });
    expect({ outcomes, echoed }).toEqual({ outcomes: { plain: "sensitive_data" }, echoed: 0 });
  });

  it("never reaches the server", async () => {
    const { outcomes, echoed } = await namedEchoOutcomes(home, log, NAMED);
    expect({ outcomes, echoed }).toEqual({ outcomes: sameFor(NAMED, "sensitive_data"), echoed: 0 });
  });

  it("reaches the client redacted, as the control does", async () => {
    const texts = await resultTexts(home, ["control", "listed", "wrapped"]);
    expect({
      control: texts.control?.includes(SSN),
      listed: texts.listed?.includes(SSN),
      wrapped: texts.wrapped?.includes(SSN),
    }).toEqual({ control: false, listed: false, wrapped: false });
  });
});
