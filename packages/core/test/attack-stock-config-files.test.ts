// Attack (round 41, found from outside): configuration files a Debian system ships, unchanged, are taken for
// credentials, so an agent that reads them (a result: redacted) or writes an edited copy (a call: refused,
// secrets block towards a server by default) cannot work with them:
// - PostgreSQL's pg_hba.conf: its comment listing the methods, `"password", "scram-sha-256"`, reads as a
//   password "scram-sha-256" (docs/detection.md: a hashing scheme is not taken);
// - shadow's /etc/login.defs: `encrypting password⏎# If set to SHA256, SHA256-based algorithm …` reads as a
//   password "set to" a sentence;
// - OpenSSL's /etc/ssl/openssl.cnf: the CMP example's `secret = pass:insta`, the Insta Demo CA's published
//   password, shipped in every openssl.cnf since 3.0;
// - Maven's conf/settings.xml: the commented samples `<password>proxypass</password>` and
//   `<password>repopwd</password>`, stand-ins beside `proxyuser` and `repouser`.
// The docs promise that stand-ins, published examples and "what a sentence about passwords has there" are not
// taken. A correct guard reports no secret in any of these stock files.
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../src/detect/detectors.js";
import { Scanner } from "../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
const secretsIn = (text: string) =>
  scanner
    .spans(text)
    .filter((s) => s.category === "secret")
    .map((s) => `${s.type}: ${text.slice(s.start, s.end)}`);

/** /etc/postgresql/15/main/pg_hba.conf as postgresql-common writes it (its METHOD paragraph and records). */
const PG_HBA = `# METHOD can be "trust", "reject", "md5", "password", "scram-sha-256",
# "gss", "sspi", "ident", "peer", "pam", "ldap", "radius" or "cert".
# Note that "password" sends passwords in clear text; "md5" or
# "scram-sha-256" are preferred since they send encrypted passwords.
#
# NAME=VALUE.  The available options depend on the different
# authentication methods -- refer to the "Client Authentication"
# section in the documentation for a list of which options are
# available for which authentication methods.
#
# Database and user names containing spaces, commas, quotes and other
# special characters must be quoted.  Quoting one of the keywords
# "all", "sameuser", "samerole" or "replication" makes the name lose
# its special character, and just match a database or username with
# that name.
#
# This file is read on server startup and when the server receives a
# SIGHUP signal.  If you edit the file on a running system, you have to
# SIGHUP the server for the changes to take effect, run "pg_ctl reload",
# or execute "SELECT pg_reload_conf()".
#
# Put your actual configuration here
# ----------------------------------
#
# If you want to allow non-local connections, you need to add more
# "host" records.  In that case you will also need to make PostgreSQL
# listen on a non-local interface via the listen_addresses
# configuration parameter, or via the -i or -h command line switches.




# DO NOT DISABLE!
# If you change this first entry you will need to make sure that the
# database superuser can access the database using some other method.
# Noninteractive access to all databases is required during automatic
# maintenance (custom daily cronjobs, replication, and similar tasks).
#
# Database administrative login by Unix domain socket
local   all             postgres                                peer

# TYPE  DATABASE        USER            ADDRESS                 METHOD

# "local" is for Unix domain socket connections only
local   all             all                                     peer
# IPv4 local connections:
host    all             all             127.0.0.1/32            scram-sha-256
# IPv6 local connections:
host    all             all             ::1/128                 scram-sha-256
# Allow replication connections from localhost, by a user with the
# replication privilege.
local   replication     all                                     peer
host    replication     all             127.0.0.1/32            scram-sha-256
host    replication     all             ::1/128                 scram-sha-256
`;

/** /etc/login.defs (shadow 4.13, Debian 12): ENCRYPT_METHOD's comment. */
const LOGIN_DEFS = `
#
# If set to MD5, MD5-based algorithm will be used for encrypting password
# If set to SHA256, SHA256-based algorithm will be used for encrypting password
# If set to SHA512, SHA512-based algorithm will be used for encrypting password
# If set to BCRYPT, BCRYPT-based algorithm will be used for encrypting password
# If set to YESCRYPT, YESCRYPT-based algorithm will be used for encrypting password
# If set to DES, DES-based algorithm will be used for encrypting password (default)
# MD5 and DES should not be used for new hashes, see crypt(5) for recommendations.
# Overrides the MD5_CRYPT_ENAB option
#
# Note: It is recommended to use a value consistent with
# the PAM modules configuration.
`;

