// Attack (round 44, found from outside; a false refusal): `dpkg-query -W` prints each installed package as
// name, a tab and its version, and Debian's shadow-utils package is named `passwd`. The scanner reads
// `passwd<TAB>1:4.13+dfsg1-1+deb12u1` as a password and its value, redacts the version, and then redacts
// the same version wherever else it stands (the `login` package built from the same source has it too).
// Any inventory an agent runs (`dpkg-query -W`, an SBOM, a package list under /usr/share) comes back with two
// versions gone, and towards a server such a list is refused as carrying a secret. A correct guard takes a
// package version (epoch, upstream version, Debian revision) for what it is; `passwd` as a column's item is
// a package's name, not a label.
import { describe, expect, it } from "vitest";
import { DEFAULT_ACTIONS } from "../src/detect/actions.js";
import { builtInDetectors } from "../src/detect/detectors.js";
import { Scanner } from "../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
const shown = (text: string) => {
  const redacted = (type: string) => DEFAULT_ACTIONS[type]?.response === "redact";
  const out = scanner.scan({ content: [{ type: "text", text }] }, "result", redacted);
  return (out.value as { content: { text: string }[] }).content[0]!.text;
};

/** `dpkg-query -W` on Debian 12, a few of its lines (tab-separated, as it prints them). */
const DPKG_QUERY = [
  "base-passwd\t3.6.1",
  "bash\t5.2.15-2+b8",
  "login\t1:4.13+dfsg1-1+deb12u1",
  "passwd\t1:4.13+dfsg1-1+deb12u1",
  "perl\t5.36.0-7+deb12u2",
].join("\n");

describe("an installed-package list", () => {
  it("dpkg-query -W passes unredacted", () => {
    expect(shown(DPKG_QUERY)).toBe(DPKG_QUERY);
  });

  it("the package list under /usr/share passes unredacted", () => {
    const text =
      "apt\tpackagekit-tools\t1.2.6-5+deb12u1\napt\tpasswd\t1:4.13+dfsg1-1+deb12u1\napt\tpatch\t2.7.6-7\n";
    expect(shown(text)).toBe(text);
  });
});

describe("a password said beside its name", () => {
  it("is still redacted where it is not a version", () => {
    expect(shown("passwd\tTr0ub4dor&3x\n")).not.toContain("Tr0ub4dor&3x");
  });
});
