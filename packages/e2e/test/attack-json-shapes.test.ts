// Attack: JSON that parsers read differently. Duplicate keys ({"name": "echo", "name": "delete_account"}),
// where the guard and the server could each read a different one; a "__proto__" key, which some JavaScript
// code turns into a prototype instead of a field; arguments nested a hundred thousand levels deep, which
// overflow a recursive check; a lone surrogate next to a card number. Tried through the real bridge, all
// held (the daemon re-serialises what it forwards, so the server reads the very key the guard judged; a
// check that overflows fails closed): 0 of 5 forbidden requests reached the server. Kept as a regression test.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeGuardedHome, RawBridge, recorded, recorderServerYaml, refusal } from "../src/index.js";

const log = join(makeGuardedHome().dir, "recorder.log");
const policy = ["    policy:", "      permissions:", '        denied_tools: ["delete_account"]'].join("\n");
const home = makeGuardedHome(recorderServerYaml("recorder", log, undefined, policy));
afterAll(() => home.cleanup());

const CARD = "4111 1111 1111 1111";
const deep = (n: number) => `${"[".repeat(n)}"${CARD}"${"]".repeat(n)}`;
const call = (id: number, params: string) =>
  `{"jsonrpc":"2.0","id":${id},"method":"tools/call","params":${params}}`;
const FORBIDDEN = [
  call(1, '{"name":"echo","name":"delete_account","arguments":{}}'),
  call(2, `{"name":"echo","arguments":{"__proto__":{"card":"${CARD}"}}}`),
  call(3, `{"name":"echo","arguments":{"x":${deep(5_000)}}}`),
  call(4, `{"name":"echo","arguments":{"x":${deep(100_000)}}}`),
  call(5, `{"name":"echo","arguments":{"a":"\\ud800${CARD}"}}`),
];

describe("JSON that parsers read differently", () => {
  it("is judged as the server will read it, or refused", async () => {
    const bridge = new RawBridge(home, "recorder");
    await bridge.initialize();
    const outcomes: unknown[] = [];
    for (const line of [...FORBIDDEN, call(6, '{"name":"delete_account","name":"echo","arguments":{}}')]) {
      bridge.send(line);
      outcomes.push(refusal(await bridge.next(30_000)));
    }
    bridge.send({ jsonrpc: "2.0", id: 7, method: "ping" });
    expect(await bridge.next()).toMatchObject({ id: 7, result: {} });
    bridge.close();
    await bridge.exited;
    expect(outcomes).toEqual([
      "tool_denied",
      "sensitive_data",
      // Nested 5,000 and 100,000 levels: refused as malformed before they are parsed (round 43: a client's line
      // nested over 1,000 levels deep; session/nesting.ts), where the checks' own throw refused them before.
      "invalid_request",
      "invalid_request",
      "sensitive_data",
      "forwarded",
    ]);
    const calls = recorded(log).filter((m) => typeof m === "object" && m.method === "tools/call");
    // The last one, as the server received it: one name, the one the guard judged.
    expect(calls).toHaveLength(1);
    expect((calls[0] as { params: unknown }).params).toEqual({ name: "echo", arguments: {} });
    expect(readFileSync(log, "utf8")).not.toContain("delete_account");
  });
});
