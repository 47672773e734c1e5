// Attack (round 36, found from outside): the audit keeps a row's target (a resource URI, a prompt or tool name)
// as written only when detection finds nothing in it, and otherwise a keyed digest (audit-scrub.ts). That
// detection is the config's own, with its `pii.disabled_types` (daemon.ts, buildChain), while every other
// thing the guard keeps or shows of a peer's words (the trace, pins, held arguments, `logs`) is read with
// every detector on, whatever the config's actions. An owner who turns e-mail and phone detection off for
// the traffic (their false positives) has chosen what the server may receive, not what the guard writes to
// its own disk: yet a resource read of a customer's file named by e-mail address or phone number, and a
// prompt name that is an address, leave the address and the number bare in <home>/mcp-guard.db. Through the
// real bridge and the recording server; the daemon is stopped before the byte search.
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeGuardedHome, RawBridge, recorderServerYaml, valuesOnDisk } from "../src/index.js";

const EMAIL = "zqjohn.doe@acme-mail.com";
const PHONE = "+1-415-555-0132";
const PROMPT_EMAIL = "zqmary.roe@acme-mail.com";

const log = join(makeGuardedHome().dir, "recorder.log");
const home = makeGuardedHome(recorderServerYaml("recorder", log), "pii:\n  disabled_types: [email, phone]\n");
afterAll(async () => {
  await home.cleanup();
});

describe("an audit row's target with some detectors off for the traffic", () => {
  it("keeps no e-mail address or phone number bare on disk", async () => {
    const bridge = new RawBridge(home, "recorder");
    await bridge.initialize();
    // What the owner allowed: the reads pass to the server (warned about by nothing, as configured).
    bridge.send({
      jsonrpc: "2.0",
      id: 1,
      method: "resources/read",
      params: { uri: `file:///crm/${EMAIL}/notes.txt` },
    });
    expect((await bridge.answerTo(1)).result).toBeDefined();
    bridge.send({
      jsonrpc: "2.0",
      id: 2,
      method: "resources/read",
      params: { uri: `file:///crm/${PHONE}/notes.txt` },
    });
    expect((await bridge.answerTo(2)).result).toBeDefined();
    bridge.send({ jsonrpc: "2.0", id: 3, method: "prompts/get", params: { name: PROMPT_EMAIL } });
    await bridge.answerTo(3);
    bridge.close();
    await bridge.exited;
    await home.stop();
    expect(
      valuesOnDisk(home.home, [
        ["e-mail in a resource URI", EMAIL],
        ["phone number in a resource URI", PHONE],
        ["e-mail as a prompt name", PROMPT_EMAIL],
      ]),
    ).toEqual([]);
  });
});
