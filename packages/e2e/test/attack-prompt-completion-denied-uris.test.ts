// Attack: the client is only shown resources it may read (docs/side-doors.md, permissions): resources/list
// and resources/templates/list are filtered, links to denied resources are dropped, and a completion against
// a resource template keeps only the values whose URI the client could read. A completion of a prompt's
// argument is not filtered, and prompts commonly take a resource URI as an argument (a "summarise" or
// "review" prompt whose `uri` argument the server completes from its resources): here the server completes
// it with `file:///srv/secret/payroll.csv`, which the rule `file:///srv/secret/**` keeps out of every
// listing, and the client is shown it. Why it matters: the deny rule is meant to keep the resource out of
// the agent's view, names included (a file's name often says what it holds), and the same value is removed
// when it comes through a template's completion. Fixed behaviour: a completion value that is a URI the
// client may not read is removed, whatever the ref (as filterCompletion does for ref/resource), and the
// readable value still reaches the client.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeGuardedHome, RawBridge, recorderServerYaml } from "../src/index.js";

const log = join(makeGuardedHome().dir, "recorder.log");
const policy = [
  "    policy:",
  "      permissions:",
  '        denied_resources: ["file:///srv/secret/**"]',
].join("\n");
const home = makeGuardedHome(recorderServerYaml("recorder", log, undefined, policy));
afterAll(() => home.cleanup());

const DENIED = "file:///srv/secret/payroll.csv";
const READABLE = "file:///srv/reports/q3-summary.md";
writeFileSync(
  `${log}.definitions.json`,
  JSON.stringify({
    resources: [
      { uri: READABLE, name: "Q3 summary" },
      { uri: DENIED, name: "payroll" },
    ],
    prompts: [
      {
        name: "summarise",
        description: "Summarises a resource.",
        arguments: [{ name: "uri", required: true }],
      },
    ],
    answers: {
      // The denied URI also behind a blank and inside brackets (round 48's review).
      "completion/complete": {
        completion: { values: [DENIED, ` ${DENIED}`, `<${DENIED}>`, READABLE], total: 4, hasMore: false },
      },
    },
  }),
);

describe("a prompt argument's completion naming a denied resource", () => {
  it("is filtered as a template's completion is", async () => {
    const bridge = new RawBridge(home, "recorder");
    await bridge.initialize();
    bridge.send({
      jsonrpc: "2.0",
      id: 1,
      method: "completion/complete",
      params: {
        ref: { type: "ref/prompt", name: "summarise" },
        argument: { name: "uri", value: "file:///srv/" },
      },
    });
    const answer = await bridge.answerTo(1, 30_000);
    bridge.close();
    await bridge.exited;
    const values = (answer.result as { completion: { values: string[] } }).completion.values;
    expect(values).toContain(READABLE);
    expect(values.join(" ")).not.toContain(DENIED);
  });
});
