// False refusal (round 49, found from outside): Debian changelogs record a new upstream signing key by its
// OpenPGP fingerprint (ncurses: "Add new upstream signing key 19882D92DDA4C400C22C0D56CC2AF4472167BE03";
// libtasn1: "Add Simon Josefsson's key B1D2BD13…"), as `/usr/share/doc/*/changelog.Debian.gz` shows. The
// scanner reads "key" and 40 hex digits as a secret and redacts the fingerprint, so an agent checking which
// key signs a package (what a fingerprint is published for) cannot read it, and a note quoting it is refused.
// A fingerprint identifies a public key; a correct guard lets 40 hex digits pass after "signing key" or a
// person's "key" in prose, as it does for a POM's releaseManagerKey.
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

describe("an OpenPGP fingerprint in a changelog", () => {
  it("a hex secret under a key's name is redacted (the harness sees what the scanner does)", () => {
    expect(shown("api_key = 8f3a1c9e7b5d2f4a6c8e0b1d3f5a7c9e1b3d5f7a\n")).not.toContain(
      "8f3a1c9e7b5d2f4a6c8e0b1d3f5a7c9e1b3d5f7a",
    );
  });

  it.each([
    [
      "ncurses' new upstream signing key",
      "  * Add new upstream signing key 19882D92DDA4C400C22C0D56CC2AF4472167BE03\n",
    ],
    ["libtasn1's maintainer key", "  * Add Simon Josefsson's key B1D2BD1375BECB784CF4F8C4D73CF638C53C06BE\n"],
  ])("%s passes unchanged", (_name, text) => {
    expect(shown(text)).toBe(text);
  });
});
