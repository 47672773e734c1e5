// Attack (round 49): a task's result fetched after the config denies its tool. A tools/call made as a task
// (protocol 2025-11-25) is judged when it is sent; its result comes later, with tasks/result, and the guard
// lets the session fetch it because the session created the task (session-tasks.ts). An operator who sees
// an agent exporting the customer table denies `export_customers` and saves the config; the export already
// started as a task, and the agent then fetches its result: the rows reach the model under a policy that
// denies the tool. A call held for a person is judged again when it leaves for the same reason
// (attack-held-calls); a task's result is the late half of a call and should be too. Fixed behaviour:
// tasks/result (and the task's content in tasks/get) for a task whose tool the policy now denies is refused
// (`tool_denied`, as the call would be), while a task of a tool still allowed is fetched as before. Through the
// real bridge and the recording server, which answers tasks/result with the tool's rows.
import { afterAll, describe, expect, it } from "vitest";
import { editConfig, RawBridge, recorderWithDefinitions } from "../src/index.js";

const ROWS = "customer-rows-c41e: Ana Lopez, Bo Chen";
const now = new Date().toISOString();
const task = (taskId: string) => ({
  task: { taskId, status: "working", createdAt: now, lastUpdatedAt: now, ttl: 60_000, pollInterval: 500 },
});
const tool = (name: string, description: string) => ({
  name,
  description,
  inputSchema: { type: "object", properties: {} },
  execution: { taskSupport: "optional" },
});
const { home } = recorderWithDefinitions("recorder", {
  tools: [tool("export_customers", "Exports the customer table."), tool("weekly_report", "Builds a report.")],
  results: { export_customers: task("task-export-1"), weekly_report: task("task-report-1") },
  answers: { "tasks/result": { content: [{ type: "text", text: ROWS }] } },
});
afterAll(() => home.cleanup());

describe("a task's result after its tool is denied", () => {
  it("is refused, while a task of an allowed tool is still fetched", async () => {
    const bridge = new RawBridge(home, "recorder");
    bridge.send({
      jsonrpc: "2.0",
      id: "init",
      method: "initialize",
      params: {
        protocolVersion: "2025-11-25",
        capabilities: {},
        clientInfo: { name: "agent", version: "1" },
      },
    });
    await bridge.next(30_000);
    bridge.send({ jsonrpc: "2.0", method: "notifications/initialized" });
    const request = async (id: number, method: string, params: object) => {
      bridge.send({ jsonrpc: "2.0", id, method, params });
      return JSON.stringify(await bridge.answerTo(id));
    };
    await request(1, "tools/list", {});
    const started = [
      await request(2, "tools/call", { name: "export_customers", arguments: {}, task: { ttl: 60_000 } }),
      await request(3, "tools/call", { name: "weekly_report", arguments: {}, task: { ttl: 60_000 } }),
    ];
    expect(started.every((s) => s.includes('"taskId"'))).toBe(true);

    // The operator denies the tool; the recorder's entry gets a policy of its own.
    await editConfig(home, (yaml) =>
      yaml.replace(
        /^( {6}RECORDER_TO_CLIENT: .*)$/m,
        "$1\n    policy:\n      permissions: { denied_tools: [export_customers] }",
      ),
    );
    const exported = await request(4, "tasks/result", { taskId: "task-export-1" });
    const report = await request(5, "tasks/result", { taskId: "task-report-1" });
    // The reload is in force: the same tool called now is refused.
    const called = await request(6, "tools/call", { name: "export_customers", arguments: {} });
    bridge.close();
    await bridge.exited;
    expect({
      callRefused: called.includes("tool_denied"),
      report: report.includes(ROWS),
      exported: exported.includes(ROWS),
    }).toEqual({ callRefused: true, report: true, exported: false });
  });
});
