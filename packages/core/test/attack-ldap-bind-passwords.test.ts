// Attack (round 42, found from outside): the password a service binds to LDAP with passes the scan in the
// configuration files of nslcd and SSSD, the two daemons that put Linux logins on LDAP: nslcd.conf's (and
// pam_ldap's ldap.conf's) `bindpw …`, also written `bindpw=…`, and SSSD's `ldap_default_authtok = …` (beside
// `ldap_default_authtok_type = password`, which says what it is). The value here mixes letters, digits and a
// symbol, a password "beyond doubt" even where a blank alone joins it to its name (docs/detection.md,
// "Passwords in sentences"), and `pw` ends the name in `bindpw` as in `DB_PW`. Beside them OpenLDAP's
// slapd.conf `rootpw …` and Apache's `AuthLDAPBindPassword …` are found. README: secrets are blocked towards a
// server and redacted towards the client. A correct guard takes the bind password in these files too.
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../src/detect/detectors.js";
import { Scanner } from "../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
/** A tool's result, every type set to redact: what reaches the client. */
const shown = (text: string) =>
  JSON.stringify(scanner.scan({ content: [{ type: "text", text }] }, "result", () => true).value);
/** A call writing a file, every type set to redact: what reaches the server. */
const sent = (path: string, content: string) =>
  JSON.stringify(
    scanner.scan({ name: "write_file", arguments: { path, content } }, "params", () => true).value,
  );

const PASSWORD = "Kq8!vR3mTz6w";

const NSLCD = `# /etc/nslcd.conf
uid nslcd
gid nslcd
uri ldaps://ldap.acme.com/
base dc=acme,dc=com
binddn cn=nslcd,ou=services,dc=acme,dc=com
bindpw ${PASSWORD}
tls_reqcert demand
tls_cacertfile /etc/ssl/certs/ca-certificates.crt`;

const SLAPD = `include /etc/openldap/schema/core.schema
pidfile  /var/run/openldap/slapd.pid
database mdb
maxsize  1073741824
suffix   "dc=acme,dc=com"
rootdn   "cn=Manager,dc=acme,dc=com"
rootpw   ${PASSWORD}
directory /var/lib/openldap/openldap-data`;

const SSSD = `[sssd]
services = nss, pam
domains = acme.com

[domain/acme.com]
id_provider = ldap
auth_provider = ldap
ldap_uri = ldaps://ldap.acme.com
ldap_search_base = dc=acme,dc=com
ldap_default_bind_dn = cn=sssd,ou=services,dc=acme,dc=com
ldap_default_authtok_type = password
ldap_default_authtok = ${PASSWORD}`;

const APACHE = `<Location "/intranet">
    AuthType Basic
    AuthName "ACME intranet"
    AuthBasicProvider ldap
    AuthLDAPURL "ldaps://ldap.acme.com/ou=people,dc=acme,dc=com?uid"
    AuthLDAPBindDN "cn=apache,ou=services,dc=acme,dc=com"
    AuthLDAPBindPassword ${PASSWORD}
    Require valid-user
</Location>`;

describe("LDAP bind passwords in service configuration", () => {
  it("slapd.conf's rootpw and Apache's AuthLDAPBindPassword are found (the rules this door is beside)", () => {
    expect(shown(SLAPD).includes(PASSWORD)).toBe(false);
    expect(shown(APACHE).includes(PASSWORD)).toBe(false);
  });

  it.each([
    ["/etc/nslcd.conf", NSLCD],
    [
      "pam_ldap's /etc/ldap.conf",
      `host ldap.acme.com\nbase dc=acme,dc=com\nbinddn cn=proxy,dc=acme,dc=com\nbindpw=${PASSWORD}`,
    ],
    ["/etc/sssd/sssd.conf", SSSD],
  ])("%s is not shown with the bind password", (name, text) => {
    expect(shown(text).includes(PASSWORD), `the LDAP bind password reached the client in ${name}`).toBe(
      false,
    );
  });

  it.each([
    ["/etc/nslcd.conf", NSLCD],
    ["/etc/sssd/sssd.conf", SSSD],
  ])("%s is not written with the bind password", (path, content) => {
    expect(
      sent(path, content).includes(PASSWORD),
      `the LDAP bind password reached the server in ${path}`,
    ).toBe(false);
  });
});
