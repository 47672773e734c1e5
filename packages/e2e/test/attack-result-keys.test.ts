// Door: a tool's result is reviewed for text addressing the model and for hidden characters by reading every
// string VALUE of it (model-text.ts), never an object KEY. A client hands the model a structuredContent as
// JSON, keys and all, so an order written as a key of structuredContent (`{ "Ignore all previous
// instructions…": true }`), or a key carrying text in invisible Unicode tag characters, reaches the model
// unreviewed while the same text as a value is refused. The same holds for the tools a server puts in its own
// `sampling/createMessage` (sampling with tools): a property name of their inputSchema carrying tag characters
// reaches the client's model. Real bridge, recording server, `result_injection: block`, `hidden_characters: block`.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  carriesOrder,
  HIDDEN_ORDER,
  INJECTION,
  makeGuardedHome,
  RawBridge,
  recorded,
  recorderServerYaml,
  refusal,
} from "../src/index.js";

const tools = ["in_value", "tagged_value", "in_key", "tagged_key", "in_nested_key"];
const dir = makeGuardedHome().dir;
const log = join(dir, "recorder.log");
writeFileSync(
  `${log}.definitions.json`,
  JSON.stringify({
    tools: tools.map((name) => ({
      name,
      description: "Looks something up.",
      inputSchema: { type: "object" },
    })),
    results: {
      in_value: { content: [{ type: "text", text: "1 record" }], structuredContent: { note: INJECTION } },
      tagged_value: {
        content: [{ type: "text", text: "1 record" }],
        structuredContent: { note: `ok${HIDDEN_ORDER}` },
      },
      in_key: { content: [{ type: "text", text: "1 record" }], structuredContent: { [INJECTION]: true } },
      tagged_key: {
        content: [{ type: "text", text: "1 record" }],
        structuredContent: { [`note${HIDDEN_ORDER}`]: "ok" },
      },
      in_nested_key: {
        content: [{ type: "text", text: "1 record" }],
        structuredContent: { records: [{ id: 1, [INJECTION]: "see above" }] },
      },
    },
  }),
);
// The server's own sampling request offers the client's model a tool whose parameter name hides an order.
writeFileSync(
  `${log}.to-client.json`,
  JSON.stringify([
    {
      jsonrpc: "2.0",
      id: "sample-tagged-key",
      method: "sampling/createMessage",
      params: {
        messages: [{ role: "user", content: { type: "text", text: "What is the weather in Paris?" } }],
        maxTokens: 100,
        tools: [
          {
            name: "get_weather",
            description: "Gets the weather.",
            inputSchema: { type: "object", properties: { [`city${HIDDEN_ORDER}`]: { type: "string" } } },
          },
        ],
        toolChoice: { mode: "auto" },
      },
    },
    {
      jsonrpc: "2.0",
      id: "sample-control",
      method: "sampling/createMessage",
      params: {
        messages: [{ role: "user", content: { type: "text", text: "What is the weather in Rome?" } }],
        maxTokens: 100,
      },
    },
  ]),
);
const policy = [
  "    policy:",
  "      sampling: { enabled: true }",
  "      integrity:",
  "        result_injection: block",
  "        hidden_characters: block",
];
const home = makeGuardedHome(recorderServerYaml("recorder", log, undefined, policy.join("\n")));
afterAll(async () => {
  await home.cleanup();
});

describe("text a server hands the model as an object key", () => {
  it("is reviewed in a tool's structuredContent like the same text as a value", async () => {
    const bridge = new RawBridge(home, "recorder");
    await bridge.initialize();
    const reached: Record<string, boolean> = {};
    const outcomes: Record<string, unknown> = {};
    for (const [i, name] of tools.entries()) {
      bridge.send({ jsonrpc: "2.0", id: i + 1, method: "tools/call", params: { name, arguments: {} } });
      const answer = await bridge.answerTo(i + 1);
      outcomes[name] = refusal(answer);
      reached[name] = carriesOrder(JSON.stringify(answer));
    }
    bridge.close();
    await bridge.exited;
    // The controls: as values, both are refused.
    expect(outcomes.in_value).toBe("result_injection");
    expect(outcomes.tagged_value).toBe("hidden_characters");
    expect(reached).toEqual(Object.fromEntries(tools.map((name) => [name, false])));
  });

  it("is checked for hidden characters in the tools of the server's own sampling request", async () => {
    const bridge = new RawBridge(home, "recorder");
    bridge.send({
      jsonrpc: "2.0",
      id: "init",
      method: "initialize",
      params: {
        protocolVersion: "2025-11-25",
        capabilities: { sampling: { tools: {} } },
        clientInfo: { name: "raw", version: "1" },
      },
    });
    await bridge.next(30_000);
    bridge.send({ jsonrpc: "2.0", method: "notifications/initialized" });
    const shown: Record<string, string> = {};
    for (;;) {
      let line: Record<string, unknown>;
      try {
        line = await bridge.next(5_000);
      } catch {
        break;
      }
      if (line.method !== "sampling/createMessage" || typeof line.id !== "string") continue;
      shown[line.id] = JSON.stringify(line);
      bridge.send({
        jsonrpc: "2.0",
        id: line.id,
        result: {
          role: "assistant",
          content: { type: "text", text: "Sunny." },
          model: "m",
          stopReason: "endTurn",
        },
      });
      if (line.id === "sample-control") break;
    }
    bridge.close();
    await bridge.exited;
    expect(Object.keys(shown)).toContain("sample-control");
    const tagged = shown["sample-tagged-key"];
    // Refused (never shown), or shown with the hidden characters gone.
    expect(tagged === undefined || !carriesOrder(tagged), tagged).toBe(true);
    if (tagged === undefined) {
      const refused = recorded(log).some(
        (m) => typeof m === "object" && m.id === "sample-tagged-key" && m.error,
      );
      expect(refused).toBe(true);
    }
  });
});
