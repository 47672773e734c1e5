// Attack: a member whose key holds a NUL ("name\u0000", "amount\u0000x"). JSON allows any character in a key,
// and the guard reads such a key as a member of its own, which it never looks at; it forwards it as it came.
// A server in C reads it otherwise: cJSON, a JSON library widely used in C and embedded code, decodes
// \u0000 into a NUL byte and keeps keys as C strings, so "amount\u0000x" is "amount" there, and its lookup
// (cJSON_GetObjectItemCaseSensitive, first match in document order) takes the first of the two. So
// {"name\u0000": "delete_account", "name": "echo"} is echo for the guard and delete_account for the server,
// and {"amount\u0000": 9000, "amount": 1} is a 1 USD payment for the spend cap (10 a day) and a 9,000 USD one
// for the server. Why it matters: the deny list and the spend cap are bound to what the server runs, not to
// what the guard reads. No MCP message has a key with a control character in it, so the fixed behaviour is
// to refuse such a message (invalid_request, as two keys differing only in case are refused,
// case-variants.ts): the recording server then never receives a key with a NUL, and the plain calls still
// pass.
import { afterAll, describe, expect, it } from "vitest";
import { RawBridge, recorded, recorderWithDefinitions, refusal, toolDefinition } from "../src/index.js";

const POLICY = [
  "    policy:",
  "      permissions:",
  '        denied_tools: ["delete_account"]',
  "      spend:",
  "        currency: USD",
  "        tools:",
  "          create_payment: { cost_from: amount }",
  "        caps: { per_day: 10 }",
].join("\n");
const { home, log } = recorderWithDefinitions(
  "recorder",
  {
    tools: [
      toolDefinition("echo", "Returns its arguments."),
      toolDefinition("delete_account", "Deletes an account.", { account: { type: "string" } }),
      toolDefinition("create_payment", "Pays an amount in USD.", {
        payee: { type: "string" },
        amount: { type: "number" },
      }),
    ],
  },
  POLICY,
);
afterAll(() => home.cleanup());

const call = (id: number, params: string) =>
  `{"jsonrpc":"2.0","id":${id},"method":"tools/call","params":${params}}`;
const LINES = [
  call(1, '{"name":"echo","arguments":{"text":"hello"}}'),
  call(2, '{"name\\u0000":"delete_account","name":"echo","arguments":{"account":"acct_1"}}'),
  call(3, '{"name":"create_payment","arguments":{"payee":"ACME Ltd","amount\\u0000":9000,"amount":1}}'),
  call(4, '{"name":"create_payment","arguments":{"payee":"ACME Ltd","amount\\u0000cents":9000,"amount":2}}'),
];

describe("a key with a NUL in it", () => {
  it("never reaches the server, where a C reader would take it for the member the guard judged", async () => {
    const bridge = new RawBridge(home, "recorder");
    await bridge.initialize();
    const outcomes: unknown[] = [];
    for (const [i, line] of LINES.entries()) {
      bridge.send(line);
      outcomes.push(refusal(await bridge.answerTo(i + 1, 30_000)));
    }
    bridge.close();
    await bridge.exited;
    expect(outcomes[0]).toBe("forwarded");
    const keysWithNul = recorded(log)
      .filter((m): m is Record<string, unknown> => typeof m === "object" && m.method === "tools/call")
      .flatMap((m) => {
        const params = m.params as Record<string, unknown>;
        return [...Object.keys(params), ...Object.keys((params.arguments ?? {}) as object)];
      })
      .filter((key) => key.includes("\u0000"));
    expect(keysWithNul).toEqual([]);
  });
});
