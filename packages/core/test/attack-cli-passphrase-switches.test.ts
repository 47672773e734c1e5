// Attack (round 47, found from outside): passwords given on the command line of tools not in the scanner's
// list reach the client and a server in shell history, `ps -ef`, cron lines and scripts. The scanner redacts
// `openssl … -passin pass:…`, `7z a -p…`, `gpg --passphrase …`, `keytool -storepass …` and Cisco's
// `snmp-server community …`, but passes:
// - net-snmp's community after `-c` (`snmpget -v2c -c <community> host`: SNMP v1/v2c's only credential, read
//   and often write access to the device) and its v3 pass phrases after `-A` (authentication) and `-X`
//   (privacy) (snmpcmd(1));
// - `openssl enc -k <password>` (enc(1ssl): "-k password: the password to derive the key from");
// - `unrar x -p<password>` (the archive's password glued to the switch, as 7z's is).
// A correct guard reads each switch's value, in these commands, as the password it is.
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

const COMMANDS: [string, string, string][] = [
  ["snmpget's v2c community", "$ snmpget -v2c -c Nt9xQ2mPzL7 192.0.2.10 sysUpTime.0\n", "Nt9xQ2mPzL7"],
  [
    "snmpwalk's v3 authentication pass phrase",
    "$ snmpwalk -v3 -l authPriv -u monitor -a SHA -A Hq7vRm2xPz9L -x AES -X Tq8mZ2vLp9wX 192.0.2.10\n",
    "Hq7vRm2xPz9L",
  ],
  [
    "snmpwalk's v3 privacy pass phrase",
    "$ snmpwalk -v3 -l authPriv -u monitor -a SHA -A Hq7vRm2xPz9L -x AES -X Tq8mZ2vLp9wX 192.0.2.10\n",
    "Tq8mZ2vLp9wX",
  ],
  [
    "openssl enc's -k",
    "$ openssl enc -aes-256-cbc -pbkdf2 -in db.sql -out db.sql.enc -k Wq9xZ2pL7mK4vR\n",
    "Wq9xZ2pL7mK4vR",
  ],
  ["unrar's -p", "$ unrar x -pWq9xZ2pL7mK4vR archive.rar\n", "Wq9xZ2pL7mK4vR"],
];

describe("password switches of net-snmp, openssl enc and unrar", () => {
  it.each(COMMANDS)("%s is redacted", (_name, text, value) => {
    expect(shown(text)).not.toContain(value);
  });

  it("7z's glued -p is redacted (the harness sees what the scanner does)", () => {
    expect(shown("$ 7z a -pWq9xZ2pL7mK4vR backup.7z /srv/data\n")).not.toContain("Wq9xZ2pL7mK4vR");
  });

  it("the default community in a tutorial's command passes", () => {
    const text = "$ snmpwalk -v2c -c public 192.0.2.10 system\n";
    expect(shown(text)).toBe(text);
  });
});

describe("the same switches without a literal password", () => {
  it.each([
    "$ snmpwalk -v2c -c $COMMUNITY 192.0.2.10 system\n",
    "$ unrar x -p- archive.rar\n",
    "$ openssl enc -d -aes-256-cbc -kfile key.txt -in db.sql.enc\n",
    "$ openssl rand -hex 16 -out key.bin\n",
    "$ rar a -m5 backup.rar /srv/data\n",
  ])("%s passes", (text) => {
    expect(shown(text)).toBe(text);
  });
});
