// Attack (round 46): a denied intranet folder read under the host's short name. In a company network the
// resolver's search domain (`search example.com` in resolv.conf, the DNS suffix Windows gets from DHCP or
// the domain) makes `intranet` resolve to `intranet.example.com`, which is why people type
// `http://intranet/`. A rule `denied_resources: ["https://intranet.example.com/admin/**"]` is compared
// against the host as written, so `https://intranet/admin/users` reaches the server, whose HTTP client
// resolves the short name through the same search domain and reads the denied page. (Round 18 closed the
// file system's short names, attack-resource-short-names; a host's short name was not among them.)
// Fixed behaviour: a single-label host is read as any fully qualified name a deny rule gives it (`intranet`
// as `intranet.example.com`): deny rules widen, allow rules stay as written. The recording server sees no
// read of the denied folder; a public page under the short name still passes.
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

describe("a denied folder asked for under its host's short name", () => {
  it("is refused as under the full name; a public page still passes", async () => {
    const [fullName, shortName, publicPage] = await readOutcomes(home, [
      "https://intranet.example.com/admin/users",
      "https://intranet/admin/users",
      "https://intranet/handbook.html",
    ]);
    const read = (outcome: string | undefined) => (outcome === "forwarded" ? "read" : "refused");
    // On 9d43d209 only the full name is refused.
    expect({ fullName: read(fullName), shortName: read(shortName), publicPage: read(publicPage) }).toEqual({
      fullName: "refused",
      shortName: "refused",
      publicPage: "read",
    });
    expect(urisRead(log)).toEqual(["https://intranet/handbook.html"]);
  });
});
