// Attack (round 43, found from outside): a Cisco IOS running-config (`show running-config`, a backup an agent
// reads or writes through a network automation server) gives its passwords after a type digit:
// `username bob password 0 <plain>`, `password 7 <type 7>` on a line vty, `key-string 7 …`,
// `tacacs-server key 7 …`, and the SNMP community after `snmp-server community`. Type 0 is the password in
// clear, and type 7 is a fixed XOR anyone reverses (published since 1995; every config audit tool decodes it),
// so both disclose the password. The scan takes the digit for the value (a one-character value is no
// secret) and passes the password after it; only the hashed `secret 5/8/9` forms are found. README: secrets
// are redacted towards the client and blocked towards a server. A correct guard reads IOS's
// `password|secret|key|key-string <0|7> <value>` as the value after the type, and an SNMP community string as
// a password.
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../src/detect/detectors.js";
import { Scanner } from "../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
/** A network automation server's result, every type set to redact: what reaches the client. */
const shown = (text: string) => {
  const out = scanner.scan({ content: [{ type: "text", text }] }, "result", () => true);
  return (out.value as { content: { text: string }[] }).content[0]!.text;
};

/** Cisco's type 7 encoding, as IOS writes it with `service password-encryption`. */
const XLAT = "dsfd;kfoA,.iyewrkldJKDHSUBsgvca69834ncxv9873254k;fg87";
const type7 = (plain: string, seed = 8) =>
  String(seed).padStart(2, "0") +
  [...plain]
    .map((c, i) =>
      (c.charCodeAt(0) ^ XLAT.charCodeAt((seed + i) % XLAT.length)).toString(16).padStart(2, "0"),
    )
    .join("")
    .toUpperCase();

const PLAIN = "Cisc0-Plain!42";
const VTY = type7("Vty#Acc3ss2024", 4);
const OSPF = type7("0spfK3y!area0", 7);
const TACACS = type7("Tac4cs-Shared#9", 2);
const COMMUNITY = "s3cr3tC0mmun1ty";

const RUNNING_CONFIG = `Building configuration...

Current configuration : 2143 bytes
!
version 15.2
service password-encryption
hostname edge-rtr-01
!
enable secret 9 $9$nhEmQVczB7dqsO$X.HsgL6x1il0RxkOSSvyQYwucySCt7qFm4v7pqCxkKM
!
username bob privilege 15 password 0 ${PLAIN}
!
key chain OSPF-KEYS
 key 1
  key-string 7 ${OSPF}
!
tacacs-server host 10.0.0.5 key 7 ${TACACS}
snmp-server community ${COMMUNITY} RO
!
line vty 0 4
 password 7 ${VTY}
 login
!
end
`;

describe("a Cisco IOS running-config's passwords", () => {
  const out = shown(RUNNING_CONFIG);

  it("the control: the hashed enable secret is redacted", () => {
    expect(out).not.toContain("$9$nhEmQVczB7dqsO");
  });

  it("a type 0 password (in clear) is redacted", () => {
    expect(out).not.toContain(PLAIN);
  });

  it("type 7 passwords and keys (reversible) are redacted", () => {
    expect(out).not.toContain(VTY);
    expect(out).not.toContain(OSPF);
    expect(out).not.toContain(TACACS);
  });

  it("the SNMP community string is redacted", () => {
    expect(out).not.toContain(COMMUNITY);
  });
});

describe("network device look-alikes", () => {
  it("prose with a digit after password, and a key number in a key chain, pass", () => {
    for (const text of [
      "Rotate it when the password 0 days before expiry warning shows up in the log.",
      "key chain OSPF-KEYS\n key 1\n  accept-lifetime 00:00:00 Jan 1 2024 infinite",
    ])
      expect(shown(text)).toBe(text);
  });
});
