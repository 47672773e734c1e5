// Attack (round 31, found from outside): a call that waits for a person keeps its arguments in the approval
// queue (approvals.arguments in mcp-guard.db) exactly as the agent sent them. E-mail addresses and phone
// numbers pass towards a server by default (with a warning), and no-raw-values.test.ts proves the home
// keeps no raw copy of them when a call is forwarded; the same call held for approval writes them bare into
// the database (and keeps them until retention), where the design says the guard stores types, paths and
// digests only. The request's fingerprint is a digest already; the kept arguments, which are only there to
// be shown to the person, could be kept as `approvals show` would show them, redacted.
// Secure behaviour: after a held call with personal data in its arguments, no byte of the home holds it;
// `approvals show` shows the arguments redacted, and once approved the same call reaches the server with the
// arguments the agent sent (the request is bound to them by their digest).
// Through the real bridge (an SDK client), the recording server and `approvals list`, `show` and `approve`.
import { afterAll, describe, expect, it } from "vitest";
import { failure, recorded, valuesOnDisk } from "../src/index.js";
import { heldCallHome } from "../src/recorder-session.js";

const EMAIL = "dana.scully@fbi-example.org";
const PHONE = "+1 415-555-2671";

describe("held calls' arguments at rest", () => {
  let cleanup: () => Promise<void> = async () => {};
  afterAll(() => cleanup());

  it("keep no personal data the agent put in a call waiting for a person", async () => {
    const { home, log, client } = await heldCallHome(false, "attack31-held-args");
    cleanup = () => home.cleanup();
    const call = { name: "delete_account", arguments: { account: EMAIL, callback: PHONE } };
    const error = await failure(client.callTool(call));
    expect(error?.data?.reason).toBe("approval_pending");
    // The request is queued (the control), and the person reads it redacted.
    const listed = await home.cli(["approvals", "list", "--json"]);
    expect(listed.stdout).toContain("delete_account");
    const id = String(error?.data?.approval_id);
    const shown = (await home.cli(["approvals", "show", id])).stdout;
    expect(shown).toContain("[REDACTED:email]");
    expect(shown).toContain("[REDACTED:phone]");
    expect(shown).not.toContain(EMAIL);
    // Approved, the same call goes to the server as the agent sent it.
    expect((await home.cli(["approvals", "approve", id])).code).toBe(0);
    await client.callTool(call);
    await client.close();
    const received = recorded(log).filter(
      (m): m is Record<string, unknown> => typeof m === "object" && m.method === "tools/call",
    );
    expect(received.map((m) => (m.params as { arguments?: unknown }).arguments)).toEqual([call.arguments]);
    await home.stop();
    expect(
      valuesOnDisk(home.home, [
        ["e-mail", EMAIL],
        ["phone", PHONE],
      ]),
    ).toEqual([]);
  });
});
