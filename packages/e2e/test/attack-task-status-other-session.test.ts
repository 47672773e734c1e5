// Attack (tasks across identities): the guard answers a client about a server's task only when this session's
// own call created it (session-tasks.ts, round 37): tasks/get, tasks/result and tasks/cancel of any other
// task are refused as task_not_found, and tasks/list keeps this session's tasks alone, because the server
// binds tasks to the one upstream credential the guard presents for every identity. The server's own
// notifications/tasks/status are not held to that rule. A server that tells each session of a credential
// about that credential's tasks (they are one authorization context to it) sends every session the status
// of every identity's task, `statusMessage` included: here, the status of a task this session never
// created, whose message is what another key's denied export returned, reaches the client as it came.
// Why it matters: the restricted identity reads, through the status, what the task rule keeps it from
// reading through tasks/get and tasks/list. Fixed behaviour: a notifications/tasks/status for a task this
// session did not create is dropped (as an update about a resource the client may not read is,
// attack-resource-links); the client never receives the other task's id or message.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeGuardedHome, RawBridge, recorderServerYaml } from "../src/index.js";

const log = join(makeGuardedHome().dir, "recorder.log");
const home = makeGuardedHome(recorderServerYaml("recorder", log));
afterAll(() => home.cleanup());

const OTHER_TASK = "task-3f9c2a71-export-customers";
const MARKER = "exported 18,204 customer rows to exports/customers-2026-11-28.csv";
writeFileSync(
  `${log}.to-client.json`,
  JSON.stringify([
    {
      jsonrpc: "2.0",
      method: "notifications/tasks/status",
      params: {
        taskId: OTHER_TASK,
        status: "completed",
        statusMessage: MARKER,
        createdAt: "2026-11-28T09:12:03Z",
        lastUpdatedAt: "2026-11-28T09:12:41Z",
        ttl: 3_600_000,
      },
    },
  ]),
);

describe("a task status for a task this session did not create", () => {
  it("does not reach the client", async () => {
    const bridge = new RawBridge(home, "recorder");
    await bridge.initialize();
    bridge.send({ jsonrpc: "2.0", id: "after", method: "ping" });
    const lines: Array<Record<string, unknown>> = [];
    let line: Record<string, unknown>;
    do lines.push((line = await bridge.next(30_000)));
    while (line.id !== "after");
    bridge.close();
    await bridge.exited;
    expect(lines.at(-1)).toMatchObject({ id: "after", result: {} });
    expect(JSON.stringify(lines)).not.toContain(OTHER_TASK);
    expect(JSON.stringify(lines)).not.toContain("18,204");
  });
});
