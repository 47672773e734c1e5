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
import { makeGuardedHome, RawBridge, recorded, recorderServerYaml } from "../src/index.js";

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

describe("a `..;` segment into a denied web folder", () => {
  it("is refused as `..` is; the server reads only the ordinary URL", async () => {
    const bridge = new RawBridge(home, "recorder");
    await bridge.initialize();
    let id = 0;
    const answers: Record<string, string> = {};
    for (const uri of [...CLIMBS, "https://intranet.example.com/public/../admin/users"]) {
      bridge.send({ jsonrpc: "2.0", id: ++id, method: "resources/read", params: { uri } });
      const line = await bridge.answerTo(id);
      answers[uri] = line.error ? "refused" : "read";
    }
    bridge.send({
      jsonrpc: "2.0",
      id: ++id,
      method: "resources/read",
      params: { uri: "https://intranet.example.com/public/handbook.html" },
    });
    expect((await bridge.answerTo(id)).result).toBeDefined();
    bridge.close();
    await bridge.exited;
    // On 9d43d209 the three climbs are read; only the plain `..` is refused.
    expect(Object.values(answers)).toEqual(["refused", "refused", "refused", "refused"]);
    const reads = recorded(log).filter((m) => typeof m === "object" && m.method === "resources/read");
    expect(reads.map((m) => (m as { params: { uri: string } }).params.uri)).toEqual([
      "https://intranet.example.com/public/handbook.html",
    ]);
  });

  it("is refused under an allow list of the folder it climbs out of", async () => {
    const bridge = new RawBridge(home, "allowlisted");
    await bridge.initialize();
    let id = 0;
    const answers: string[] = [];
    for (const uri of [...CLIMBS, "https://intranet.example.com/public/handbook.html"]) {
      bridge.send({ jsonrpc: "2.0", id: ++id, method: "resources/read", params: { uri } });
      answers.push((await bridge.answerTo(id)).error ? "refused" : "read");
    }
    bridge.close();
    await bridge.exited;
    // On 9d43d209 the three climbs match the allow list and are read.
    expect(answers).toEqual(["refused", "refused", "refused", "read"]);
    const reads = recorded(allowLog).filter((m) => typeof m === "object" && m.method === "resources/read");
    expect(reads.map((m) => (m as { params: { uri: string } }).params.uri)).toEqual([
      "https://intranet.example.com/public/handbook.html",
    ]);
  });
});
