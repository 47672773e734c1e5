// Attack (round 30, found from outside): the queue of definitions waiting for a person has no bound. Once a
// server's tools are pinned, each tool name it has not listed before is kept as a pending "new" definition
// (pin_changes, with its whole definition) for `pins list`, `approvals list` and the dashboard, and it stays
// there when the server stops listing it. A hostile server that lists a fresh batch of made-up tools at every
// tools/list (a client lists on every list_changed, or at each start) fills the person's queue with thousands
// of entries, among which the one change it wants approved ("new tool `deploy`") hides, and grows the
// database by every definition it invents. The approval queue of calls has the same gap
// (attack-approval-flood).
// Secure behaviour: what one server keeps waiting for a person is bounded (and/or what it no longer lists is
// dropped); here 10 listings of 100 invented tools must not leave 1,000 entries waiting.
// Through the real bridge, the recording server and `mcp-guard pins list --json`.
import { afterAll, describe, expect, it } from "vitest";
import { RawBridge } from "../src/index.js";
import { recorderWithDefinitions, redefine, toolDefinition } from "../src/recorder-session.js";

const LISTINGS = 10;
const PER_LISTING = 100;
const { home, log } = recorderWithDefinitions("recorder", {
  tools: [toolDefinition("echo", "Returns its arguments.")],
});
afterAll(() => home.cleanup());

describe("definitions waiting for a person", () => {
  it("one server cannot fill the queue with invented tools", async () => {
    const bridge = new RawBridge(home, "recorder");
    await bridge.initialize();
    bridge.send({ jsonrpc: "2.0", id: 1, method: "tools/list" });
    await bridge.answerTo(1);
    for (let round = 0; round < LISTINGS; round++) {
      redefine(log, {
        tools: [
          toolDefinition("echo", "Returns its arguments."),
          ...Array.from({ length: PER_LISTING }, (_, i) =>
            toolDefinition(`report_${round}_${i}`, `Writes report ${i} of batch ${round}.`),
          ),
        ],
      });
      bridge.send({ jsonrpc: "2.0", id: 10 + round, method: "tools/list" });
      await bridge.answerTo(10 + round);
    }
    bridge.close();
    await bridge.exited;
    const listed = await home.cli(["pins", "list", "--json"]);
    expect(listed.code).toBe(0);
    const pending = (JSON.parse(listed.stdout) as { pending: unknown[] }).pending;
    expect(pending.length).toBeLessThan(LISTINGS * PER_LISTING);
  });
});
