// Attack (round 52, atk52a): a denied database resource read under another spelling of its URI's path. Round 47
// read a database URI's authority as the reference PostgreSQL server does (it takes the table from the path
// alone, whatever host, user or port), but the path itself is still compared as written, and the server reads
// less of it than that: it parses the URI with `new URL` and takes the last two segments of its pathname as
// <table>/schema. So the rule an operator copies from the listing, `postgres://reporting@db.internal/payroll/**`,
// does not deny the payroll table read as `postgres://db.internal/x/payroll/schema` (a segment in front:
// the server pops `schema` and `payroll`), nor as `postgres:payroll/schema` or `postgres:/payroll/schema`
// (no authority at all: the URL parser gives the pathname `payroll/schema` or `/payroll/schema`). Each reached
// the recording server, which a real one answers with the denied table's columns. Expected: each is denied as
// the URI the rule names; the orders table is still read.
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

/** The reference server's own reading of a URI: the table it would describe (pathname's second-last segment). */
const tableRead = (uri: string) => new URL(uri).pathname.split("/").slice(-2)[0];

const SPELLINGS = [
  "postgres://reporting@db.internal/x/payroll/schema",
  "postgres://db.internal/public/payroll/schema",
  "postgres:payroll/schema",
  "postgres:/payroll/schema",
  "postgresql:payroll/schema",
];

describe("a denied database resource under another spelling of its path", () => {
  it("each spelling names the denied table as the reference server reads it", () => {
    for (const uri of SPELLINGS) expect(tableRead(uri), uri).toBe("payroll");
  });

  it("is denied as the URI the rule names", async () => {
    const outcomes = await readOutcomes(home, [
      "postgres://reporting@db.internal/orders/schema",
      "postgres://reporting@db.internal/payroll/schema",
      ...SPELLINGS,
    ]);
    expect(outcomes.slice(0, 2)).toEqual(["forwarded", "resource_denied"]);
    expect(urisRead(log).filter((uri) => tableRead(uri) === "payroll")).toEqual([]);
  });
});
