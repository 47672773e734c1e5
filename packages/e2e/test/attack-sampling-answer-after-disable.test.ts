// Attack (round 49): a sampling answer that reaches the server after its policy turned sampling off. The guard
// keeps a server from sampling the client's model unless `policy.sampling.enabled` (docs/policy.md), and
// judges the server's sampling/createMessage when it is sent. A client may take long to answer one (a person
// reviews it, the model runs a long completion); meanwhile the operator, seeing the server use the model for
// something it should not, turns sampling off for it and saves the config. The reload is in force at once for
// new requests, but the answer to the request already forwarded still goes to the server: the completion the
// operator meant to withhold reaches it. A call held for a person is judged again when it leaves for the same
// reason (attack-held-calls). Fixed behaviour: a client's answer to sampling/createMessage (and to
// elicitation/create) is checked against the policy in force when it arrives, and when the policy now turns
// that kind off the server gets an error in its place. Through the real bridge and the recording server,
// which asks for a completion right after initialization. The same for the user's reply to elicitation/create
// after `elicitation.enabled` goes false (fixer, round 49).
import { writeFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { editConfig, RawBridge, recorded, recorderWithDefinitions } from "../src/index.js";

const COMPLETION = "completion-text-5b2e: the quarterly numbers are below target";
const REPLY = "reply-text-9c1d: the launch code is in the blue binder";

/** One kind of server request the client answers: how the server asks, how the client answers. */
interface Kind {
  policy: "sampling" | "elicitation";
  capability: object;
  ask: object;
  answer: object;
  secret: string;
}

const KINDS: Record<string, Kind> = {
  "a sampling answer after sampling is turned off": {
    policy: "sampling",
    capability: { sampling: {} },
    ask: {
      method: "sampling/createMessage",
      params: {
        messages: [{ role: "user", content: { type: "text", text: "Summarise the report." } }],
        maxTokens: 100,
      },
    },
    answer: {
      role: "assistant",
      content: { type: "text", text: COMPLETION },
      model: "m",
      stopReason: "endTurn",
    },
    secret: COMPLETION,
  },
  "an elicitation reply after elicitation is turned off": {
    policy: "elicitation",
    capability: { elicitation: {} },
    ask: {
      method: "elicitation/create",
      params: {
        message: "Where is the plan kept?",
        requestedSchema: { type: "object", properties: { place: { type: "string" } } },
      },
    },
    answer: { action: "accept", content: { place: REPLY } },
    secret: REPLY,
  },
};

const homes: { cleanup(): void }[] = [];
afterAll(() => homes.forEach((home) => home.cleanup()));

for (const [title, kind] of Object.entries(KINDS)) {
  const method = (kind.ask as { method: string }).method;
  const { home, log } = recorderWithDefinitions(
    "recorder",
    { tools: [{ name: "echo", description: "Returns its arguments.", inputSchema: { type: "object" } }] },
    `    policy:\n      ${kind.policy}: { enabled: true }`,
  );
  homes.push(home);
  writeFileSync(`${log}.to-client.json`, JSON.stringify([{ jsonrpc: "2.0", id: "ask-1", ...kind.ask }]));

  describe(title, () => {
    it("does not reach the server", async () => {
      const bridge = new RawBridge(home, "recorder");
      bridge.send({
        jsonrpc: "2.0",
        id: "init",
        method: "initialize",
        params: {
          protocolVersion: "2025-06-18",
          capabilities: { ...kind.capability, roots: { listChanged: true } },
          clientInfo: { name: "agent", version: "1" },
        },
      });
      await bridge.next(30_000);
      bridge.send({ jsonrpc: "2.0", method: "notifications/initialized" });
      let asked: Record<string, unknown>;
      do asked = await bridge.next();
      while (asked.method !== method);

      // The operator turns the kind off for this server (the recorder's own entry).
      const on = new RegExp(
        `( {6}RECORDER_TO_CLIENT: .*\\n {4}policy:\\n {6}${kind.policy}: \\{ enabled: )true`,
      );
      await editConfig(home, (yaml) => yaml.replace(on, "$1false"));
      bridge.send({ jsonrpc: "2.0", id: asked.id, result: kind.answer });
      // A request after the answer, so the answer has been handled when the log is read.
      bridge.send({ jsonrpc: "2.0", id: 2, method: "ping" });
      await bridge.answerTo(2);
      // The control: the reload is in force, so the server's next request of the kind (the recorder asks
      // again on roots/list_changed) never reaches the client.
      bridge.send({ jsonrpc: "2.0", method: "notifications/roots/list_changed" });
      bridge.send({ jsonrpc: "2.0", id: 3, method: "ping" });
      const after: unknown[] = [];
      let line: Record<string, unknown>;
      do after.push((line = await bridge.next()).method);
      while (line.id !== 3);
      bridge.close();
      await bridge.exited;
      const reached = recorded(log).some((m) => JSON.stringify(m).includes(kind.secret));
      expect({ askedAgain: after.includes(method), reached }).toEqual({ askedAgain: false, reached: false });
    });
  });
}
