// A database resource the user listed in `extra_sensitive_resources` under the other spellings of its URI's
// authority. Round 47 made a denied resource of a database server denied whatever user, port, host case, final
// dot or scheme alias its URI carries, and whatever host (the reference PostgreSQL server takes the table from
// the path alone: attack-database-uri-authority-spellings.test.ts). The sensitive list read the same URI only as
// written, so `postgres://admin@db.internal/payroll/schema` (another user), `...:5432/...` (the default port),
// `postgresql://...` and a percent-encoded path reached the server, by resources/read and as a tool's argument,
// while `postgres://reporting@db.internal/payroll/schema` was refused. Both rules now share one reading of a
// URI (policy/denied-uri-readings.ts): each spelling is refused, and the orders table is still read.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  makeGuardedHome,
  RawBridge,
  readOutcomes,
  recorded,
  recorderServerYaml,
  toolDefinition,
  urisRead,
} from "../src/index.js";

const log = join(makeGuardedHome().dir, "recorder.log");
const policy = [
  "    policy:",
  "      integrity:",
  '        extra_sensitive_resources: ["postgres://reporting@db.internal/payroll/**"]',
].join("\n");
const home = makeGuardedHome(recorderServerYaml("recorder", log, undefined, policy));
afterAll(() => home.cleanup());
const table = (name: string) => ({
  uri: `postgres://reporting@db.internal/${name}/schema`,
  name: `"${name}" database schema`,
  mimeType: "application/json",
});
writeFileSync(
  `${log}.definitions.json`,
  JSON.stringify({
    resources: [table("orders"), table("payroll")],
    tools: [toolDefinition("describe_table", "Describes a table by its URI.", { uri: { type: "string" } })],
  }),
);

const SPELLINGS = [
  "postgres://db.internal/payroll/schema",
  "postgres://admin@db.internal/payroll/schema",
  "postgres://admin:pw@db.internal/payroll/schema",
  "postgres://reporting@db.internal:5432/payroll/schema",
  "postgresql://reporting@db.internal/payroll/schema",
  "postgres://reporting@db.internal./payroll/schema",
  "POSTGRES://Reporting@DB.Internal/payroll/schema",
  "postgres://reporting@db.internal/pay%72oll/schema",
  "postgres://attacker.example/payroll/schema",
];

describe("a sensitive database resource under another spelling of its authority", () => {
  it("is refused by resources/read as the URI the rule names", async () => {
    const outcomes = await readOutcomes(home, [
      "postgres://reporting@db.internal/orders/schema",
      "postgres://reporting@db.internal/payroll/schema",
      ...SPELLINGS,
    ]);
    expect(outcomes[0]).toBe("forwarded");
    expect(outcomes.slice(1).filter((o) => o === "forwarded")).toEqual([]);
    expect(urisRead(log).filter((uri) => /pay(?:roll|%72oll)/i.test(uri))).toEqual([]);
  });

  it("is refused as a tool's argument as the URI the rule names", async () => {
    const bridge = new RawBridge(home, "recorder");
    await bridge.initialize();
    const answered: Record<string, string> = {};
    for (const [i, uri] of ["postgres://reporting@db.internal/orders/schema", ...SPELLINGS].entries()) {
      bridge.send({
        jsonrpc: "2.0",
        id: i + 1,
        method: "tools/call",
        params: { name: "describe_table", arguments: { uri } },
      });
      answered[uri] = (await bridge.answerTo(i + 1)).error ? "refused" : "called";
    }
    bridge.close();
    await bridge.exited;
    const called = Object.keys(answered).filter((uri) => answered[uri] === "called");
    expect(called).toEqual(["postgres://reporting@db.internal/orders/schema"]);
    const sent = recorded(log)
      .filter((m) => typeof m === "object" && m.method === "tools/call")
      .map((m) => (m as { params: { arguments: { uri: string } } }).params.arguments.uri);
    expect(sent).toEqual(["postgres://reporting@db.internal/orders/schema"]);
  });
});
