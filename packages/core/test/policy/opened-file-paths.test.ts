// A file: URI's path is followed through links where its server opens it: decoded once, as fileURLToPath
// decodes it, as well as decoded until stable (opened-file-paths.ts; attack-percent-named-links.test.ts).
import { describe, expect, it } from "vitest";
import { normalizeUri } from "../../src/policy/normalize.js";
import { pathsOpenedFor } from "../../src/policy/opened-file-paths.js";

/** The paths opened for a URI, given its canonical form as the guard computes it. */
function opened(uri: string): string[] {
  const canonical = normalizeUri(uri);
  if (!canonical.ok) throw new Error(`${uri} has no canonical form`);
  return pathsOpenedFor(uri, canonical.value);
}

describe("the paths a file: URI opens", () => {
  it("reads a name with a real % in it as the server does, and as decoded again", () => {
    expect(opened("file:///data/public/x%2541/report.txt")).toEqual([
      "/data/public/x%41/report.txt",
      "/data/public/xA/report.txt",
    ]);
  });

  it.each([
    "file:///data/public/notes.txt",
    "file://localhost/data//public/./notes.txt?x#y",
    "FILE:/data/public/notes%2Etxt",
    "file:///data/public/caf%C3%A9.txt",
  ])("is one path when both readings are the same file: %s", (uri) => {
    expect(opened(uri)).toHaveLength(1);
  });

  it("is the canonical path alone when the URL parser reads no path (an encoded slash)", () => {
    expect(opened("file:///data/public%2Flatest/report.txt")).toEqual(["/data/public/latest/report.txt"]);
  });
});
