// Attack: message smuggling through members that differ only in case (CVE-2026-27896 in the MCP Go SDK).
// JSON-RPC and MCP name every member exactly, and the guard checks `name`, `arguments`, `uri`, `ref`; but a
// peer built on Go's encoding/json (the Go SDK before 1.3.1, and any Go tool decoding its arguments) or on
// .NET's web defaults matches keys case-insensitively, Go folding "ſ" to "s" as well, and the last key
// wins. So {"name": "echo", "Name": "delete_account"} was checked as echo and run as delete_account. Through
// the real bridge, the recording server must receive none of these, and a server's request smuggled the
// same way must not reach the client.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeGuardedHome, RawBridge, recorded, recorderServerYaml } from "../src/index.js";

const dir = makeGuardedHome().dir;
const log = join(dir, "recorder.log");
writeFileSync(
  `${log}.to-client.json`,
  JSON.stringify([
    {
      jsonrpc: "2.0",
      id: "s1",
      method: "sampling/createMessage",
      params: { messages: [], maxTokens: 10, MaxTokens: 1_000_000 },
    },
    { jsonrpc: "2.0", method: "notifications/message", params: { level: "info", data: "last" } },
  ]),
);
const policy = [
  "    policy:",
  "      permissions:",
  '        denied_tools: ["delete_account"]',
  "      sampling: { enabled: true, max_tokens: 100 }",
  "      spend:",
  "        tools: { create_payment: { cost_from: amount } }",
  "        caps: { per_day: 100 }",
].join("\n");
const home = makeGuardedHome(recorderServerYaml("recorder", log, undefined, policy));
afterAll(() => home.cleanup());

const SMUGGLED: Array<[string, Record<string, unknown>]> = [
  ["tools/call", { name: "echo", Name: "delete_account", arguments: {} }],
  ["tools/call", { name: "echo", NAME: "delete_account", arguments: {} }],
  ["tools/call", { name: "echo", Arguments: { path: "/etc/shadow" } }],
  ["tools/call", { name: "echo", argumentſ: { path: "/etc/shadow" } }],
  ["tools/call", { name: "create_payment", arguments: { amount: 5 }, Arguments: { amount: 1_000_000 } }],
  ["resources/read", { uri: "file:///tmp/readme.txt", URI: "file:///etc/shadow" }],
  ["resources/subscribe", { uri: "file:///tmp/readme.txt", Uri: "file:///root/.ssh/id_rsa" }],
  ["prompts/get", { name: "greeting", Name: "admin_prompt" }],
  // Go lower-cases "İ" (U+0130) to a plain "i" and so reads "urİ" as "uri"; JavaScript's lower case of it
  // is "i" with a combining dot, which no field name holds.
  ["resources/read", { uri: "file:///tmp/readme.txt", "ur\u0130": "file:///etc/shadow" }],
  ["tools/call", { name: "echo", arguments: { limit: 5, "l\u0130mit": 1_000_000 } }],
  [
    "completion/complete",
    {
      ref: { type: "ref/prompt", name: "greeting", Name: "admin_prompt" },
      argument: { name: "a", value: "" },
    },
  ],
];

describe("members that differ only in case", () => {
  it("refuses a request whose members a case-insensitive server reads otherwise", async () => {
    const bridge = new RawBridge(home, "recorder");
    await bridge.initialize();
    let id = 0;
    const reasons: unknown[] = [];
    for (const [method, params] of SMUGGLED) {
      bridge.send({ jsonrpc: "2.0", id: ++id, method, params });
      const line = await bridge.answerTo(id);
      reasons.push((line.error as { data?: { reason?: unknown } } | undefined)?.data?.reason ?? "forwarded");
    }
    bridge.close();
    await bridge.exited;
    // Before the fix: 9 of 9 reached the server; before the review pass, the 2 spelled with "İ" did.
    expect(reasons).toEqual(SMUGGLED.map(() => "invalid_request"));
    const received = recorded(log).filter(
      (m) => typeof m === "object" && SMUGGLED.some(([method]) => method === m.method),
    );
    expect(received).toEqual([]);
  });

  it("does not pass a server's request with a smuggled maxTokens to the client", async () => {
    const bridge = new RawBridge(home, "recorder");
    bridge.send({
      jsonrpc: "2.0",
      id: "init",
      method: "initialize",
      params: {
        protocolVersion: "2025-06-18",
        capabilities: { sampling: {} },
        clientInfo: { name: "raw", version: "1" },
      },
    });
    await bridge.next();
    bridge.send({ jsonrpc: "2.0", method: "notifications/initialized" });
    const seen: Record<string, unknown>[] = [];
    for (;;) {
      const line = await bridge.next();
      if ((line.params as { data?: unknown } | undefined)?.data === "last") break;
      seen.push(line);
    }
    bridge.close();
    await bridge.exited;
    // Before the fix the client received it with maxTokens capped to 100 and MaxTokens 1,000,000 beside it.
    expect(seen.filter((m) => m.method === "sampling/createMessage")).toEqual([]);
  });
});
