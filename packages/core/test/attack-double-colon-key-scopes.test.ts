// Attack (round 50, false refusal found from the outside): APT's configuration names its settings in scopes
// joined by `::` (`apt::key::net-update-enabled`, /usr/share/doc/apt/examples/configure-index and
// `apt-config dump`), and Git's release notes write SSH key types the same way (`"key::ecdsa-sha2-nistp256"`,
// RelNotes 2.35.0). The scanner reads `key:` as a name and redacts what follows the second colon
// (`net-update-enabled`, `ecdsa-sha2-nistp256`) as its value (towards a server: the call is blocked). A user
// debugging apt or configuring SSH signing in git is refused. A correct guard reads `::` as a scope separator
// (the name continues), never as a name's colon followed by its value.
import { describe, expect, it } from "vitest";
import { DEFAULT_ACTIONS, FALLBACK_ACTIONS } from "../src/detect/actions.js";
import { builtInDetectors } from "../src/detect/detectors.js";
import { Scanner } from "../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
const redacted = (type: string) => (DEFAULT_ACTIONS[type] ?? FALLBACK_ACTIONS).response === "redact";
/** What the client is shown under the default actions (a type the table does not know counts as a secret). */
const shown = (text: string) => {
  const out = scanner.scan({ content: [{ type: "text", text }] }, "result", redacted);
  return (out.value as { content: { text: string }[] }).content[0]!.text;
};
/** The types that would block the text as a tool's argument (towards the server). */
const blockedAsArgument = (text: string) =>
  scanner
    .scan({ content: [{ type: "text", text }] }, "request", () => false)
    .findings.map((f) => f.type)
    .filter((type) => (DEFAULT_ACTIONS[type] ?? FALLBACK_ACTIONS).request === "block");

/** From /usr/share/doc/apt/examples/configure-index (apt 2.6). */
const APT = `apt::key::net-update-enabled "<STRING>";
apt::key::archive-keyring "<FILE>";
`;
/** From /usr/share/doc/git/RelNotes/2.35.0.txt. */
const GIT = ` * "git config user.signingkey" can take a literal key, using the "key::" prefix mechanism
   (e.g. "key::ecdsa-sha2-nistp256").
`;

describe("key:: scopes", () => {
  it.each([
    ["apt's configure-index", APT],
    ["git's release notes", GIT],
  ])("%s reaches the client whole", (_name, text) => {
    expect(shown(text)).toBe(text);
  });

  it("is not blocked as a tool's argument", () => {
    expect(blockedAsArgument(APT)).toEqual([]);
  });
});
