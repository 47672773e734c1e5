// False refusal (round 45, found from outside): every Apache Commons POM names its release manager's PGP key in
// `<commons.releaseManagerKey>86fdc7e2a11262cb</commons.releaseManagerKey>` (a 16-hex key ID or a 40-hex
// fingerprint, published on keyservers and in the project's KEYS file). The scanner reads "Key" at the end of
// the property's name as a secret's name and redacts the ID, so an agent reading a dependency's POM in
// `~/.m2` or `/usr/share/maven-repo` (commons-lang3, commons-io, commons-cli, commons-parent) gets it edited,
// and a tool call that writes such a POM is refused. A PGP key ID or fingerprint identifies a public key; a
// correct guard lets a hex key ID or fingerprint pass under a name that says it is a release or signing key's
// identifier (`releaseManagerKey`, `signingKeyId`, `gpg.keyname`), as it does for other public-key labels.
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
const POM = [
  "<properties>",
  "\t<commons.componentid>lang3</commons.componentid>",
  "\t<commons.releaseManagerName>Gary Gregory</commons.releaseManagerName>",
  "\t<commons.releaseManagerKey>86fdc7e2a11262cb</commons.releaseManagerKey>",
  "\t<commons.jira.id>LANG</commons.jira.id>",
  "</properties>",
].join("\n");

const CLI_POM = [
  "<properties>",
  "\t<commons.releaseManagerName>Rob Tompkins</commons.releaseManagerName>",
  "\t<commons.releaseManagerKey>B6E73D84EA4FCC47166087253FAAD2CD5ECBB314</commons.releaseManagerKey>",
  "</properties>",
].join("\n");

describe("a release manager's PGP key in a POM", () => {
  it.each([
    ["a key ID", POM],
    ["a fingerprint", CLI_POM],
  ])("%s passes unredacted", (_what, pom) => {
    expect(shown(pom)).toBe(pom);
  });

  it("a secret under a release manager's name, not a key id, is still redacted", () => {
    const pom = "<commons.releaseManagerKey>Xk9#mQ2vLp7tRw4zB8nY</commons.releaseManagerKey>\n";
    expect(shown(pom)).not.toContain("Xk9#mQ2vLp7tRw4zB8nY");
  });

  it("64 hex digits under a release manager's key name are still redacted", () => {
    const hex = "9f2c4e1a7b3d5f608e2a4c6b8d0f1e3a5c7b9d2f4e6a8c0b1d3f5e7a9c2b4d6f";
    expect(shown(`releaseManagerKey=${hex}\n`)).not.toContain(hex);
  });
});
