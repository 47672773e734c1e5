// Attack (round 46): a denied web resource reached by climbing with a `..` segment that carries a path
// parameter. The guard refuses `..` "in any encoding" and already reads `admin;/users` as `admin/users` (the
// `;` path parameter dropped), yet `https://intranet.example.com/public/..;/admin/users` and its
// percent-encoded twin `/public/%2e%2e;/admin/users` reach the server: the segment `..;` is not `..` to the
// guard. Servlet containers (Tomcat, Jetty behind Spring) strip each segment's `;parameters` before they
// resolve dot segments, so to the backend an MCP fetch/HTTP-resource server reads from, `..;` climbs out of
// `public/` and the request is for `/admin/users`, the folder the user denied (the well-known `..;/` proxy
// bypass). A user who denied `https://intranet.example.com/admin/**` gets the admin pages read anyway.
// Fixed behaviour: a segment that is `..` (or `.`) once its `;parameters` are dropped counts as a dot
// segment: refused as traversal like `/public/../admin/users`, so the recording server sees none of these
// reads; an ordinary URL still passes. The allow-list twin: with `allowed_resources: [".../public/**"]`,
// `/public/..;/admin/users` matched the allow list as written and was read; it is refused too.
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeGuardedHome, readOutcomes, recorderServerYaml, urisRead } from "../src/index.js";

const log = join(makeGuardedHome().dir, "recorder.log");
const policy = [
  "    policy:",
  "      permissions:",
  '        denied_resources: ["https://intranet.example.com/admin/**"]',
].join("\n");
const allowLog = join(makeGuardedHome().dir, "allowlisted.log");
const allowPolicy = [
  "    policy:",
  "      permissions:",
  '        allowed_resources: ["https://intranet.example.com/public/**"]',
].join("\n");
const home = makeGuardedHome(
  [
    recorderServerYaml("recorder", log, undefined, policy),
    recorderServerYaml("allowlisted", allowLog, undefined, allowPolicy),
  ].join("\n"),
);
afterAll(() => home.cleanup());

const CLIMBS = [
  "https://intranet.example.com/public/..;/admin/users",
  "https://intranet.example.com/public/%2e%2e;/admin/users",
  "https://intranet.example.com/public/..;v=2/admin/users",
];

const PUBLIC_PAGE = "https://intranet.example.com/public/handbook.html";
/** "read" where the guard forwarded the request, else "refused". */
const readOrRefused = (outcomes: string[]) => outcomes.map((o) => (o === "forwarded" ? "read" : "refused"));

describe("a `..;` segment into a denied web folder", () => {
  it("is refused as `..` is; the server reads only the ordinary URL", async () => {
    const outcomes = await readOutcomes(home, [
      ...CLIMBS,
      "https://intranet.example.com/public/../admin/users",
      PUBLIC_PAGE,
    ]);
    // On 9d43d209 the three climbs are read; only the plain `..` is refused.
    expect(readOrRefused(outcomes)).toEqual(["refused", "refused", "refused", "refused", "read"]);
    expect(urisRead(log)).toEqual([PUBLIC_PAGE]);
  });

  it("is refused under an allow list of the folder it climbs out of", async () => {
    const outcomes = await readOutcomes(home, [...CLIMBS, PUBLIC_PAGE], false, "allowlisted");
    // On 9d43d209 the three climbs match the allow list and are read.
    expect(readOrRefused(outcomes)).toEqual(["refused", "refused", "refused", "read"]);
    expect(urisRead(allowLog)).toEqual([PUBLIC_PAGE]);
  });
});
