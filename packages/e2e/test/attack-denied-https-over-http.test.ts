// Attack (round 46): a denied `https://` resource read under `http://`. A user writes the rule as the site
// is addressed today, `denied_resources: ["https://intranet.example.com/admin/**"]`; the guard compares the
// scheme as written, so `http://intranet.example.com/admin/users` is another URL to it and reaches the
// server. Nearly every site answers plain HTTP with a redirect to the same path over HTTPS, and the fetch an
// MCP server reads a web resource with (Node's fetch, Python's httpx/requests, Go's net/http) follows it by
// default: the server reads the very page the user denied. (`wss://` likewise names the host's TLS
// WebSocket endpoint under the same path.) Fixed behaviour: a deny rule for an `https` URL also refuses the
// `http` URL of the same host and path (a deny only widens; allow rules stay as written), so the recording
// server sees none of these reads; a neighbouring public page still passes.
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeGuardedHome, readOutcomes, recorderServerYaml, urisRead } from "../src/index.js";

const log = join(makeGuardedHome().dir, "recorder.log");
const policy = [
  "    policy:",
  "      permissions:",
  '        denied_resources: ["https://intranet.example.com/admin/**"]',
].join("\n");
const home = makeGuardedHome(recorderServerYaml("recorder", log, undefined, policy));
afterAll(() => home.cleanup());

describe("a denied https folder asked for over http", () => {
  it("is refused as its https URL is; a public page still passes", async () => {
    const [https, http, httpWithPort, publicPage] = await readOutcomes(home, [
      "https://intranet.example.com/admin/users",
      "http://intranet.example.com/admin/users",
      "http://intranet.example.com:80/admin/users",
      "http://intranet.example.com/handbook.html",
    ]);
    const read = (outcome: string | undefined) => (outcome === "forwarded" ? "read" : "refused");
    // On 9d43d209 the https URL is refused and both http spellings are read.
    expect({
      https: read(https),
      http: read(http),
      httpWithPort: read(httpWithPort),
      publicPage: read(publicPage),
    }).toEqual({
      https: "refused",
      http: "refused",
      httpWithPort: "refused",
      publicPage: "read",
    });
    expect(urisRead(log)).toEqual(["http://intranet.example.com/handbook.html"]);
  });
});
