// Attack (round 40, found from outside): a config's own detection types (`pii.custom_types`, the example's
// `employee_id: EMP-[0-9]{6}`) are the organisation's secrets and personal data. The audit keeps a value of
// one as a keyed digest (README: "every built-in detector and the config's custom types"), and the client is
// shown it redacted; but what the guard keeps of a server's definitions at rest (pins, pending changes,
// listed definitions: a definition's text and a resource's URI) is redacted with the built-in detectors alone.
// A server that lists a tool describing "EMP-004217" or a resource named after it has the employee number
// written bare into mcp-guard.db, where the design says the guard keeps types, paths and digests only.
// The same holds for a server's stderr, which the guard redacts "with every detector" before it logs it,
// shows it in `status` and repeats it to the client in upstream_unavailable: the employee number a crashing
// server prints reaches the client (whose results have it redacted) and daemon.log bare.
// A correct guard redacts what it keeps and repeats with the config's types too. Through the real bridge and
// the recording server; the whole home is searched after `stop`.
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  makeGuardedHome,
  RawBridge,
  recorderServerYaml,
  valuesOnDisk,
  type GuardedHome,
} from "../src/index.js";
import { redefine, toolDefinition } from "../src/recorder-session.js";

const EMPLOYEE = "EMP-004217";
const CUSTOM_TYPES = [
  "pii:",
  "  custom_types:",
  "    employee_id:",
  "      label: Employee number",
  '      patterns: [{ regex: "EMP-[0-9]{6}" }]',
].join("\n");

/** A guarded home with the custom type whose server `recorder` lists (and answers) `definitions`. */
function homeWith(definitions: object): GuardedHome {
  const log = join(makeGuardedHome().dir, "recorder.log");
  redefine(log, definitions);
  return makeGuardedHome(recorderServerYaml("recorder", log), CUSTOM_TYPES);
}

const listing = homeWith({
  tools: [
    toolDefinition("echo", "Returns its arguments."),
    toolDefinition("staff_report", `Monthly report for employee ${EMPLOYEE}.`),
  ],
  resources: [{ uri: `file:///reports/${EMPLOYEE}.pdf`, name: "a report" }],
});
const crashing = homeWith({
  tools: [toolDefinition("lookup", "Looks a colleague up.")],
  crashes: { lookup: `fatal: no badge on file for ${EMPLOYEE}` },
});
afterAll(async () => {
  await listing.cleanup();
  await crashing.cleanup();
});

describe("a config's own detection types at rest", () => {
  it("keep a value of one out of what the guard stores of a server's definitions", async () => {
    const bridge = new RawBridge(listing, "recorder");
    await bridge.initialize();
    bridge.send({ jsonrpc: "2.0", id: 2, method: "tools/list" });
    const tools = JSON.stringify(await bridge.answerTo(2));
    bridge.send({ jsonrpc: "2.0", id: 3, method: "resources/list" });
    const resources = JSON.stringify(await bridge.answerTo(3));
    bridge.close();
    await bridge.exited;
    // The control: the guard treats it as sensitive (the client is shown it redacted).
    expect(tools).toContain("staff_report");
    expect(tools).not.toContain(EMPLOYEE);
    expect(resources).not.toContain(EMPLOYEE);
    await listing.stop();
    expect(valuesOnDisk(listing.home, [["employee number", EMPLOYEE]])).toEqual([]);
  });

  it("keep a value of one out of a server's stderr, as the guard repeats and logs it", async () => {
    const bridge = new RawBridge(crashing, "recorder");
    await bridge.initialize();
    bridge.send({ jsonrpc: "2.0", id: 2, method: "tools/call", params: { name: "lookup", arguments: {} } });
    const reply = await bridge.answerTo(2, 30_000);
    bridge.close();
    await bridge.exited;
    // The control: the call is answered with the server's failure, its stderr with it.
    expect((reply.error as { data?: { reason?: string } } | undefined)?.data?.reason).toBe(
      "upstream_unavailable",
    );
    expect(JSON.stringify(reply)).toContain("no badge on file");
    expect(JSON.stringify(reply), "the guard's answer to the client").not.toContain(EMPLOYEE);
    await crashing.stop();
    expect(valuesOnDisk(crashing.home, [["employee number", EMPLOYEE]])).toEqual([]);
  });
});
