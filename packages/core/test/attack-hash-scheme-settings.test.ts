// Attack (round 42, found from outside): a setting that names the hashing scheme of passwords is taken for a
// password. docs/detection.md: "a hashing scheme (`sha256`, `bcrypt`)" is not taken, and round 41's
// attack-stock-config-files made pg_hba.conf's `"scram-sha-256"` none. But the setting written as an assignment
// still is:
// - PostgreSQL's postgresql.conf as every package ships it: `#password_encryption = scram-sha-256	# scram-sha-256
//   or md5` ("scram-sha-256" redacted as a password);
// - Flask-Security's documented setting `SECURITY_PASSWORD_HASH = "argon2"` (or "bcrypt", "pbkdf2_sha512"), in
//   config.py and in a .env, beside its real SECRET_KEY;
// - a YAML `password_hash: bcrypt` setting.
// An agent reading postgresql.conf or a Flask app's config gets the scheme's name redacted (and an edited copy
// written back is refused, secrets block towards a server). A correct guard reports no secret in these lines,
// and still finds the SECRET_KEY beside them.
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../src/detect/detectors.js";
import { Scanner } from "../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
const secretsIn = (text: string) =>
  scanner
    .spans(text)
    .filter((s) => s.category === "secret")
    .map((s) => `${s.type}: ${text.slice(s.start, s.end)}`);

/** /etc/postgresql/15/main/postgresql.conf, its "Authentication" part, as the package ships it. */
const POSTGRESQL_CONF = `#------------------------------------------------------------------------------
# CONNECTIONS AND AUTHENTICATION
#------------------------------------------------------------------------------

# - Connection Settings -

listen_addresses = 'localhost'		# what IP address(es) to listen on;
port = 5432				# (change requires restart)
max_connections = 100			# (change requires restart)

# - Authentication -

#authentication_timeout = 1min		# 1s-600s
#password_encryption = scram-sha-256	# scram-sha-256 or md5
#db_user_namespace = off

# - SSL -

ssl = on
ssl_cert_file = '/etc/ssl/certs/ssl-cert-snakeoil.pem'
ssl_key_file = '/etc/ssl/private/ssl-cert-snakeoil.key'
#ssl_passphrase_command = ''
#ssl_passphrase_command_supports_reload = off
`;

const SECRET_KEY = "b7f3c91e4d2a8f6051c3e9d7a4b2f8e1";

describe("settings naming a password hashing scheme", () => {
  it.each([
    ["postgresql.conf", POSTGRESQL_CONF],
    ["postgresql.conf, set", "password_encryption = scram-sha-256\n"],
    ["flask config.py, argon2", `class Config:\n    SECURITY_PASSWORD_HASH = "argon2"\n`],
    ["flask config.py, bcrypt", `app.config["SECURITY_PASSWORD_HASH"] = "bcrypt"\n`],
    ["flask config.py, pbkdf2", `SECURITY_PASSWORD_HASH = 'pbkdf2_sha512'\n`],
    ["flask .env", `SECURITY_PASSWORD_HASH=bcrypt\n`],
    ["yaml", `auth:\n  password_hash: bcrypt\n  password_min_length: 12\n`],
  ])("%s: no secret is reported", (_name, text) => {
    // the rule this door is beside: a real secret key beside the setting is found
    expect(secretsIn(`SECRET_KEY = "${SECRET_KEY}"\n${text}`).some((s) => s.includes(SECRET_KEY))).toBe(true);
    expect(secretsIn(text), "secrets reported in the file").toEqual([]);
  });
});
