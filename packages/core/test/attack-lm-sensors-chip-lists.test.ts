// False refusal (round 47, found from outside): lm-sensors' stock /etc/sensors3.conf, shipped unchanged by
// Debian's libsensors-config, lists the chips a section applies to as quoted globs continued over lines with
// a backslash (`chip "nct6775-*" "nct6776-*" \⏎ "nct6779-*" "nct6791-*" "nct6795-*" …`). The scanner redacts
// one chip name on each continued line as a secret_assignment (`"nct6795-*"`, `"emc6d103-*"`, `"f71889a-*"`),
// so an agent asked why a fan reads 0 RPM is shown a config with holes, and an edited copy written back to a
// file server is refused (secrets block towards a server). On one line the same list passes. A chip glob
// names hardware, not a credential; a correct guard passes the whole file as it is.
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

/** Three sections of /etc/sensors3.conf (lm-sensors 3.6.0) as `cat` prints them. */
const SENSORS_CONF = [
  'chip "lm85-*" "lm85b-*" "lm85c-*" "adm1027-*" "adt7463-*" "adt7468-*" \\',
  '     "emc6d100-*" "emc6d102-*" "emc6d103-*" "emc6d103s-*" ',
  "",
  '    label in0 "V1.5"',
  '    label in1 "VCore"',
  "",
  'chip "w83627ehf-*" "w83627dhg-*" "w83667hg-*" "nct6775-*" "nct6776-*" \\',
  '     "nct6779-*" "nct6791-*" "nct6795-*" "nct6796-*"',
  "",
  '    label in0 "Vcore"',
  "",
  'chip "f71808e-*" "f71808a-*" "f71862fg-*" "f71869-*" "f71869a-*" "f71882fg-*" \\',
  '     "f71889fg-*" "f71889ed-*" "f71889a-*"',
  "",
  '    label in0 "+3.3V"',
  "",
].join("\n");

describe("lm-sensors' chip lists", () => {
  it("the stock sensors3.conf passes unredacted", () => {
    expect(shown(SENSORS_CONF)).toBe(SENSORS_CONF);
  });

  it("a password in the same file is still redacted", () => {
    const text = `${SENSORS_CONF}# ipmi\npassword = "Tq8mZ2vLp9wXr4kN"\n`;
    expect(shown(text)).not.toContain("Tq8mZ2vLp9wXr4kN");
  });

  // Neighbours (fix48fp): the list on one line, a row of four quoted words, and pppd's own chap-secrets
  // lines (quoted, "*" as the server, an address after the secret), whose secrets are still redacted.
  it("a quoted chip list on one line, and four quoted words, pass", () => {
    const text = 'chip "f71889fg-*" "f71889ed-*" "f71889a-*"\n"alpha" "bravo" "charlie" "delta"\n';
    expect(shown(text)).toBe(text);
  });

  it("pppd's quoted chap-secrets lines are still read", () => {
    const text = '"alice" * "Tq8mZ2vLp9wXr4kN" 10.0.0.2\n"bob" "vpn" "k7Rz2qWx9mLp4vTn"\n';
    const out = shown(text);
    expect(out).not.toContain("Tq8mZ2vLp9wXr4kN");
    expect(out).not.toContain("k7Rz2qWx9mLp4vTn");
  });
});
