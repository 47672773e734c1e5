// Attack (round 41, found from outside): a password given on a command line in the form each tool takes it
// passes the scan, so a shell server's call carrying it reaches the server (and its echo in a result reaches
// the model). The guard reads such positions where no name announces the value (positional-credentials.ts and
// context-rules.ts: sqlcmd's -P, sshpass -p, PsExec's -p, `net use \\host\share PASSWORD /user:NAME`,
// `mysql -u root -p<password>`), and it finds `mysql -u root -p…`; but not:
// - `net use Z: \\fs01\share PASSWORD /user:DOMAIN\user`, the form Microsoft documents (password before /user);
// - MySQL's own client with the user glued to its option (`mysqldump -uroot -p…`, as in every backup cron);
// - redis-cli's -a, ldapsearch's -w, smbclient's `-U user%password`, keytool's -storepass, sqlplus's
//   `user/password@db` and FreeRDP's /p:, options that exist only to carry the password.
// README: secrets are blocked towards a server. A correct guard reads these tools' password positions.
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../src/detect/detectors.js";
import { Scanner } from "../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
/** A shell server's call as a client sends it, every type set to redact: what reaches the server. */
const sent = (command: string) => {
  const out = scanner.scan({ name: "run_command", arguments: { command } }, "params", () => true);
  return JSON.stringify(out.value);
};

const PASSWORD = "Vq7mK2xR9pLw4Tz8";

describe("passwords in command-line options", () => {
  it.each([
    `net use Z: \\\\fs01\\share ${PASSWORD} /user:ACME\\jdoe /persistent:no`,
    `mysqldump -uroot -p${PASSWORD} --single-transaction --all-databases | gzip > /backup/all.sql.gz`,
    `docker exec -i db mysql -uroot -p${PASSWORD} app < schema.sql`,
    `redis-cli -h cache.internal -p 6379 -a ${PASSWORD} --no-auth-warning INFO keyspace`,
    `ldapsearch -x -H ldaps://ldap.acme.com -D "cn=admin,dc=acme,dc=com" -w ${PASSWORD} -b "dc=acme,dc=com" "(uid=jdoe)"`,
    `smbclient //fs01/share -U 'ACME\\jdoe%${PASSWORD}' -c 'ls'`,
    `keytool -importkeystore -srckeystore server.p12 -srcstoretype PKCS12 -srcstorepass ${PASSWORD} -destkeystore server.jks -deststorepass ${PASSWORD}`,
    `sqlplus system/${PASSWORD}@//db.internal:1521/ORCLPDB1 @migrate.sql`,
    `xfreerdp /v:jump01.acme.com /u:Administrator /p:${PASSWORD} /cert:ignore`,
  ])("%s is not sent as it is", (command) => {
    // the rules this door is beside
    expect(sent(`mysql -h db.internal -u root -p${PASSWORD} app`).includes(PASSWORD)).toBe(false);
    expect(sent(`sqlcmd -S db.internal -U sa -P ${PASSWORD} -Q "SELECT 1"`).includes(PASSWORD)).toBe(false);
    expect(sent(command).includes(PASSWORD), `the password reached the server in: ${command}`).toBe(false);
  });
});
