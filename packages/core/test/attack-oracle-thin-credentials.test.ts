// Attack (round 45, found from outside; a miss): Oracle's JDBC thin driver and its tools take the account as
// `user/password@target`: `jdbc:oracle:thin:app/secret@//db:1521/svc` (EZConnect), `…@(DESCRIPTION=…)` (a TNS
// descriptor), `…@prod_high?TNS_ADMIN=…` (an Autonomous Database wallet alias), and RMAN's `target sys/secret@prod`.
// Spring `application.properties`, Tomcat `context.xml`, Liquibase and Flyway configs, CI logs and shell history
// hold these URLs, so they reach an agent whenever it reads a Java project's config. The scanner redacts
// `sqlplus app/secret@//…` and `expdp system/secret@…`, but none of the JDBC forms: with `@host:port:SID` the
// password is only taken for the local part of an e-mail address (a warning, shown whole), and with `@//`, `@(`
// or an alias nothing is found at all. A correct guard reads the password between `thin:user/` and `@` in
// every Oracle target form (and RMAN's `target`/`catalog` accounts) as a credential and redacts it.
import { describe, expect, it } from "vitest";
import { DEFAULT_ACTIONS, FALLBACK_ACTIONS } from "../src/detect/actions.js";
import { builtInDetectors } from "../src/detect/detectors.js";
import { Scanner } from "../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
/** What the client is shown under the default actions (a type the table does not know counts as a secret). */
const shown = (text: string) => {
  const redacted = (type: string) => (DEFAULT_ACTIONS[type] ?? FALLBACK_ACTIONS).response === "redact";
  const out = scanner.scan({ content: [{ type: "text", text }] }, "result", redacted);
  return (out.value as { content: { text: string }[] }).content[0]!.text;
};

const PASSWORD = "Xk9#mQ2vLp7tRw4z";

describe("an Oracle thin-driver account", () => {
  it("the control: sqlplus with the same account is redacted", () => {
    expect(shown(`sqlplus app/${PASSWORD}@//db.example.com:1521/svc`)).not.toContain(PASSWORD);
  });

  it.each([
    ["EZConnect", `spring.datasource.url=jdbc:oracle:thin:app/${PASSWORD}@//db.example.com:1521/svc`],
    ["host:port:SID", `spring.datasource.url=jdbc:oracle:thin:app/${PASSWORD}@db.example.com:1521:ORCL`],
    [
      "TNS descriptor",
      `url=jdbc:oracle:thin:app/${PASSWORD}@(DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST=db.example.com)(PORT=1521))(CONNECT_DATA=(SERVICE_NAME=svc)))`,
    ],
    ["wallet alias", `url=jdbc:oracle:thin:app/${PASSWORD}@prod_high?TNS_ADMIN=/opt/oracle/wallet`],
    ["RMAN target", `rman target sys/${PASSWORD}@prod catalog rco/${PASSWORD}@rcat`],
    ["RMAN CONNECT", `RMAN> CONNECT AUXILIARY sys/${PASSWORD}@dup_db`],
  ])("%s is redacted", (_form, text) => {
    expect(shown(text)).not.toContain(PASSWORD);
  });
});

describe("Oracle targets with no password in them", () => {
  it.each([
    "spring.datasource.url=jdbc:oracle:thin:@//db.example.com:1521/svc",
    "url=jdbc:oracle:thin:${DB_USER}/${DB_PASSWORD}@prod_high?TNS_ADMIN=/opt/oracle/wallet",
    "rman target / catalog rco/$RCAT_PASSWORD@rcat",
    "The target audience/market@large is developers; see the catalog entries/items@home page.",
  ])("%s is shown as written", (text) => {
    expect(shown(text)).toBe(text);
  });
});
