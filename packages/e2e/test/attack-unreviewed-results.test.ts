// Attack (round 25, found from outside): results whose text addresses the model are refused with
// `result_injection: block`, and hidden characters (Unicode tag characters, zero-width ones) are stripped from
// results, or refused with `hidden_characters: block` (docs/tool-integrity.md). Two ways a tool hands the
// model text escaped both:
// - a JSON-RPC error answering tools/call: its message is what the client's model reads of a failed call
//   ("MCP error -32000: …"), but only a result is reviewed;
// - a member named `data` anywhere in a result: the review reads every string of a result except those
//   under a key called `data` (meant for an image's base64), at any depth, so a structuredContent shaped as
//   most web APIs answer (`{ "data": { … } }`) is never read.
// The same texts in a result's `content` are refused, which the first check of each case shows.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  carriesOrder,
  HIDDEN_ORDER,
  INJECTION,
  makeGuardedHome,
  RawBridge,
  recorderServerYaml,
  refusal,
} from "../src/index.js";

const TAGGED = `Weather: sunny${HIDDEN_ORDER}`;

const text = (t: string) => ({ content: [{ type: "text", text: t }] });
const tools = [
  "in_content",
  "tagged_content",
  "in_error",
  "tagged_error",
  "in_data",
  "tagged_data",
  "in_image_shaped_data",
];
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
      in_content: text(INJECTION),
      tagged_content: text(TAGGED),
      in_data: { ...text("1 record"), structuredContent: { data: { record: { note: INJECTION } } } },
      tagged_data: { ...text("1 record"), structuredContent: { data: [{ note: TAGGED }] } },
      // Shaped as an image block, but its "bytes" are a sentence: inside structuredContent the model reads it.
      in_image_shaped_data: {
        ...text("1 record"),
        structuredContent: { type: "image", mimeType: "image/png", data: INJECTION },
      },
    },
    errors: {
      in_error: { code: -32000, message: `Lookup failed. ${INJECTION}` },
      tagged_error: { code: -32000, message: TAGGED },
    },
  }),
);
const policy = [
  "    policy:",
  "      integrity:",
  "        result_injection: block",
  "        hidden_characters: block",
];
const home = makeGuardedHome(recorderServerYaml("recorder", log, undefined, policy.join("\n")));
afterAll(() => home.cleanup());

describe("text a tool hands the model outside its result's reviewed strings", () => {
  it("is reviewed like the result's content", async () => {
    const bridge = new RawBridge(home, "recorder");
    await bridge.initialize();
    const reached: Record<string, boolean> = {};
    const outcomes: Record<string, unknown> = {};
    for (const [i, name] of tools.entries()) {
      bridge.send({ jsonrpc: "2.0", id: i + 1, method: "tools/call", params: { name, arguments: {} } });
      const answer = await bridge.answerTo(i + 1);
      outcomes[name] = refusal(answer);
      const seen = JSON.stringify(answer);
      reached[name] = carriesOrder(seen);
    }
    bridge.close();
    await bridge.exited;
    // The controls: in a result's content both are refused.
    expect(outcomes.in_content).toBe("result_injection");
    expect(outcomes.tagged_content).toBe("hidden_characters");
    expect(reached).toEqual(Object.fromEntries(tools.map((name) => [name, false])));
  });
});
