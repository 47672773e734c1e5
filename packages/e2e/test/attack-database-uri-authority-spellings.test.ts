// Attack: a denied resource of a database server, read under another spelling of its URI's authority. Round
// 46 gave web URLs (http, https, ws, wss, ftp) their readings: userinfo dropped, the default port dropped, a
// final dot dropped, the scheme's twin. Any other scheme keeps its authority exactly as written. The
// reference PostgreSQL server (@modelcontextprotocol/server-postgres) lists its tables as
// postgres://<user>@<host>/<table>/schema (the database URL without its password) and, reading one, takes the
// table from the path alone. So the rule an operator copies from the listing,
// `postgres://reporting@db.internal/payroll/**`, does not deny the same table read as
// `postgres://db.internal/payroll/schema` (user left out), `postgres://admin@...` (another user),
// `...@db.internal:5432/...` (PostgreSQL's default port written), `postgresql://...` (libpq's other name for
// the scheme) or `...@db.internal./...` (the host's final dot): each reaches the server, which answers with
// the denied table's columns. Why it matters: the rule is written as the server lists the resource, and an
// agent gets past it by spelling the authority otherwise. Fixed behaviour: a denied URI of any scheme with an
// authority is also denied whatever userinfo it carries, with the host's final dot and the scheme's default
// port written, and postgres/postgresql read as one; the recording server never receives a read of the
// payroll table, and the orders table is still read. (Review of round 47: the server takes the table from the
// path alone, so another host or port names the same table too: `postgres://attacker.example/payroll/schema`
// reached it.)
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeGuardedHome, readOutcomes, recorderServerYaml, urisRead } from "../src/index.js";

const log = join(makeGuardedHome().dir, "recorder.log");
const policy = [
  "    policy:",
  "      permissions:",
  '        denied_resources: ["postgres://reporting@db.internal/payroll/**"]',
].join("\n");
const home = makeGuardedHome(recorderServerYaml("recorder", log, undefined, policy));
afterAll(() => home.cleanup());
const table = (name: string) => ({
  uri: `postgres://reporting@db.internal/${name}/schema`,
  name: `"${name}" database schema`,
  mimeType: "application/json",
});
writeFileSync(`${log}.definitions.json`, JSON.stringify({ resources: [table("orders"), table("payroll")] }));

const SPELLINGS = [
  "postgres://db.internal/payroll/schema",
  "postgres://admin@db.internal/payroll/schema",
  "postgres://reporting@db.internal:5432/payroll/schema",
  "postgresql://reporting@db.internal/payroll/schema",
  "postgres://reporting@db.internal./payroll/schema",
  "postgres://attacker.example/payroll/schema",
  "postgresql://reporting@db.internal:5433/payroll/schema",
];

describe("a denied database resource under another spelling of its authority", () => {
  it("is denied as the URI the rule names", async () => {
    const outcomes = await readOutcomes(home, [
      "postgres://reporting@db.internal/orders/schema",
      "postgres://reporting@db.internal/payroll/schema",
      ...SPELLINGS,
    ]);
    expect(outcomes.slice(0, 2)).toEqual(["forwarded", "resource_denied"]);
    expect(urisRead(log).filter((uri) => uri.includes("/payroll/"))).toEqual([]);
  });
});
