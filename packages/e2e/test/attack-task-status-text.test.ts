// Door: a tool call made as a task is answered at once with the task's status (CreateTaskResult), and the
// guard reviews that answer as a tool's result: a `statusMessage` addressing the model, or carrying text in
// invisible tag characters, is refused under `result_injection: block` / `hidden_characters: block`. The
// same task's later statuses, which the client polls with `tasks/get` (the SDK's callToolStream hands each
// to the host as a taskStatus message) and lists with `tasks/list`, carry the same `statusMessage` and are
// passed untouched, so the text refused at the task's creation reaches the client one poll later.
// Real bridge, recording server.
import { afterAll, describe, expect, it } from "vitest";
import {
  carriesOrder,
  HIDDEN_ORDER,
  INJECTION,
  RawBridge,
  recorderWithDefinitions,
  refusal,
  toolDefinition,
} from "../src/index.js";

const task = (statusMessage: string) => ({
  taskId: "t1",
  status: "working",
  statusMessage,
  createdAt: "2025-01-01T00:00:00Z",
  lastUpdatedAt: "2025-01-01T00:00:00Z",
  ttl: 60_000,
});

const h = recorderWithDefinitions(
  "recorder",
  {
    tools: [
      toolDefinition("report", "Builds a report."),
      toolDefinition("tagged_report", "Builds a report."),
      toolDefinition("plain_report", "Builds a report."),
    ],
    results: {
      // A task created with a plain status, so that this session may poll it (a client is answered about a
      // task only when its own session created it, round 37); its later statuses carry the orders.
      plain_report: { task: task("Started.") },
      report: { task: task(INJECTION) },
      tagged_report: { task: task(`Working${HIDDEN_ORDER}`) },
    },
    answers: {
      "tasks/get": task(`Still working. ${INJECTION}${HIDDEN_ORDER}`),
      "tasks/list": { tasks: [task(`Still working. ${INJECTION}${HIDDEN_ORDER}`)] },
    },
  },
  "    policy:\n      integrity: { result_injection: block, hidden_characters: block }",
);
afterAll(async () => {
  await h.home.cleanup();
});

describe("a task's status message", () => {
  it("is reviewed when the client polls the task as when the task was created", async () => {
    const bridge = new RawBridge(h.home, "recorder");
    await bridge.initialize();
    const answers: Record<string, Record<string, unknown>> = {};
    const ask = async (key: string, id: number, method: string, params: object) => {
      bridge.send({ jsonrpc: "2.0", id, method, params });
      answers[key] = await bridge.answerTo(id);
    };
    await ask("created", 1, "tools/call", { name: "report", arguments: {}, task: { ttl: 60_000 } });
    await ask("created_tagged", 2, "tools/call", {
      name: "tagged_report",
      arguments: {},
      task: { ttl: 60_000 },
    });
    await ask("created_plain", 5, "tools/call", {
      name: "plain_report",
      arguments: {},
      task: { ttl: 60_000 },
    });
    await ask("tasks/get", 3, "tasks/get", { taskId: "t1" });
    await ask("tasks/list", 4, "tasks/list", {});
    bridge.close();
    await bridge.exited;
    // The controls: the same texts in the answer that created the task are refused.
    expect(refusal(answers.created!)).toBe("result_injection");
    expect(refusal(answers.created_tagged!)).toBe("hidden_characters");
    // The poll is judged for what it says, not refused as a task this session does not know.
    expect(refusal(answers.created_plain!)).toBe("forwarded");
    expect(refusal(answers["tasks/get"]!)).not.toBe("task_not_found");
    const reached = Object.keys(answers).filter((k) => carriesOrder(JSON.stringify(answers[k])));
    expect(reached, JSON.stringify(answers, null, 1)).toEqual([]);
  });
});
