// Attack (round 43, found from outside): two password hashes that log in as they are, with no cracking, pass
// the scan: Windows NT hashes as secretsdump, pwdump and mimikatz's lsadump print them
// (`user:RID:LM hash:NT hash:::`), which any SMB, WinRM or RDP client accepts instead of the password
// (pass-the-hash), and MySQL's mysql_native_password hashes (`*` and 40 hex digits, as
// `SELECT user, authentication_string FROM mysql.user` and `SHOW CREATE USER` print them), which the native
// authentication's challenge can be answered with. The scan finds crypt, bcrypt, argon2 and Django hashes
// (docs/detection.md: a hash itself is found, `password_hash`), but not these two, so an agent's query or
// command result carries them to the client unredacted, and a call can carry them to a server. A correct
// guard reports both as password_hash (the empty password's NT hash, 31d6cfe0…, and LM's empty aad3b435…
// may stay).
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../src/detect/detectors.js";
import { Scanner } from "../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
/** A shell or database server's result, every type set to redact: what reaches the client. */
const shown = (text: string) => {
  const out = scanner.scan({ content: [{ type: "text", text }] }, "result", () => true);
  return (out.value as { content: { text: string }[] }).content[0]!.text;
};

const sha1 = (data: string | Buffer) => createHash("sha1").update(data).digest();
/** mysql_native_password: "*" and SHA1(SHA1(password)) in upper-case hex. */
const mysqlNative = (password: string) => `*${sha1(sha1(password)).toString("hex").toUpperCase()}`;
/** Sixteen bytes as an NT hash prints (the digest's algorithm does not matter to its shape). */
const ntShaped = (seed: string) => createHash("md5").update(seed).digest("hex");

const ADMIN_NT = ntShaped("Administrator");
const ALICE_NT = ntShaped("alice");
const SECRETSDUMP = `Impacket v0.12.0 - Copyright Fortra, LLC and its affiliated companies

[*] Target system bootKey: 0x3b2a1c9d8e7f60514233241506172839
[*] Dumping local SAM hashes (uid:rid:lmhash:nthash)
Administrator:500:aad3b435b51404eeaad3b435b51404ee:${ADMIN_NT}:::
Guest:501:aad3b435b51404eeaad3b435b51404ee:31d6cfe0d16ae931b73c59d7e0c089c0:::
DefaultAccount:503:aad3b435b51404eeaad3b435b51404ee:31d6cfe0d16ae931b73c59d7e0c089c0:::
alice:1001:aad3b435b51404eeaad3b435b51404ee:${ALICE_NT}:::
[*] Cleaning up...
`;

const ROOT_HASH = mysqlNative("Tr0ub4dor&3");
const APP_HASH = mysqlNative("app-Xk29fQm7");
const MYSQL_USERS = `+------------------+-----------+-------------------------------------------+
| user             | host      | authentication_string                     |
+------------------+-----------+-------------------------------------------+
| root             | localhost | ${ROOT_HASH} |
| app              | %         | ${APP_HASH} |
| mysql.infoschema | localhost | THISISACOMBINATIONOFINVALIDSALTANDPASSWORDTHATMUSTNEVERBRBEUSED |
+------------------+-----------+-------------------------------------------+
3 rows in set (0.00 sec)
`;

describe("password hashes that log in as they are", () => {
  it("NT hashes of a SAM dump are redacted", () => {
    const out = shown(SECRETSDUMP);
    expect(out).not.toContain(ADMIN_NT);
    expect(out).not.toContain(ALICE_NT);
  });

  it("mysql_native_password hashes in mysql.user are redacted", () => {
    const out = shown(MYSQL_USERS);
    expect(out).not.toContain(ROOT_HASH);
    expect(out).not.toContain(APP_HASH);
  });

  it("a call that writes one is refused as a password_hash", () => {
    const types = scanner
      .scan(
        {
          name: "run_sql",
          arguments: { sql: `ALTER USER 'app'@'%' IDENTIFIED WITH mysql_native_password AS '${APP_HASH}';` },
        },
        "params",
      )
      .findings.map((f) => f.type);
    expect(types).toContain("password_hash");
  });
});

describe("hash look-alikes", () => {
  it("empty-password accounts, a Markdown emphasis on hex, a shadow line and C++ paths pass", () => {
    for (const text of [
      "Guest:501:aad3b435b51404eeaad3b435b51404ee:31d6cfe0d16ae931b73c59d7e0c089c0:::",
      "commit *d670460b4b4aece5915caf5c68d12f560a9fe3e4* was reverted",
      "daemon:*:19000:0:99999:7:::",
      "std::chrono::duration<int>::zero()",
    ])
      expect(shown(text)).toBe(text);
  });
});
