// Attack (round 42, found from outside): round 41 (14aebc71, attack-cli-password-options) taught the guard the
// password options of common commands (mysqldump -p…, redis-cli -a, ldapsearch -w, smbclient -U u%p, keytool
// -storepass, sqlplus u/p@db, xfreerdp /p:, net use). README: secrets are blocked towards a server. Its
// neighbours, documented commands whose only job is to take a password where no name announces it, still reach
// a shell server's run_command whole:
// - `rabbitmqctl add_user <user> <password>` and `rabbitmqctl change_password <user> <password>`;
// - `htpasswd -b [-c] <file> <user> <password>` (-b: "use the password from the command line");
// - `zip -P <password>`, `unzip -P <password>`, `7z a -p<password>` (archive encryption);
// - `ipmitool -I lanplus -H <bmc> -U <user> -P <password>` (a server's BMC);
// - `wmic /node:<host> /user:<user> /password:<password>`;
// - `wpa_passphrase <ssid> <passphrase>`.
// The rules beside them (sqlcmd -P, sshpass -p, `-password` of influx) redact the same password. A correct guard
// reads these commands' password positions too.
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

describe("passwords in the positions these commands take them", () => {
  it.each([
    `rabbitmqctl add_user deploy ${PASSWORD}`,
    `rabbitmqctl change_password deploy ${PASSWORD}`,
    `htpasswd -b -c /etc/nginx/.htpasswd admin ${PASSWORD}`,
    `zip -P ${PASSWORD} -r customers.zip exports/`,
    `unzip -P ${PASSWORD} customers.zip -d /tmp/exports`,
    `7z a -p${PASSWORD} -mhe=on backup.7z /srv/data`,
    `ipmitool -I lanplus -H bmc01.internal -U ADMIN -P ${PASSWORD} chassis power status`,
    `wmic /node:srv01 /user:ACME\\admin /password:${PASSWORD} os get caption`,
    `wpa_passphrase AcmeOffice ${PASSWORD} >> /etc/wpa_supplicant/wpa_supplicant.conf`,
  ])("%s is not sent as it is", (command) => {
    // the rules this door is beside
    expect(sent(`sqlcmd -S db.internal -U sa -P ${PASSWORD} -Q "SELECT 1"`).includes(PASSWORD)).toBe(false);
    expect(sent(`sshpass -p '${PASSWORD}' ssh root@bastion.internal`).includes(PASSWORD)).toBe(false);
    expect(sent(command).includes(PASSWORD), `the password reached the server in: ${command}`).toBe(false);
  });
});
