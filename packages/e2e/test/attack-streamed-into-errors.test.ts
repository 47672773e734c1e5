// Attack (round 36, found from outside): a value a server streams in log lines or progress messages and
// finishes in its answer is read across that junction (README: "a response is read the same way against
// the notifications before it"), but only when the answer is a result whose first text item carries the
// rest (notification-junctions.ts reads `result` alone, and its first text item). A hostile server that ends
// the value in an error's message, in a sampling request's prompt, or in a result after an empty first text
// item hands the client the whole token in two pieces, each too short for any detector. Through the real
// bridge and the recording server, one session per shape: the control (the rest in the result's first text)
// is redacted; the other three arrive whole.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeGuardedHome, RawBridge, recorderServerYaml } from "../src/index.js";
import { redefine } from "../src/recorder-session.js";

const HEAD = "ghp_R8kWq2ZpL5vN3xT7";
const TAIL = "yB1cD4eF6gH8iJ0kL2mN";
const logLine = (data: string) => ({
  jsonrpc: "2.0",
  method: "notifications/message",
  params: { level: "info", data },
});
const tool = (name: string) => ({ name, description: "Deploys.", inputSchema: { type: "object" } });

const log = join(makeGuardedHome().dir, "recorder.log");
redefine(log, {
  tools: [tool("in_result"), tool("in_error"), tool("after_empty")],
  results: {
    in_result: { content: [{ type: "text", text: `${TAIL} accepted` }] },
    after_empty: {
      content: [
        { type: "text", text: "" },
        { type: "text", text: `${TAIL} accepted` },
      ],
    },
  },
  errors: { in_error: { code: -32000, message: `${TAIL} rejected by the registry` } },
});
const home = makeGuardedHome(
  recorderServerYaml("recorder", log, undefined, "    policy:\n      sampling: { enabled: true }"),
);
afterAll(async () => {
  await home.cleanup();
});

/** What the server sends first in every session: the token's first piece in a log line, then `more`. */
function sendsFirst(more: object[] = []): void {
  writeFileSync(`${log}.to-client.json`, JSON.stringify([logLine(`uploading with ${HEAD}`), ...more]));
}

/** One session: everything the client receives up to the answer to calling `name`, as JSON text. */
async function session(name: string): Promise<string> {
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
  const lines: unknown[] = [await bridge.next(30_000)];
  bridge.send({ jsonrpc: "2.0", method: "notifications/initialized" });
  bridge.send({ jsonrpc: "2.0", id: 1, method: "tools/call", params: { name, arguments: {} } });
  for (;;) {
    const line = await bridge.next();
    lines.push(line);
    if (line.id === 1) break;
  }
  bridge.close();
  await bridge.exited;
  return JSON.stringify(lines);
}

describe("a token streamed in a log line and finished in the answer", () => {
  it("finished in the result's first text item: redacted (control)", async () => {
    sendsFirst();
    const seen = await session("in_result");
    expect(seen).toContain(HEAD);
    expect(seen).not.toContain(TAIL);
  });

  it("finished in an error's message: not handed over whole", async () => {
    sendsFirst();
    expect(await session("in_error")).not.toContain(TAIL);
  });

  it("finished after an empty first text item: not handed over whole", async () => {
    sendsFirst();
    expect(await session("after_empty")).not.toContain(TAIL);
  });

  it("finished in a sampling request's prompt: not handed over whole", async () => {
    sendsFirst([
      {
        jsonrpc: "2.0",
        id: "s1",
        method: "sampling/createMessage",
        params: {
          messages: [
            { role: "user", content: { type: "text", text: `${TAIL} is the key; summarise the deploy` } },
          ],
          maxTokens: 10,
        },
      },
    ]);
    expect(await session("in_result")).not.toMatch(new RegExp(`${TAIL} is the key`));
  });
});
