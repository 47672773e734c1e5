// Attack: secrets and personal data are redacted (or blocked) in everything a message carries, both ways
// (docs/detection.md). The less common paths of MCP, tried through the real bridge and the recording
// server: the server's sampling and elicitation requests (system prompt, message, the requested schema's
// descriptions, defaults and enums), the client's answers to them going back to the server (a sampling
// result, an accepted elicitation's values, a number among them, an error), `_meta` of notifications,
// results and requests, a tool's error (message and data), a log line's logger and object keys, a progress
// token, a resources/updated URI, completion values, resource template descriptions and a text resource
// sent as base64 `blob`. All of them held before this test was written (0 values through); it keeps them so,
// and checks that ordinary values on the same paths still pass unchanged.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeGuardedHome, RawBridge, recorded, recorderServerYaml } from "../src/index.js";

const GITHUB = `ghp_${"Tz5Yx8Wv2Us7Rq4Po1Nm6Lk3Ji9Hg0Fe2Dc5Ba8"}`;
const AWS = `AKIA${"QWERTYUIOPASDFGH"}`;
const CARD = "4111111111111111";
const SSN = "078-05-1120";
const VALUES = [GITHUB, AWS, CARD, SSN];
const TEXT = `token ${GITHUB} key ${AWS} card ${CARD} ssn ${SSN}`;
const leaked = (value: unknown) => VALUES.filter((v) => JSON.stringify(value).includes(v));

const dir = makeGuardedHome().dir;
const log = join(dir, "recorder.log");
writeFileSync(
  `${log}.definitions.json`,
  JSON.stringify({
    tools: [
      { name: "fails", description: "Fails.", inputSchema: { type: "object" } },
      { name: "meta", description: "Answers.", inputSchema: { type: "object" } },
    ],
    resourceTemplates: [{ uriTemplate: "file:///{path}", name: "files", description: TEXT }],
    errors: { fails: { code: -32000, message: `failed: ${GITHUB}`, data: { detail: TEXT } } },
    results: { meta: { content: [{ type: "text", text: "fine" }], _meta: { note: TEXT } } },
    reads: {
      "file:///notes.txt": {
        contents: [
          { uri: "file:///notes.txt", mimeType: "text/plain", blob: Buffer.from(TEXT).toString("base64") },
        ],
      },
    },
    answers: { "completion/complete": { completion: { values: [TEXT, "plain value"], total: 2 } } },
  }),
);
const request = (id: string, method: string, params: object) => ({ jsonrpc: "2.0", id, method, params });
const notification = (method: string, params: object) => ({ jsonrpc: "2.0", method, params });
const ask = { messages: [{ role: "user", content: { type: "text", text: "Summarise." } }], maxTokens: 9 };
const schema = { type: "object", properties: { name: { type: "string" }, n: { type: "number" } } };
writeFileSync(
  `${log}.to-client.json`,
  JSON.stringify([
    request("system-prompt", "sampling/createMessage", { ...ask, systemPrompt: TEXT }),
    request("elicit-message", "elicitation/create", { message: TEXT, requestedSchema: schema }),
    request("elicit-schema", "elicitation/create", {
      message: "Your details?",
      requestedSchema: {
        type: "object",
        properties: { a: { type: "string", description: TEXT, default: GITHUB, enum: [AWS, "b"] } },
      },
    }),
    // The client answers these three with the values (see below).
    request("sampling-answer", "sampling/createMessage", ask),
    request("elicit-answer", "elicitation/create", { message: "Your card?", requestedSchema: schema }),
    request("error-answer", "sampling/createMessage", ask),
    request("plain-answer", "elicitation/create", { message: "Your name?", requestedSchema: schema }),
    notification("notifications/progress", { progressToken: GITHUB, progress: 1, _meta: { t: TEXT } }),
    notification("notifications/message", { level: "info", logger: AWS, data: { [GITHUB]: Number(CARD) } }),
    notification("notifications/resources/updated", { uri: `file:///tmp/${GITHUB}`, _meta: { t: TEXT } }),
    notification("notifications/message", { level: "info", data: "ordinary line 42" }),
  ]),
);
const policy = "    policy:\n      sampling: { enabled: true }\n      elicitation: { enabled: true }";
const home = makeGuardedHome(recorderServerYaml("recorder", log, undefined, policy));
afterAll(() => home.cleanup());

const ANSWERS: Record<string, object> = {
  "sampling-answer": { result: { role: "assistant", content: { type: "text", text: TEXT }, model: "m" } },
  "elicit-answer": { result: { action: "accept", content: { name: GITHUB, n: Number(CARD) } } },
  "error-answer": { error: { code: -1, message: `no: ${AWS}`, data: { t: TEXT } } },
  "plain-answer": { result: { action: "accept", content: { name: "Alice Example", n: 42 } } },
};

describe("secrets on the less common paths", () => {
  it("never reach the client from the server, nor the server from the client", async () => {
    const bridge = new RawBridge(home, "recorder");
    bridge.send(
      request("init", "initialize", {
        protocolVersion: "2025-06-18",
        capabilities: { sampling: {}, elicitation: {} },
        clientInfo: { name: "raw", version: "1" },
      }),
    );
    await bridge.next();
    bridge.send(notification("notifications/initialized", {}));
    const toClient: Array<Record<string, unknown>> = [];
    for (;;) {
      const line = await bridge.next();
      toClient.push(line);
      const answer = typeof line.id === "string" ? ANSWERS[line.id] : undefined;
      if (answer && line.method) bridge.send({ jsonrpc: "2.0", id: line.id, ...answer });
      if (JSON.stringify(line).includes("ordinary line 42")) break;
    }
    const calls: Array<[string, object]> = [
      ["tools/call", { name: "fails", arguments: {} }],
      ["tools/call", { name: "meta", arguments: {} }],
      ["resources/read", { uri: "file:///notes.txt" }],
      ["resources/templates/list", {}],
      [
        "completion/complete",
        { ref: { type: "ref/prompt", name: "greeting" }, argument: { name: "a", value: "b" } },
      ],
      ["tools/call", { name: "meta", arguments: { x: "ok" }, _meta: { note: TEXT } }],
      ["tools/call", { name: "meta", arguments: { list: [{ deep: [{ note: TEXT }] }] } }],
    ];
    const answers: Array<Record<string, unknown>> = [];
    for (const [i, [method, params]] of calls.entries()) {
      bridge.send(request(`call-${i}`, method, params));
      answers.push(await bridge.answerTo(`call-${i}`));
    }
    bridge.close();
    await bridge.exited;

    expect(leaked(toClient)).toEqual([]);
    expect(leaked(answers)).toEqual([]);
    expect(leaked(recorded(log))).toEqual([]);
    // The server got an answer to each of its requests, and the ordinary one unchanged.
    const server = recorded(log).filter((m) => typeof m === "object" && typeof m.id === "string");
    const byId = Object.fromEntries(server.map((m) => [(m as { id: string }).id, m]));
    expect(Object.keys(ANSWERS).every((id) => id in byId)).toBe(true);
    expect(byId["plain-answer"]).toEqual({ jsonrpc: "2.0", id: "plain-answer", ...ANSWERS["plain-answer"] });
    // Ordinary values on the same paths came through.
    expect(JSON.stringify(toClient)).toContain("ordinary line 42");
    expect(JSON.stringify(answers[4])).toContain("plain value");
    expect(answers[1]).toHaveProperty("result.content", [{ type: "text", text: "fine" }]);
  });
});
