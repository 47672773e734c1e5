// Attack (round 43, found from outside): LDIF writes a value that is not a "safe string" (or any value the
// tool chooses to) base64-encoded after a double colon, `attr:: <base64>` (RFC 2849), and OpenLDAP's
// `ldapsearch` and `slapcat` print userPassword so: `userPassword:: e1NTSEF9…`, the base64 of `{SSHA}…` or of
// a password stored in clear. A directory server's search result (an LDAP MCP server, a shell running
// ldapsearch) reaches the client with every user's password or hash, unredacted: `userPassword: {SSHA}…` with
// one colon is found, and a base64 run that decodes to a token is found, but the base64 of a password or of a
// hash scheme's text is not judged as the attribute's value. README: secrets (passwords included) are
// redacted towards the client. A correct guard reads `<attribute>:: <base64>` as the attribute with its
// decoded value, so a password attribute's value is judged as a password whichever way LDIF wrote it.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../src/detect/detectors.js";
import { Scanner } from "../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
/** A directory server's result, every type set to redact: what reaches the client. */
const shown = (text: string) => {
  const out = scanner.scan({ content: [{ type: "text", text }] }, "result", () => true);
  return (out.value as { content: { text: string }[] }).content[0]!.text;
};
const b64 = (text: string) => Buffer.from(text).toString("base64");

/** {SSHA}: base64 of SHA-1(password + salt) and the salt, as slappasswd makes it. */
const salt = Buffer.from("8zQ4xR2k");
const SSHA = `{SSHA}${Buffer.concat([createHash("sha1").update("Tr0ub4dor&3").update(salt).digest(), salt]).toString("base64")}`;
const CLEAR = "Wq8#rT2vLm9pXz";

const entry = (uid: string, line: string) => `# ${uid}, people, example.com
dn: uid=${uid},ou=people,dc=example,dc=com
objectClass: inetOrgPerson
objectClass: posixAccount
cn: ${uid}
uid: ${uid}
uidNumber: 1001
gidNumber: 1001
homeDirectory: /home/${uid}
${line}
`;

describe("LDIF's base64 values of a password attribute", () => {
  it("the control: the same hash written with one colon is redacted", () => {
    expect(shown(entry("alice", `userPassword: ${SSHA}`))).not.toContain(SSHA);
  });

  it("ldapsearch's userPassword:: <base64 of {SSHA}…> is redacted", () => {
    const encoded = b64(SSHA);
    expect(shown(entry("alice", `userPassword:: ${encoded}`))).not.toContain(encoded);
  });

  it("userPassword:: <base64 of a password kept in clear> is redacted", () => {
    const encoded = b64(CLEAR);
    expect(shown(entry("bob", `userPassword:: ${encoded}`))).not.toContain(encoded);
  });
});

describe("LDIF's base64 values: the neighbouring shapes and look-alikes", () => {
  it("a value folded over lines as ldapsearch folds it is redacted whole", () => {
    const encoded = b64(`{SSHA512}${Buffer.alloc(72, 7).toString("base64")}x`);
    const folded = `userPassword:: ${encoded.slice(0, 61)}\n ${encoded.slice(61)}`;
    const out = shown(entry("carol", folded));
    expect(out).not.toContain(encoded.slice(0, 61));
    expect(out).not.toContain(encoded.slice(61));
  });

  it("Active Directory's unicodePwd:: is redacted", () => {
    const encoded = Buffer.from(`"${CLEAR}"`, "utf16le").toString("base64");
    expect(shown(entry("dave", `unicodePwd:: ${encoded}`))).not.toContain(encoded);
  });

  it("another attribute's base64 and prose about userPassword:: pass", () => {
    for (const text of [
      entry("erin", `description:: ${b64("Zürich office, 3rd floor")}`),
      "In LDIF, userPassword:: means the value that follows is base64.",
    ])
      expect(shown(text)).toBe(text);
  });
});
