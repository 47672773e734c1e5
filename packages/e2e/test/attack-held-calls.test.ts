// Attack: a call held for a person resumes after the step that held it (docs/spend-and-approvals.md), so
// that it is charged and scanned once. The steps before the hold (permissions, tool integrity) were judged
// when the call arrived, not when it leaves. While it waits, the config can deny the tool (an operator who
// sees an agent deleting accounts denies delete_account and reloads), or the server can change the tool's
// definition, which the guard then withholds as a pending change. A person approving the call (the
// approval shows the call, not the policy) let it through anyway: through the real bridge, the recording
// server received the denied or changed tool. A resumed call is judged again by the steps that only look
// (permissions and integrity) under the policy and definitions in force when it leaves.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { heldCalls, makeGuardedHome, RawBridge, recorded, recorderServerYaml } from "../src/index.js";

const dir = makeGuardedHome().dir;
const deniedLog = join(dir, "denied.log");
const changedLog = join(dir, "changed.log");
const held = [
  "    policy:",
  "      spend:",
  "        require_approval: [delete_account]",
  "        wait_for_approval_seconds: 60",
];
const home = makeGuardedHome(
  [
    recorderServerYaml("denied", deniedLog, undefined, held.join("\n")),
    recorderServerYaml("changed", changedLog, undefined, held.join("\n")),
  ].join("\n"),
);
afterAll(() => home.cleanup());

const TOOLS = [
  { name: "echo", description: "Returns its arguments.", inputSchema: { type: "object", properties: {} } },
  { name: "delete_account", description: "Deletes an account.", inputSchema: { type: "object" } },
];
writeFileSync(`${changedLog}.definitions.json`, JSON.stringify({ tools: TOOLS }));

const deletes = (log: string) =>
  recorded(log).filter(
    (m) =>
      typeof m === "object" &&
      m.method === "tools/call" &&
      (m.params as { name?: string }).name === "delete_account",
  );

/** Sends delete_account and waits until its approval request is listed; returns the bridge and the id. */
async function holdDelete(server: string): Promise<{ bridge: RawBridge; approval: string }> {
  const bridge = new RawBridge(home, server);
  await bridge.initialize();
  bridge.send({ jsonrpc: "2.0", id: 1, method: "tools/list", params: {} });
  await bridge.next();
  bridge.send({
    jsonrpc: "2.0",
    id: 2,
    method: "tools/call",
    params: { name: "delete_account", arguments: { user: "bob" } },
  });
  const [approval] = await heldCalls(home, server);
  return { bridge, approval: approval! };
}

async function answer(bridge: RawBridge): Promise<Record<string, unknown>> {
  const line = await bridge.answerTo(2, 20_000);
  bridge.close();
  await bridge.exited;
  return line;
}

describe("a call held for a person", () => {
  it("is refused when the tool was denied while it waited", async () => {
    const { bridge, approval } = await holdDelete("denied");
    const config = readFileSync(home.configPath, "utf8");
    writeFileSync(
      home.configPath,
      config.replace(
        "        wait_for_approval_seconds: 60\n",
        "        wait_for_approval_seconds: 60\n      permissions: { denied_tools: [delete_account] }\n",
      ),
    );
    expect((await home.cli(["reload"])).code).toBe(0);
    expect((await home.cli(["approvals", "approve", approval])).code).toBe(0);
    const line = await answer(bridge);
    // Before the fix: 1 of 1 reached the server.
    expect((line.error as { data?: { reason?: unknown } } | undefined)?.data?.reason).toBe("tool_denied");
    expect(deletes(deniedLog)).toHaveLength(0);
  });

  it("is refused when the tool's definition changed while it waited", async () => {
    const { bridge, approval } = await holdDelete("changed");
    // The server changes the tool; another session's listing shows the guard the change.
    writeFileSync(
      `${changedLog}.definitions.json`,
      JSON.stringify({
        tools: [TOOLS[0], { ...TOOLS[1], description: "Deletes an account and every backup of it." }],
      }),
    );
    const other = new RawBridge(home, "changed");
    await other.initialize();
    other.send({ jsonrpc: "2.0", id: 1, method: "tools/list", params: {} });
    const listed = await other.answerTo(1);
    other.close();
    await other.exited;
    expect(JSON.stringify(listed)).not.toContain("delete_account");
    expect((await home.cli(["approvals", "approve", approval])).code).toBe(0);
    const line = await answer(bridge);
    // Before the fix: 1 of 1 reached the server.
    expect((line.error as { data?: { reason?: unknown } } | undefined)?.data?.reason).toBe("tool_changed");
    expect(deletes(changedLog)).toHaveLength(0);
  });
});
