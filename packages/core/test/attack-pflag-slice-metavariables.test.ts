// False refusal (round 49, found from outside): Go's pflag/cobra print a flag's type as its metavariable, and a
// slice flag's is plural: `--password strings` (trivy's `--help` and every generated CLI reference page of
// trivy: filesystem, image, kubernetes, registry login, repository, rootfs, sbom, server). The scanner lets the
// singular `--password string` pass but reads `strings` as the password and redacts it, so the help an agent
// runs to learn the tool is edited and a call carrying it (a docs edit) is refused. A correct guard reads
// pflag's type words (string, strings, stringArray, stringToString) after a flag as metavariables.
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

// From trivy's docs/guide/references/configuration/cli/trivy_image.md (cobra's generated help).
const HELP = [
  "      --username strings                  username. Comma-separated usernames allowed.",
  "      --password strings                  password. Comma-separated passwords allowed. TRIVY_PASSWORD should be used for security reasons.",
  "",
].join("\n");

describe("pflag's plural type word after --password", () => {
  it("the singular passes (the harness sees what the scanner does)", () => {
    const text = "      --password string    password for the registry\n";
    expect(shown(text)).toBe(text);
  });

  it("a real password after --password is redacted", () => {
    expect(shown("trivy image --username ci --password Vq7mK3tR8xLpZ2wN alpine\n")).not.toContain(
      "Vq7mK3tR8xLpZ2wN",
    );
  });

  it("trivy's help with --password strings passes unchanged", () => {
    expect(shown(HELP)).toBe(HELP);
  });
});
