// Attack: card numbers are blocked towards the server and redacted towards the client (README, detection).
// A card number split over two strings is read whole by a model, which concatenates a result's content
// items and reads an object's fields side by side, but each string is scanned alone: two content items of
// one result, two fields of one argument object. Grouped with dots, or one digit at a time, it is one
// string, and still not read as a card. These are open: the tests below are expected to fail (it.fails)
// until detection reads across neighbouring strings and those groupings. An agent that wants to send a
// number out can always split it over two calls, which no per-message check can join; a result split over
// content items is the server's choice, and the guard's redaction is what keeps it from the model.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeGuardedHome, RawBridge, recorded, recorderServerYaml } from "../src/index.js";

const CARD = "4111111111111111";
const dir = makeGuardedHome().dir;
const log = join(dir, "recorder.log");
writeFileSync(
  `${log}.definitions.json`,
  JSON.stringify({
    tools: [
      { name: "echo", description: "Returns its arguments.", inputSchema: { type: "object" } },
      { name: "customer", description: "A customer record.", inputSchema: { type: "object" } },
    ],
    results: {
      customer: {
        content: [
          { type: "text", text: "Card on file: 4111 1111" },
          { type: "text", text: "1111 1111, expires 12/29" },
        ],
      },
    },
  }),
);
const home = makeGuardedHome(recorderServerYaml("recorder", log));
afterAll(() => home.cleanup());

async function call(name: string, args: object): Promise<Record<string, unknown>> {
  const bridge = new RawBridge(home, "recorder");
  await bridge.initialize();
  bridge.send({ jsonrpc: "2.0", id: 1, method: "tools/call", params: { name, arguments: args } });
  let line: Record<string, unknown>;
  do line = await bridge.next();
  while (line.id !== 1);
  bridge.close();
  await bridge.exited;
  return line;
}

const digits = (value: unknown) => JSON.stringify(value).replace(/[^0-9]/g, "");
const reason = (line: Record<string, unknown>) =>
  (line.error as { data?: { reason?: unknown } } | undefined)?.data?.reason ?? "forwarded";

describe("a card number split or grouped unusually", () => {
  it.fails("split over two fields of one argument object, is not forwarded (open)", async () => {
    const answer = await call("echo", { card_start: "4111 1111", card_end: "1111 1111" });
    expect(reason(answer)).toBe("sensitive_data");
  });

  it.fails("grouped with dots, is not forwarded (open)", async () => {
    const answer = await call("echo", { note: "card 4111.1111.1111.1111" });
    expect(reason(answer)).toBe("sensitive_data");
  });

  it.fails("one digit at a time, is not forwarded (open)", async () => {
    const answer = await call("echo", { note: `card ${[...CARD].join(" ")}` });
    expect(reason(answer)).toBe("sensitive_data");
  });

  it.fails("split over two content items of a result, does not reach the client whole (open)", async () => {
    const answer = await call("customer", {});
    expect(digits((answer.result as { content?: unknown } | undefined)?.content)).not.toContain(CARD);
  });

  it("the server saw each of the forwarded ones (what the open cases let through)", () => {
    const calls = recorded(log).filter((m) => typeof m === "object" && m.method === "tools/call");
    expect(calls.filter((m) => digits((m as { params?: unknown }).params).includes(CARD))).toHaveLength(3);
  });
});
