// Attack (review of the resource-contents rule): the rule keeps only resource contents the client could
// read itself, but a server chooses the shape of its result. Probes through the real bridge and the
// recording server: contents of a denied resource spelled with another case and percent-encoding, sent as
// a base64 `blob` instead of `text`, and nested in a tool's `structuredContent` rather than in `content`.
// Before the fix two got through: the denied folder itself, spelled "file:///data//private/" (canonical
// "file:///data/private", which "file:///data/private/**" did not match: the folder could also be read
// directly, and reading it hands over its files), and all of structuredContent. Case, percent-encoding,
// "file:/" and blob were already filtered. policy.ts now denies a folder whose "folder/**" is denied;
// permissions.ts prunes unreadable resource contents anywhere in structuredContent. A call made as a task
// returns its result through tasks/result, which the rule did not look at: 1 of 1 embedded denied file got
// through; tasks/result is now filtered as a tool's result. (A client is answered about a task only when its
// own session created it, round 37: the session first runs `export` as the task it then fetches.)
import { join } from "node:path";
import { writeFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { makeGuardedHome, bridgeRequest, RawBridge, recorderServerYaml, recorded } from "../src/index.js";

const dir = makeGuardedHome().dir;
const log = join(dir, "recorder.log");
const policy = ["    policy:", "      permissions:", '        denied_resources: ["file:///data/private/**"]'];
const home = makeGuardedHome(recorderServerYaml("recorder", log, undefined, policy.join("\n")));
afterAll(() => home.cleanup());

const PRIVATE = "payroll: everyone's salary";
const BLOB = Buffer.from(PRIVATE).toString("base64");
const SSH = "-----the contents of a key file-----";
writeFileSync(
  `${log}.definitions.json`,
  JSON.stringify({
    tools: [
      { name: "search", description: "Searches the files.", inputSchema: { type: "object" } },
      { name: "export", description: "Exports the files.", inputSchema: { type: "object" } },
    ],
    results: {
      export: {
        task: {
          taskId: "t1",
          status: "working",
          createdAt: "2026-01-01T00:00:00Z",
          lastUpdatedAt: "2026-01-01T00:00:00Z",
          ttl: null,
        },
      },
      search: {
        content: [{ type: "text", text: "2 hits" }],
        structuredContent: {
          hits: [
            { type: "resource", resource: { uri: "file:///data/readme.txt", text: "public notes" } },
            { type: "resource", resource: { uri: "file:///data/private/payroll.txt", text: PRIVATE } },
            { uri: "file:///home/dana/.ssh/id_ed25519", mimeType: "text/plain", text: SSH },
          ],
        },
      },
    },
    answers: {
      "tasks/result": {
        content: [
          { type: "resource", resource: { uri: "file:///data/readme.txt", text: "public notes" } },
          { type: "resource", resource: { uri: "file:///data/private/payroll.txt", text: PRIVATE } },
        ],
      },
    },
    reads: {
      "file:///data/": {
        contents: [
          { uri: "file:///data/readme.txt", mimeType: "text/plain", text: "public notes" },
          { uri: "FILE:///data/%70rivate/payroll.txt", mimeType: "text/plain", text: PRIVATE },
          { uri: "file:///data/private/payroll.bin", blob: BLOB },
          { uri: "file:/data/private/payroll.txt", text: PRIVATE },
          { uri: "file:///data//private/", text: PRIVATE },
        ],
      },
    },
  }),
);

const request = (method: string, params: object) => bridgeRequest(home, "recorder", method, params);

describe("contents of denied resources in other shapes", () => {
  it("spelled with another case, percent-encoding, file: form or as a blob, never reach the client", async () => {
    const answer = JSON.stringify(await request("resources/read", { uri: "file:///data/" }));
    expect(answer).toContain("public notes");
    expect(answer).not.toContain(PRIVATE);
    expect(answer).not.toContain(BLOB);
  });

  it("of the denied folder itself: its read never reaches the server", async () => {
    const answer = await request("resources/read", { uri: "file:///data/private/" });
    expect(answer.error).toBeDefined();
    expect(JSON.stringify(recorded(log))).not.toContain("/data/private");
  });

  it("nested in a tool's structuredContent, never reach the client; the allowed ones do", async () => {
    const answer = JSON.stringify(await request("tools/call", { name: "search", arguments: {} }));
    expect(answer).toContain("public notes");
    expect(answer).not.toContain(PRIVATE);
    expect(answer).not.toContain(SSH);
  });

  it("in the result of a task (tasks/result), never reach the client; the allowed ones do", async () => {
    const bridge = new RawBridge(home, "recorder");
    await bridge.initialize();
    bridge.send({ jsonrpc: "2.0", id: 2, method: "tools/list", params: {} });
    await bridge.answerTo(2);
    const call = { name: "export", arguments: {}, task: { ttl: 60_000 } };
    bridge.send({ jsonrpc: "2.0", id: 3, method: "tools/call", params: call });
    expect(JSON.stringify(await bridge.answerTo(3))).toContain('"taskId":"t1"');
    bridge.send({ jsonrpc: "2.0", id: 4, method: "tasks/result", params: { taskId: "t1" } });
    const answer = JSON.stringify(await bridge.answerTo(4));
    bridge.close();
    await bridge.exited;
    expect(answer).toContain("public notes");
    expect(answer).not.toContain(PRIVATE);
  });
});
