// Attack (round 45, found from outside; a miss): command lines whose password option is spelled the tool's own
// way. `mosquitto_pub/mosquitto_sub -u user -P pass` (MQTT), Sybase/SAP ASE `isql -U sa -P pass`, and DB2's
// `db2 connect to DB user NAME using pass` are in IoT runbooks, CI scripts, shell history and process listings
// (`ps`), all of which agents read. The scanner redacts `mosquitto_sub --pw`, `sqlcmd -P`, `bcp -P` and
// `mysql -p`, but these three forms pass whole. A correct guard reads `-P` after `-u`/`-U` in these tools, and
// DB2's `using` after `user NAME`, as the password they are.
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

describe("a password on a database or broker command line", () => {
  it("the control: mosquitto_sub --pw is redacted", () => {
    expect(shown(`mosquitto_sub -h mqtt.example.com -u sensor01 --pw ${PASSWORD} -t '#'`)).not.toContain(
      PASSWORD,
    );
  });

  it.each([
    `mosquitto_pub -h mqtt.example.com -p 8883 -u sensor01 -P ${PASSWORD} -t home/temp -m 21.5`,
    `isql -U sa -P ${PASSWORD} -S SYBPROD -D sales`,
    `db2 connect to SAMPLE user db2inst1 using ${PASSWORD}`,
  ])("%s is redacted", (line) => {
    expect(shown(line)).not.toContain(PASSWORD);
  });
});

describe("the same tools with no password on the line", () => {
  it.each([
    "mosquitto_sub -h mqtt.example.com -p 8883 -u sensor01 -P $MQTT_PASSWORD -t '#'",
    "isql -U sa -S SYBPROD -D sales",
    "db2 connect to SAMPLE user db2inst1 using $DB2_PASSWORD",
    "db2 connect to SAMPLE",
    "Connect to the broker with the user you created, using the steps above.",
  ])("%s is shown as written", (line) => {
    expect(shown(line)).toBe(line);
  });
});
