// False refusal (round 45, found from outside): base-passwd's README (`/usr/share/doc/base-passwd/README`, the
// registry of Debian's static uids and gids) is a text table with a row for qmail's password user,
// `64017 | qmailp | qmail pw`, and one for vpopmail's group, `64025 | vchkpw | vpopmail group`. The scanner takes
// the "pw" ending those cells for a password's name and redacts cells of the rows after them (`asterisk`,
// `vpopmail`, `heartbeat`; in the gid table `haclient`, `grsec-tpe`, `grsec-sock-all`, …), so an agent asked
// which uid a package uses is shown `[REDACTED:secret_assignment]` in its place, and the README sent to a server
// is refused. Without the qmailp row the uid table passes. A word in one row's cell names nothing in the rows
// below it; a correct guard passes both tables whole.
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
/** The reserved uids and gids from /usr/share/doc/base-passwd/README (base-passwd 3.6.1). */
const UIDS = [
  "Reserved uids:",
  "    uid   | name              | description",
  "    ------+-------------------+---------------",
  "    63434 | netplan           | netplan",
  "    64000 | ftn               | fidogate",
  "    64001 | mysql             | mysql-server",
  "    64005 | tac-plus          | tac-plus user",
  "    64010 | alias             | qmail alias",
  "    64011 | qmaild            | qmail daemon",
  "    64012 | qmails            | qmail send",
  "    64013 | qmailr            | qmail remove",
  "    64015 | qmailq            | qmail queue",
  "    64016 | qmaill            | qmail log",
  "    64017 | qmailp            | qmail pw",
  "    64020 | asterisk          | asterisk",
  "    64025 | vpopmail          | vpopmail",
  "    64030 | slurm             | slurm-llnl package",
  "    64035 | hacluster         | heartbeat",
  "    64045 | ceph              | ceph object storage",
  "    64050 | opensrf           | Evergreen ILS",
  "    64055 | libvirt-qemu      | libvirt guest migration support",
  "    64060 | nova              | OpenStack Compute",
  "    64061 | cinder            | OpenStack Block Storage",
].join("\n");
const GIDS = [
  "Reserved gids:",
  "    gid   | name              | description",
  "    ------+-------------------+---------------",
  "    63434 | netplan           | netplan",
  "    64000 | ftn               | fidogate",
  "    64001 | mysql             | mysql-server",
  "    64005 | tac-plus          | tac-plus group",
  "    64010 | qmail             | qmail",
  "    64020 | asterisk          | asterisk",
  "    64025 | vchkpw            | vpopmail group",
  "    64030 | slurm             | slurm-llnl package",
  "    64035 | haclient          | heartbeat",
  "    64040 | grsec-tpe         | linux-grsec-base",
  "    64041 | grsec-sock-all    | linux-grsec-base",
  "    64042 | grsec-sock-clt    | linux-grsec-base",
].join("\n");

describe("a uid/gid registry table with 'pw' in a cell", () => {
  it.each([
    ["the uid table", UIDS],
    ["the gid table", GIDS],
  ])("%s passes unredacted", (_name, table) => {
    expect(shown(table)).toBe(table);
  });

  it("a headerless list's rows pass unredacted too", () => {
    const rows = UIDS.split("\n").slice(3).join("\n");
    expect(shown(rows)).toBe(rows);
  });

  it("a password under a table's password column is still redacted", () => {
    const table = [
      "    uid   | name     | pw",
      "    ------+----------+------------",
      "    64017 | qmailp   | Xk9#mQ2vLp7t",
    ];
    expect(shown(table.join("\n"))).not.toContain("Xk9#mQ2vLp7t");
  });

  it("a password under a delimited header's password column is still redacted", () => {
    const csv = "uid,name,pw\n64017,qmailp,Xk9#mQ2vLp7t\n";
    expect(shown(csv)).not.toContain("Xk9#mQ2vLp7t");
  });
});
