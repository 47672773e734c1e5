// Attack (round 46): a denied folder of a web server on Windows, read under the spellings Windows opens as
// that folder. Round 17 closed them for `file:` URIs (attack-resource-os-spellings): a name's trailing dots
// and blanks are dropped (`admin.` and `admin%20` open `admin`), and `admin::$INDEX_ALLOCATION` is the folder
// itself. IIS maps a URL's path onto the disk the same way, so for an intranet site on IIS
// `https://intranet.example.com/admin./users` serves /admin/users (the `::$INDEX_ALLOCATION` form is the
// known IIS folder-protection bypass). With `denied_resources: ["https://intranet.example.com/admin/**"]`
// all three reach the server; the guard applies the Windows rules only to file URIs. Fixed behaviour: a web
// URL's path segments are compared as the file URI's are (trailing dots and blanks dropped, a `::$…` stream
// suffix read as the folder), since a deny rule only widens; the recording server sees none of these reads,
// and a neighbour (`admin.html`, `administrators`) still passes.
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

const WINDOWS_SPELLINGS = [
  "https://intranet.example.com/admin./users",
  "https://intranet.example.com/admin%20/users",
  "https://intranet.example.com/admin::$INDEX_ALLOCATION/users",
  // A climb of dots and blanks, which Windows may read as `..` (review of round 46).
  "https://intranet.example.com/public/..%20/admin/users",
];
const NEIGHBOURS = [
  "https://intranet.example.com/admin.html",
  "https://intranet.example.com/administrators/",
];

describe("a denied web folder under the spellings Windows opens as it", () => {
  it("is refused; neighbours still pass", async () => {
    const uris = [...WINDOWS_SPELLINGS, ...NEIGHBOURS];
    const outcomes = await readOutcomes(home, uris);
    // On 9d43d209 all five are read.
    expect(uris.filter((_, i) => outcomes[i] === "forwarded")).toEqual(NEIGHBOURS);
    expect(urisRead(log)).toEqual(NEIGHBOURS);
  });
});
