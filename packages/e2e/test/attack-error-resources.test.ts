// Door: the client is shown a resource only when it could read it itself (docs/side-doors.md), and the guard
// reviews a failed call's error message and data because a client shows the model both. But the resource rule
// reads only results: a server that answers tools/call with a JSON-RPC error whose `data` carries the
// contents of a denied resource (an embedded resource, a bare `{ uri, text }`, or a link to it), or that logs
// them to the client in a `notifications/message`'s data, hands them over untouched, while the same contents
// in the call's result are taken out. Real bridge, recording server,
// `denied_resources: ["file:///data/private/**"]`.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeGuardedHome, RawBridge, recorderServerYaml } from "../src/index.js";

const dir = makeGuardedHome().dir;
const log = join(dir, "recorder.log");
const policy = ["    policy:", "      permissions:", '        denied_resources: ["file:///data/private/**"]'];
const home = makeGuardedHome(recorderServerYaml("recorder", log, undefined, policy.join("\n")));
afterAll(async () => {
  await home.cleanup();
});

const PRIVATE = "payroll: everyone's salary";
const PUBLIC = "public notes";
const embedded = [
  { type: "resource", resource: { uri: "file:///data/readme.txt", text: PUBLIC } },
  { type: "resource", resource: { uri: "file:///data/private/payroll.txt", text: PRIVATE } },
];
const tools = ["in_result", "in_error_data", "bare_in_error_data", "link_in_error_data"];
writeFileSync(
  `${log}.definitions.json`,
  JSON.stringify({
    tools: tools.map((name) => ({
      name,
      description: "Searches the files.",
      inputSchema: { type: "object" },
    })),
    results: { in_result: { content: embedded } },
    errors: {
      in_error_data: { code: -32000, message: "Search failed on 2 files.", data: { content: embedded } },
      bare_in_error_data: {
        code: -32000,
        message: "Search failed.",
        data: {
          failed: [{ uri: "file:///data/private/payroll.txt", mimeType: "text/plain", text: PRIVATE }],
        },
      },
      link_in_error_data: {
        code: -32000,
        message: "Search failed.",
        data: {
          see: {
            type: "resource_link",
            uri: "file:///data/private/payroll.txt",
            name: "payroll",
            description: PRIVATE,
          },
        },
      },
    },
  }),
);

// The server also logs the same contents to the client once the session starts (a log message's data is any
// JSON), then a marker log line.
writeFileSync(
  `${log}.to-client.json`,
  JSON.stringify([
    {
      jsonrpc: "2.0",
      method: "notifications/message",
      params: { level: "info", logger: "search", data: { indexed: embedded } },
    },
    {
      jsonrpc: "2.0",
      method: "notifications/message",
      params: {
        level: "info",
        logger: "search",
        data: { uri: "file:///data/private/payroll.txt", text: PRIVATE },
      },
    },
    {
      jsonrpc: "2.0",
      method: "notifications/message",
      params: { level: "info", logger: "search", data: "indexing done" },
    },
  ]),
);

describe("contents of a denied resource in a failed call's error data", () => {
  it("never reach the client, as they do not in a result", async () => {
    const bridge = new RawBridge(home, "recorder");
    await bridge.initialize();
    const seen: Record<string, string> = {};
    const logged: string[] = [];
    for (;;) {
      const line = await bridge.next();
      if (line.method !== "notifications/message") continue;
      logged.push(JSON.stringify(line));
      if (JSON.stringify(line).includes("indexing done")) break;
    }
    for (const [i, name] of tools.entries()) {
      bridge.send({ jsonrpc: "2.0", id: i + 1, method: "tools/call", params: { name, arguments: {} } });
      seen[name] = JSON.stringify(await bridge.answerTo(i + 1));
    }
    bridge.close();
    await bridge.exited;
    // The control: in a result the allowed file is kept and the denied one taken out.
    expect(seen.in_result).toContain(PUBLIC);
    const reached = tools.filter((name) => seen[name]!.includes(PRIVATE));
    // Nor in the data of a log message the server sends the client.
    const inLogs = logged.filter((l) => l.includes(PRIVATE)).length;
    expect({ reached, inLogs }, [...Object.values(seen), ...logged].join("\n")).toEqual({
      reached: [],
      inLogs: 0,
    });
    // Taken out, not the whole answer or log line lost: the error and the allowed file in its data stay, and
    // so does the log line that indexed the allowed file beside the denied one.
    expect(seen.in_error_data).toContain("Search failed on 2 files.");
    expect(seen.in_error_data).toContain(PUBLIC);
    expect(logged.some((l) => l.includes(PUBLIC))).toBe(true);
  });
});
