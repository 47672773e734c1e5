// Commands' password options (positional-credentials.ts PASSWORD_OPTIONS, smbclient's user%password, Oracle's
// user/password, net use's password after the share): literal passwords are found, placeholders, prompts,
// other options and long options standing where a value would are not.
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { Scanner } from "../../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
const found = (text: string) =>
  scanner
    .spans(text)
    .filter((s) => s.type === "secret_assignment")
    .map((s) => text.slice(s.start, s.end));

const PW = "Hq4rT8xW2mZp9Kd";

describe("password options of commands", () => {
  it.each([
    `mysqldump -uroot -p${PW} app`,
    `mariadb-dump --user=root --password=${PW} app`,
    `mysqladmin -uroot -p'${PW}' status`,
    `redis-cli --pass ${PW} PING`,
    `ldapmodify -D cn=admin -w ${PW} -f change.ldif`,
    `jarsigner -keystore ks.jks -storepass ${PW} app.jar signer`,
    `keytool -list -keystore ks.p12 -keypass ${PW}`,
    `smbclient //fs/share --user=jdoe%${PW}`,
    `expdp system/${PW} schemas=app`,
    `wfreerdp /v:host /p:${PW}`,
    `net use \\\\fs01\\share ${PW} /user:jdoe`,
  ])("%s gives its password", (command) => {
    expect(found(command).join(" ")).toContain(PW);
  });

  it.each([
    "mysqldump -uroot -p$MYSQL_PASSWORD app",
    'mysql -uroot -p"${MYSQL_ROOT_PASSWORD}" app',
    "mysql -uroot -p app",
    "mysql -uroot -P3306 app",
    "redis-cli -a --no-auth-warning PING",
    "ldapsearch -x -W -D cn=admin -b dc=acme,dc=com",
    "keytool -list -keystore ks.p12 -storepass:env STOREPASS",
    "smbclient //fs/share -U jdoe%$SMB_PASSWORD",
    "sqlplus / as sysdba",
    "sqlplus app/$ORACLE_PASSWORD@db",
    "xfreerdp /v:host /u:admin /p:%RDP_PASSWORD%",
    "net use Z: \\\\fs01\\share /user:jdoe /persistent:no",
    "net use Z: \\\\fs01\\share * /user:jdoe",
  ])("%s gives none", (command) => {
    expect(found(command)).toEqual([]);
  });
});
