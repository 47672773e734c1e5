// Attack: a `*` in a tool or prompt rule stops at "/". patterns.ts gives globs the path dialect of resource
// URIs (`*` within one segment, `**` across) and applies it to tool and prompt names as well. A name can hold
// a "/": prompt names have no character rule at all, and a tool name outside the specification's advice
// (letters, digits, "_", "-", ".") is only warned about by the SDK's McpServer, which registers it anyway, so
// servers that group their tools as `<group>/<action>` (one per upstream API or product area) list them so.
// An operator's `denied_tools: ["*delete*"]` ("nothing that deletes") then does not deny `github/delete_repo`,
// and `denied_prompts: ["*secret*"]` does not deny `team/secret_plan`: through the real bridge and the
// recording server both reach the server (and both stay in the lists the client is shown). A name is not a
// path. Fixed behaviour: a `*` in a tool or prompt rule matches any characters, "/" included (or a rule that
// could miss a name only at a "/" is refused by validate, naming the spelling that works); the server then
// never sees either request, and the plain `delete_branch` stays denied.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeGuardedHome, RawBridge, recorderServerYaml, refusal, serverSaw } from "../src/index.js";

const log = join(makeGuardedHome().dir, "recorder.log");
const policy = [
  "    policy:",
  "      permissions:",
  '        denied_tools: ["*delete*"]',
  '        denied_prompts: ["*secret*"]',
].join("\n");
const home = makeGuardedHome(recorderServerYaml("recorder", log, undefined, policy));
afterAll(() => home.cleanup());

const tool = (name: string) => ({ name, description: `The ${name} tool.`, inputSchema: { type: "object" } });
writeFileSync(
  `${log}.definitions.json`,
  JSON.stringify({
    tools: ["github/list_repos", "github/delete_repo", "delete_branch"].map(tool),
    prompts: [
      { name: "team/standup", arguments: [] },
      { name: "team/secret_plan", arguments: [] },
    ],
  }),
);

describe("a * in a tool or prompt rule, against a name with a /", () => {
  it("denies the namespaced name as it denies the plain one", async () => {
    const bridge = new RawBridge(home, "recorder");
    await bridge.initialize();
    const asks: Array<[string, object]> = [
      ["tools/call", { name: "github/list_repos", arguments: {} }],
      ["tools/call", { name: "delete_branch", arguments: {} }],
      ["tools/call", { name: "github/delete_repo", arguments: { repo: "acme/payments" } }],
      ["prompts/get", { name: "team/standup", arguments: {} }],
      ["prompts/get", { name: "team/secret_plan", arguments: {} }],
    ];
    const outcomes: unknown[] = [];
    for (const [i, [method, params]] of asks.entries()) {
      bridge.send({ jsonrpc: "2.0", id: i + 1, method, params });
      outcomes.push(refusal(await bridge.answerTo(i + 1, 30_000)));
    }
    bridge.close();
    await bridge.exited;
    // The plain name is denied, the ordinary namespaced ones pass: the harness reaches the server.
    expect(outcomes.slice(0, 2)).toEqual(["forwarded", "tool_denied"]);
    expect(outcomes[3]).toBe("forwarded");
    expect(serverSaw(log, "tools/call", "github/delete_repo")).toBe(false);
    expect(serverSaw(log, "prompts/get", "team/secret_plan")).toBe(false);
    expect([outcomes[2], outcomes[4]]).not.toContain("forwarded");
  });
});
