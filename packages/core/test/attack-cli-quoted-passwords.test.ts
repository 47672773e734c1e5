// Round 43 (left by round 42): a command line's password in quotes, with a blank in it. The password options
// and positions round 41 and 42 taught (mysql -p…, sshpass -p, redis-cli -a, PsExec -p, sqlcmd -P, zip -P,
// ldapsearch -w, docker login -u … -p) read a value of one word, quoted or not; a quoted one with a blank
// (`mysql -p'two words'`, `sshpass -p "a b c"`, a passphrase) was cut at the blank, its tail forwarded, or
// not read at all. The shell passes the whole quoted string as the password, and so must the guard read it.
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../src/detect/detectors.js";
import { Scanner } from "../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
/** A tool's result, every type set to redact: what reaches the client. */
const shown = (text: string) =>
  JSON.stringify(scanner.scan({ content: [{ type: "text", text }] }, "result", () => true).value);

const HEAD = "Xr7tQm2v";
const TAIL = "Lp9Kz8Hq";
const PASSWORD = `${HEAD} ${TAIL}`;

describe("a quoted command-line password with a blank in it", () => {
  it.each([
    ["mysql's glued -p, single quotes", `mysql -u root -p'${PASSWORD}' shop`],
    ["mysql's glued -p, double quotes", `mysqldump -u root -p"${PASSWORD}" shop > shop.sql`],
    ["sshpass -p", `sshpass -p "${PASSWORD}" ssh deploy@10.0.0.5`],
    ["sshpass -p, a passphrase", `sshpass -p 'correct horse ${TAIL} staple' ssh deploy@10.0.0.5`],
    ["redis-cli -a", `redis-cli -h cache -a "${PASSWORD}" ping`],
    ["PsExec -p", `psexec \\\\fileserver -u admin -p "${PASSWORD}" cmd`],
    ["sqlcmd -P", `sqlcmd -S db -U sa -P "${PASSWORD}" -Q "select 1"`],
    ["zip -P", `zip -P '${PASSWORD}' backup.zip report.pdf`],
    ["ldapsearch -w", `ldapsearch -x -D cn=admin,dc=acme,dc=com -w "${PASSWORD}" -b dc=acme,dc=com`],
    ["docker login -u … -p", `docker login -u ci -p "${PASSWORD}" registry.acme.com`],
  ])("%s is redacted whole", (_, text) => {
    const out = shown(text);
    expect(out.includes(TAIL), `the password's tail reached the client: ${out}`).toBe(false);
    expect(out.includes(HEAD), `the password's head reached the client: ${out}`).toBe(false);
  });

  it.each([
    ["mysql's prompt, then a database", "mysql -u root -p shop"],
    ["a variable in quotes", 'sshpass -p "$DEPLOY_PASSWORD" ssh build.acme.com'],
    ["a port mapping", 'docker run -u app -p "8080:80" nginx'],
  ])("%s is left", (_, text) => {
    expect(shown(text)).toBe(JSON.stringify({ content: [{ type: "text", text }] }));
  });
});
