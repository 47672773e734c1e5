// Attack: a resource matching a deny pattern is never read (docs/side-doors.md, permissions; the example
// config denies "file:///**/.ssh/**" and "file:///**/.env"). In every glob dialect operators know (shells
// with globstar, .gitignore, minimatch), "**/" matches zero or more directories, so "file:///srv/**/.env"
// denies /srv/.env as well as /srv/app/.env. The guard read "**/" as one or more directories: the file right
// under the named directory slipped through. Through the real bridge and the recording server: before the
// fix, 2 of 4 denied reads (the two at zero depth) reached the server; patterns.ts now lets "**/" match no
// segment.
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeGuardedHome, RawBridge, recorded, recorderServerYaml } from "../src/index.js";

const dir = makeGuardedHome().dir;
const log = join(dir, "recorder.log");
const policy = [
  "    policy:",
  "      permissions:",
  '        denied_resources: ["file:///srv/**/.env", "file:///**/secrets/**"]',
];
const home = makeGuardedHome(recorderServerYaml("recorder", log, undefined, policy.join("\n")));
afterAll(() => home.cleanup());

const DENIED = ["file:///srv/.env", "file:///srv/app/.env", "file:///secrets/token", "file:///a/secrets/b"];

describe("a deny pattern with **/ in it", () => {
  it("denies the files at zero depth as well; the server receives none of them", async () => {
    const bridge = new RawBridge(home, "recorder");
    await bridge.initialize();
    const outcomes: Record<string, string> = {};
    let id = 1;
    for (const uri of [...DENIED, "file:///srv/app/readme"]) {
      bridge.send({ jsonrpc: "2.0", id: ++id, method: "resources/read", params: { uri } });
      const line = await bridge.answerTo(id);
      outcomes[uri] = (line.error as { data?: { reason?: string } } | undefined)?.data?.reason ?? "forwarded";
    }
    bridge.close();
    await bridge.exited;
    expect(outcomes).toEqual({
      ...Object.fromEntries(DENIED.map((uri) => [uri, "resource_denied"])),
      "file:///srv/app/readme": "forwarded",
    });
    const reads = recorded(log).filter((m) => typeof m === "object" && m.method === "resources/read");
    expect(reads.map((m) => (m as { params: { uri: string } }).params.uri)).toEqual([
      "file:///srv/app/readme",
    ]);
  });
});
