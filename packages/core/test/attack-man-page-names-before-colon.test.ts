// False refusal (round 49, found from outside): a changelog names the manual page it changed and a colon
// ("update-passwd.8: Document that backup copies of modified files are left…", base-passwd's
// changelog.Debian). The scanner reads `passwd.8:` as a password's name and "Document" as the password, and
// because a found secret is redacted wherever it stands, every "Document" of the changelog goes too
// ("- [REDACTED:secret_assignment] libvirt group"). A manual page's file name (`name.<section>`) before a colon
// is a heading; a correct guard does not read `passwd.8:` (or `chpasswd.8:`) as a secret's name.
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

// From /usr/share/doc/base-passwd/changelog.Debian.gz (3.5.52 and 3.6.0).
const CHANGELOG = [
  "  * users-and-groups:",
  "    - Document libvirt group (thanks, Guido Günther; closes: #929133).",
  "",
  "  * update-passwd.8: Document that backup copies of modified files are left",
  '    with the extension ".org" (closes: #993717).',
  "",
].join("\n");

describe("a manual page's name before a colon", () => {
  it("a password after passwd: is redacted (the harness sees what the scanner does)", () => {
    expect(shown("passwd: Vq7mK3tR8xLpZ2wN\n")).not.toContain("Vq7mK3tR8xLpZ2wN");
  });

  it("base-passwd's changelog passes unchanged", () => {
    expect(shown(CHANGELOG)).toBe(CHANGELOG);
  });
});