/** /etc/ssl/openssl.cnf (OpenSSL 3.0, Debian 12): the CMP example sections. */
const OPENSSL_CNF = `
[insta] # CMP using Insta Demo CA
# Message transfer
server = pki.certificate.fi:8700
# proxy = # set this as far as needed, e.g., http://192.168.1.1:8080
# tls_use = 0
path = pkix/

# Server authentication
recipient = "/C=FI/O=Insta Demo/CN=Insta Demo CA" # or set srvcert or issuer
ignore_keyusage = 1 # potentially needed quirk
unprotected_errors = 1 # potentially needed quirk
extracertsout = insta.extracerts.pem

# Client authentication
ref = 3078 # user identification
secret = pass:insta # can be used for both client and server side

# Generic message options
cmd = ir # default operation, can be overridden on cmd line with, e.g., kur

# Certificate enrollment
subject = "/CN=openssl-cmp-test"
newkey = insta.priv.pem
out_trusted = apps/insta.ca.crt # does not include keyUsage digitalSignature
certout = insta.cert.pem

[pbm] # Password-based protection for Insta CA
# Server and client authentication
ref = $insta::ref # 3078
secret = $insta::secret # pass:insta

[signature] # Signature-based protection for Insta CA
# Server authentication
trusted = $insta::out_trusted # apps/insta.ca.crt

# Client authentication
secret = # disable PBM
`;

/** Maven's conf/settings.xml (3.8, as Debian installs it in /etc/maven): the commented samples. */
const MAVEN_SETTINGS = `
   | "org.apache.maven.plugins" and "org.codehaus.mojo" if these are not already contained in the list.
   |-->
  <pluginGroups>
    <!-- pluginGroup
     | Specifies a further group identifier to use for plugin lookup.
    <pluginGroup>com.your.plugins</pluginGroup>
    -->
  </pluginGroups>

  <!-- proxies
   | This is a list of proxies which can be used on this machine to connect to the network.
   | Unless otherwise specified (by system property or command-line switch), the first proxy
   | specification in this list marked as active will be used.
   |-->
  <proxies>
    <!-- proxy
     | Specification for one proxy, to be used in connecting to the network.
     |
    <proxy>
      <id>optional</id>
      <active>true</active>
      <protocol>http</protocol>
      <username>proxyuser</username>
      <password>proxypass</password>
      <host>proxy.host.net</host>
      <port>80</port>
      <nonProxyHosts>local.net|some.host.com</nonProxyHosts>
    </proxy>
    -->
  </proxies>

  <!-- servers
   | This is a list of authentication profiles, keyed by the server-id used within the system.
   | Authentication profiles can be used whenever maven must make a connection to a remote server.
   |-->
  <servers>
    <!-- server
     | Specifies the authentication information to use when connecting to a particular server, identified by
     | a unique name within the system (referred to by the 'id' attribute below).
     |
     | NOTE: You should either specify username/password OR privateKey/passphrase, since these pairings are
     |       used together.
     |
    <server>
      <id>deploymentRepo</id>
      <username>repouser</username>
      <password>repopwd</password>
    </server>
    -->

    <!-- Another sample, using keys to authenticate.
    <server>
      <id>siteServer</id>
      <privateKey>/path/to/private/key</privateKey>
      <passphrase>optional; leave empty if not used.</passphrase>
`;

describe("stock configuration files carry no secret", () => {
  it.each([
    ["pg_hba.conf", PG_HBA],
    ["login.defs", LOGIN_DEFS],
    ["openssl.cnf", OPENSSL_CNF],
    ["Maven's settings.xml", MAVEN_SETTINGS],
  ])("%s has no secret in it", (_, text) => {
    expect(secretsIn(text)).toEqual([]);
  });
});

// Each excuse is the value's shape, not the file: the same files with a real password put in are found.
describe("the same files with a real password in them", () => {
  it.each([
    ["pg_hba.conf", `${PG_HBA}# password = "Xk9#mP2$vL"\n`],
    ["pg_hba.conf, a quoted list with a chosen password", 'login("root", "password", "Xk9#mP2$vL")\n'],
    [
      "pg_hba.conf, an option in a command's list",
      'run(["psql", "-U", "root", "--password", "hunter22x"])\n',
    ],
    ["login.defs", `${LOGIN_DEFS}password = "Xk9#mP2$vL"\n`],
    ["login.defs, a table under a password's column", "user,password\nroot,Xk9#mP2$vL\n"],
    ["openssl.cnf", OPENSSL_CNF.replace("secret = pass:insta", "secret = pass:Xk9#mP2$vL")],
    ["Maven's settings.xml", MAVEN_SETTINGS.replace("proxypass", "Xk9#mP2$vL")],
    [
      "Maven's settings.xml, a password of letters not paired",
      MAVEN_SETTINGS.replace("repopwd", "trombonist"),
    ],
  ])("%s", (_, text) => {
    expect(secretsIn(text)).not.toEqual([]);
  });
});
