// Attack (round 41, found from outside): a refused completion leaves an audit row that does not name what it
// asked about. docs/audit-log.md: `target` is the "tool or prompt name, or the resource URI", and the README's
// `logs -t/--tool (tool, prompt or resource)` finds the rows about one. The permissions step judges
// `completion/complete` by the prompt its `ref` names ("prompt_denied") or the resource URI it makes, but the
// row's target is filled for tools/call, prompts/get and resources/* only, so a client probing a denied prompt
// through completions (argument values of a payroll export) leaves rows `logs -t payroll_export` never shows:
// the person reviewing what was tried against that prompt sees the refused prompts/get and not the refused
// completions beside it. A correct guard records the ref's prompt (or resource) as the completion row's
// target. Through the real bridge; the audit is read with the CLI after the session.
import { afterAll, describe, expect, it } from "vitest";
import { RawBridge } from "../src/index.js";
import { recorderWithDefinitions, refusal, toolDefinition } from "../src/recorder-session.js";

const PROMPT = "payroll_export";
const recorder = recorderWithDefinitions(
  "recorder",
  {
    tools: [toolDefinition("echo", "Returns its arguments.")],
    prompts: [
      { name: "greeting", description: "Says hello.", arguments: [{ name: "who" }] },
      { name: PROMPT, description: "Exports the payroll of a month.", arguments: [{ name: "month" }] },
    ],
  },
  ["    policy:", "      permissions:", `        denied_prompts: [${PROMPT}]`].join("\n"),
);
afterAll(() => recorder.home.cleanup());

describe("a completion refused for the prompt it names", () => {
  it("leaves an audit row that `logs -t <prompt>` finds, as the refused prompts/get does", async () => {
    const bridge = new RawBridge(recorder.home, "recorder");
    await bridge.initialize();
    const outcomes: unknown[] = [];
    bridge.send({ jsonrpc: "2.0", id: 2, method: "prompts/get", params: { name: PROMPT, arguments: {} } });
    outcomes.push(refusal(await bridge.answerTo(2)));
    for (const [id, value] of [
      [3, "2026-"],
      [4, "2025-1"],
    ] as const) {
      bridge.send({
        jsonrpc: "2.0",
        id,
        method: "completion/complete",
        params: { ref: { type: "ref/prompt", name: PROMPT }, argument: { name: "month", value } },
      });
      outcomes.push(refusal(await bridge.answerTo(id)));
    }
    bridge.close();
    await bridge.exited;
    expect(outcomes).toEqual(["prompt_denied", "prompt_denied", "prompt_denied"]);
    const { stdout, code } = await recorder.home.cli(["logs", "--json", "-t", PROMPT, "--decision", "block"]);
    expect(code).toBe(0);
    const rows = stdout
      .split("\n")
      .filter((line) => line.startsWith("{"))
      .map((line) => (JSON.parse(line) as { method: string }).method)
      .sort();
    expect(rows, "refused requests about the prompt that `logs -t` shows").toEqual([
      "completion/complete",
      "completion/complete",
      "prompts/get",
    ]);
  });
});
