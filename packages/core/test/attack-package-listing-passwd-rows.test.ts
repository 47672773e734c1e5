// False refusal (round 47, found from outside): `dpkg-query -W` (one line per installed package, its name and
// version apart by a tab, as Debian's own docs and every "what is installed" script print it) loses package
// names after `base-passwd`: the scanner takes that row's name for a password's and redacts the names of the
// rows below it (`binutils`, `bsdutils`, `build-essential`, `coreutils`, … down to `dbus` in the excerpt
// below) as secret_assignment. An agent asked which version of binutils is installed sees a hole, and an
// inventory sent to a server is refused (secrets block towards a server). Round 45 closed the same reading in
// base-passwd's README, a table with `|` between cells; a tab-separated listing is read the old way. A
// package's name in one row names nothing in the rows below; a correct guard passes the listing.
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

/** Rows 10–28 of `dpkg-query -W -f='${Package}\t${Version}\n'` on Debian 12. */
const DPKG_QUERY = [
  "avahi-daemon\t0.8-10+deb12u1",
  "avahi-utils\t0.8-10+deb12u1",
  "base-files\t12.4+deb12u11",
  "base-passwd\t3.6.1",
  "bash\t5.2.15-2+b8",
  "bc\t1.07.1-3+b1",
  "binutils\t2.40-2",
  "binutils-common\t2.40-2",
  "binutils-x86-64-linux-gnu\t2.40-2",
  "bsdextrautils\t2.38.1-5+deb12u3",
  "bsdutils\t1:2.38.1-5+deb12u3",
  "build-essential\t12.9",
  "bzip2\t1.0.8-5+b1",
  "ca-certificates\t20230311+deb12u1",
  "coreutils\t9.1-1",
  "cpp\t4:12.2.0-3",
  "curl\t7.88.1-10+deb12u14",
  "dash\t0.5.12-2",
  "dbus\t1.14.10-1~deb12u1",
  "",
].join("\n");

describe("a package listing after base-passwd", () => {
  it("dpkg-query's name and version rows pass unredacted", () => {
    expect(shown(DPKG_QUERY)).toBe(DPKG_QUERY);
  });

  it("the same rows with base-passwd left out pass (the row is what triggers it)", () => {
    const without = DPKG_QUERY.replace("base-passwd\t3.6.1\n", "");
    expect(shown(without)).toBe(without);
  });
});

// The twin: a tab-separated table whose header names a password column is still read, versions beside it or not.
describe("a tab-separated table with a passwd column", () => {
  it("its passwords are still redacted", () => {
    const secret = "Xq3vT8mN2pR6sW9y";
    const text = `host\tuser\tpasswd\tversion\ndb1\tadmin\t${secret}\t3.6.1\n`;
    expect(shown(text)).not.toContain(secret);
  });
});
