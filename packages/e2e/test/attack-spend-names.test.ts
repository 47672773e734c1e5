// Attack (round 12): the spend step looks tools up by the name as sent, while permissions and the rate limit
// compare names after NFKC. A costed tool, a tool that always needs a person and a denied one, called under
// other spellings (case, full-width letters, blanks, hidden characters) or with a JSON member given twice
// (`{"amount": 1000, "amount": 1}`: a parser that keeps the first, as gjson and fastjson do, reads 1000 where
// JSON.parse reads 1), must never reach the server uncharged. Held when tried: every spelling is refused as
// a name the server never listed (or a malformed one), and the daemon forwards what it parsed, re-serialised,
// so the server sees the one member it charged for. Kept as a regression test.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeGuardedHome, RawBridge, recorderServerYaml, refusal, toolCallsIn } from "../src/index.js";

const log = join(makeGuardedHome().dir, "recorder.log");
const POLICY = [
  "    policy:",
  "      permissions:",
  "        denied_tools: [write_file]",
  "      spend:",
  "        currency: USD",
  "        tools:",
  "          create_payment: { cost_from: amount }",
  "        caps: { per_day: 10 }",
  "        require_approval: [delete_account]",
].join("\n");
const home = makeGuardedHome(recorderServerYaml("recorder", log, undefined, POLICY));
afterAll(() => home.cleanup());

/** Each raw line as one request of one session: the guard's answer to each, in order. */
async function outcomes(lines: string[]): Promise<unknown[]> {
  const bridge = new RawBridge(home, "recorder");
  await bridge.initialize();
  const out: unknown[] = [];
  for (const [i, line] of lines.entries()) {
    bridge.send(line.replace('"id":0', `"id":${i + 1}`));
    out.push(refusal(await bridge.answerTo(i + 1)));
  }
  bridge.close();
  await bridge.exited;
  return out;
}

const call = (name: string, args: object) =>
  JSON.stringify({ jsonrpc: "2.0", id: 0, method: "tools/call", params: { name, arguments: args } });

describe("costed, approved and denied tools under other spellings", () => {
  it("no spelling reaches the server uncharged, unapproved or denied", async () => {
    const spellings = (name: string) => [
      name.toUpperCase(),
      name[0]!.toUpperCase() + name.slice(1),
      name.replace(/[a-z]/g, (c) => String.fromCodePoint(c.codePointAt(0)! + 0xfee0)),
      `${name} `,
      ` ${name}`,
      `${name}\u200b`,
      `${name}\u00ad`,
      `${name}\t`,
    ];
    const names = [
      ...spellings("create_payment").map((n) => call(n, { amount: 100 })),
      ...spellings("delete_account").map((n) => call(n, {})),
      ...spellings("write_file").map((n) => call(n, {})),
    ];
    const answers = await outcomes(names);
    expect(answers.filter((a) => a === "forwarded")).toEqual([]);
    expect(new Set(answers)).toEqual(new Set(["unknown_name", "malformed_name", "tool_denied"]));
    expect(readFileSync(log, "utf8")).not.toMatch(/"method":"tools\/call"/);
  });

  it("a cost given twice is charged as the server reads it; a name given twice is the one judged", async () => {
    const answers = await outcomes([
      '{"jsonrpc":"2.0","id":0,"method":"tools/call","params":{"name":"create_payment","arguments":{"amount":1000,"amount":1}}}',
      '{"jsonrpc":"2.0","id":0,"method":"tools/call","params":{"name":"create_payment","arguments":{"amount":1,"amount":1000}}}',
      '{"jsonrpc":"2.0","id":0,"method":"tools/call","params":{"name":"echo","name":"write_file","arguments":{}}}',
      '{"jsonrpc":"2.0","id":0,"method":"tools/call","params":{"name":"echo","arguments":{}},"params":{"name":"delete_account","arguments":{}}}',
    ]);
    expect(answers).toEqual(["forwarded", "spend_cap_exceeded", "tool_denied", "approval_pending"]);
    // What the server received holds each member once: the amount that was charged.
    const lines = readFileSync(log, "utf8")
      .split("\n")
      .filter((l) => l.includes('"tools/call"'));
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!).params).toEqual({ name: "create_payment", arguments: { amount: 1 } });
    expect(lines[0]!.match(/"amount"/g)).toHaveLength(1);
    expect(toolCallsIn(log, "write_file") + toolCallsIn(log, "delete_account")).toBe(0);
  });
});
