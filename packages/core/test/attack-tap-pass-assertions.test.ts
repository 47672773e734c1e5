// Attack (round 44, found from outside; a false refusal): node-tap and tape name their assertion that always
// passes `t.pass(message)`, and every test file written for them is full of `t.pass('completed')`,
// `t.pass('drain')`, `tap.pass('message')`. The scanner reads `pass` as a password's name and the quoted
// message as its value, so the message is redacted in every file an agent reads (fastq's and pino's own tests
// in node_modules are hit), and the same word is redacted wherever else it stands in the file (`test('saturated'`,
// `queue.saturated = …`). Towards a server the default blocks secrets, so writing such a test file through a
// filesystem server is refused. A correct guard takes `pass(…)` called as a method with an ordinary word or
// phrase for what it is, a message; a password said to a function named for it (`setPassword('…')`) is
// another matter and is not asked about here.
import { describe, expect, it } from "vitest";
import { DEFAULT_ACTIONS } from "../src/detect/actions.js";
import { builtInDetectors } from "../src/detect/detectors.js";
import { Scanner } from "../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
/** What a file server's result shows the client under the default actions. */
const shown = (text: string) => {
  const redacted = (type: string) => DEFAULT_ACTIONS[type]?.response === "redact";
  const out = scanner.scan({ content: [{ type: "text", text }] }, "result", redacted);
  return (out.value as { content: { text: string }[] }).content[0]!.text;
};

/** The shape of fastq's test/test.js (node-tap): the queue's hook set, then the assertion it runs. */
const FASTQ = `test('saturated', function (t) {
  t.plan(9)

  const queue = buildQueue(worker, 1)
  const expected = [1, 2]

  queue.saturated = function () {
    t.pass('saturated')
  }

  for (const value of expected) {
    queue.push(value, done)
  }
})
`;

describe("node-tap's t.pass(message)", () => {
  it.each([
    ["fastq's saturated test", FASTQ],
    ["a one-line assertion", "  t.pass('completed')\n"],
    ["tap's own object", "tap.pass('message')\n"],
  ])("%s passes unredacted", (_name, text) => {
    expect(shown(text)).toBe(text);
  });
});

describe("a builder's pass(…) given a chosen password", () => {
  it("is still redacted", () => {
    expect(shown("client.user('admin').pass('Xk9mP2vLq7')\n")).not.toContain("Xk9mP2vLq7");
  });
});
