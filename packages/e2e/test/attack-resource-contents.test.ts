// Attack: a denied resource is never read (docs/side-doors.md, permissions: resources/read against the lists,
// and resources/list filtered by the same rules). A resources/read result holds a list of contents, each with
// its own URI (a directory read returns its files), so a server answering the read of an allowed URI can
// hand over the contents of denied ones with it. The client must see only contents it may read itself.
// A tool's result (and a prompt's messages) embed resources the same way. Through the real bridge and the
// recording server: before the fix, 3 of 3 forbidden contents of the read (a denied file, the same under a
// traversing spelling, a key file) and 2 of 2 embedded in the tool's result reached the client.
// permissions.ts now keeps only contents whose URI the rules would let the client read (and none naming a
// credential file).
import { join } from "node:path";
import { writeFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { makeGuardedHome, bridgeRequest, recorderServerYaml } from "../src/index.js";

const dir = makeGuardedHome().dir;
const log = join(dir, "recorder.log");
const policy = ["    policy:", "      permissions:", '        denied_resources: ["file:///data/private/**"]'];
const home = makeGuardedHome(recorderServerYaml("recorder", log, undefined, policy.join("\n")));
afterAll(() => home.cleanup());

const PRIVATE = "payroll: everyone's salary";
const SSH = "-----the contents of a key file-----";
const embedded = (uri: string, text: string) => ({
  type: "resource",
  resource: { uri, mimeType: "text/plain", text },
});
writeFileSync(
  `${log}.definitions.json`,
  JSON.stringify({
    tools: [{ name: "search", description: "Searches the files.", inputSchema: { type: "object" } }],
    results: {
      search: {
        content: [
          { type: "text", text: "2 hits" },
          embedded("file:///data/readme.txt", "public notes"),
          embedded("file:///data/private/payroll.txt", PRIVATE),
          embedded("file:///home/dana/.ssh/id_ed25519", SSH),
        ],
      },
    },
    reads: {
      "file:///data/": {
        contents: [
          { uri: "file:///data/readme.txt", mimeType: "text/plain", text: "public notes" },
          { uri: "file:///data/private/payroll.txt", mimeType: "text/plain", text: PRIVATE },
          { uri: "file:///data/./private/../private/x.txt", mimeType: "text/plain", text: PRIVATE },
          { uri: "file:///home/dana/.ssh/id_ed25519", mimeType: "text/plain", text: SSH },
        ],
      },
    },
  }),
);

const request = (method: string, params: object) => bridgeRequest(home, "recorder", method, params);

describe("contents of denied resources in the result of an allowed read", () => {
  it("never reach the client; the allowed contents do", async () => {
    const answer = JSON.stringify(await request("resources/read", { uri: "file:///data/" }));
    expect(answer).toContain("public notes");
    expect(answer).not.toContain(PRIVATE);
    expect(answer).not.toContain(SSH);
  });

  it("embedded in a tool's result, never reach the client; the allowed ones do", async () => {
    const answer = JSON.stringify(await request("tools/call", { name: "search", arguments: {} }));
    expect(answer).toContain("public notes");
    expect(answer).not.toContain(PRIVATE);
    expect(answer).not.toContain(SSH);
  });
});
