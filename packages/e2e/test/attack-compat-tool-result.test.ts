// Attack (round 41, found from outside): denied resource contents in a tool's result of the 2024-10-07 form.
// The guard serves protocol revisions from 2024-10-07 on (docs/http.md), and the MCP SDK's clients accept a
// tool's result in that revision's form, `{ toolResult: … }` (CompatibilityCallToolResultSchema, which the
// MCP Inspector calls tools with and shows). docs/side-doors.md: resource contents "in a read, a tool's result,
// a task's result or a prompt's messages … are taken out when their URI is denied", also bare `{ uri, text }`
// anywhere in a tool's structuredContent. The permissions step looks for them in `content` and
// `structuredContent` only: a server that answers `{ toolResult: { content: [{ type: "resource", resource:
// { uri: "file:///secret/plan.txt", text } }] } }`, or the contents bare, hands the client the denied file's
// text (the same answer in `content` is taken out: the control). The guard reviews this result's text for
// planted instructions already (it reads every string), so it knows the member is shown. A correct guard takes
// denied contents out of `toolResult` as out of structuredContent. Through the real bridge, with a session
// that negotiates 2024-10-07, and the recording server.
import { afterAll, describe, expect, it } from "vitest";
import { RawBridge } from "../src/index.js";
import { recorderWithDefinitions, toolDefinition } from "../src/recorder-session.js";

const SECRET_TEXT = "The merger with Initech closes on Friday at 41 per share.";
const denied = { uri: "file:///secret/plan.txt", mimeType: "text/plain", text: SECRET_TEXT };
const RESULTS = {
  current_form: { content: [{ type: "resource", resource: denied }] },
  compat_embedded: { toolResult: { content: [{ type: "resource", resource: denied }] } },
  compat_bare: { toolResult: denied },
};
const recorder = recorderWithDefinitions(
  "recorder",
  {
    tools: Object.keys(RESULTS).map((name) => toolDefinition(name, "Reads the quarterly plan.")),
    results: RESULTS,
  },
  ["    policy:", "      permissions:", '        denied_resources: ["file:///secret/**"]'].join("\n"),
);
afterAll(() => recorder.home.cleanup());

describe("a tool's result in the 2024-10-07 form", () => {
  it("has the contents of a denied resource taken out, as the current form has", async () => {
    const bridge = new RawBridge(recorder.home, "recorder");
    bridge.send({
      jsonrpc: "2.0",
      id: "init",
      method: "initialize",
      params: {
        protocolVersion: "2024-10-07",
        capabilities: {},
        clientInfo: { name: "inspector", version: "1" },
      },
    });
    await bridge.answerTo("init", 30_000);
    bridge.send({ jsonrpc: "2.0", method: "notifications/initialized" });
    const shown: string[] = [];
    let id = 0;
    for (const name of Object.keys(RESULTS)) {
      bridge.send({ jsonrpc: "2.0", id: ++id, method: "tools/call", params: { name, arguments: {} } });
      if (JSON.stringify(await bridge.answerTo(id)).includes(SECRET_TEXT)) shown.push(name);
    }
    bridge.close();
    await bridge.exited;
    expect(shown, "results that showed the client the denied file's text").toEqual([]);
  });
});
