// A network device's configuration (Cisco IOS and the IOS-like systems: NX-OS, Arista EOS, many switches)
// writes a password after a type digit: `username bob password 0 <plain>`, `password 7 <type 7>` on a line vty,
// `key-string 7 …`, `tacacs-server key 7 …`. Type 0 is the password in clear; type 7 is a fixed XOR that has
// been reversed in public since 1995, so it discloses the password as well. The assignment rules took the
// digit for the value (one character, no secret) and passed what follows. An SNMP community string is the
// shared password of SNMP v1/v2c, written bare after `snmp-server community`.
// The hashed forms (`secret 5/8/9 $…`) are found by the hash rules (hash-schemes.ts).
import type { SecretRule } from "./engine.js";

/** What stands before the keyword on its line: blanks and a device command's lower-case words only. */
const COMMAND_BEFORE = /(?:^|\n)[ \t]*(?:[a-z0-9][a-z0-9._:/-]{0,40}[ \t]+){0,8}$/;

/** The keyword's line up to it reads as a device's command, not as prose or code. */
function onCommandLine(match: RegExpExecArray): boolean {
  return COMMAND_BEFORE.test(match.input.slice(Math.max(0, match.index - 200), match.index));
}

/** Type 7: two decimal digits (the seed) and the XORed bytes in hex. */
const TYPE_7 = /^[0-9]{2}(?:[0-9A-Fa-f]{2}){2,64}$/;

export const NETWORK_DEVICE_PASSWORDS: SecretRule[] = [
  {
    type: "secret_assignment",
    generic: true,
    keywords: [
      "password 0 ",
      "password 7 ",
      "secret 0 ",
      "key 0 ",
      "key 7 ",
      "key-string 0 ",
      "key-string 7 ",
    ],
    pattern: /(?:password|secret|key|key-string) ([07]) ([^\s]{4,128})(?=[ \t]|\r?\n|$)/,
    group: 2,
    // A word after the digit in a sentence ("the password 0 days before…") is not random enough.
    entropy: 2.5,
    context: onCommandLine,
    validate: (value, match) => match[1] === "0" || TYPE_7.test(value),
  },
  {
    type: "secret_assignment",
    generic: true,
    keywords: ["snmp-server community "],
    pattern: /snmp-server community ([^\s]{4,64})(?=[ \t]|\r?\n|$)/,
    group: 1,
    context: onCommandLine,
  },
];
