// False refusal (round 47, found from outside): libphonenumber-js ships `examples.mobile.json` (and
// `mobile/examples/examples.mobile.json`), one JSON object mapping every ISO 3166 region code to an example
// phone number: `{"AC":"40123", …, "PW":"6201234", …}`. "PW" is Palau, but the scanner reads it as a
// password's name and redacts Palau's example number as a secret_assignment, so an agent that reads the file
// (or a table of dialling examples, prices or populations keyed by country) is shown a hole, and a call that
// carries it is refused. Round 40 closed `{"PW": "Palau"}` (a country's name as the value); a number under PW
// among other region codes is the same map. A correct guard passes an object whose keys are all region codes;
// `PW` beside `USER` (not a region code) is still a password.
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

/** A stretch of libphonenumber-js 1.13.16 examples.mobile.json, as a file tool returns it. */
const EXAMPLES =
  '{"PA":"61234567","PE":"912345678","PF":"87123456","PG":"70123456","PH":"9051234567","PK":"3012345678",' +
  '"PL":"512345678","PM":"551234","PR":"7872345678","PS":"599123456","PT":"912345678","PW":"6201234",' +
  '"PY":"961456789","QA":"33123456","RE":"692123456","RO":"712034567","RS":"601234567","RU":"9123456789"}';

describe("a map keyed by region codes", () => {
  it("libphonenumber's example numbers pass unredacted", () => {
    expect(shown(EXAMPLES)).toBe(EXAMPLES);
  });

  it("a PW beside a user name is still a password", () => {
    expect(shown('{"USER":"admin","PW":"6201234x9Kq"}')).not.toContain("6201234x9Kq");
  });

  it("a PW among two-letter keys that are not all region codes is still a password", () => {
    const text = '{"PA":"61234567","PE":"912345678","DB":"orders","PW":"6201234x9Kq"}';
    expect(shown(text)).not.toContain("6201234x9Kq");
  });
});
