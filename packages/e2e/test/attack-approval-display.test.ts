// Attack (round 14): what a person reads before approving is written by the party asking. The arguments of
// a held call come from the agent; `approvals show` printed them as JSON, which escapes C0 controls but not
// the characters that reorder or hide text in a terminal: bidirectional overrides and isolates (U+202E turns
// "ten" into "net" on screen, the Trojan Source trick), C1 controls (U+009B is a CSI to terminals that take
// 8-bit controls), line separators, zero-width and soft-hyphen characters. The agent can then ask for one
// call while the person reads another. Before: the raw characters reached the person's terminal in
// `approvals show` and `approvals list --json` (2 of 2 outputs). Now they are printed as \u escapes.
// Negative: ordinary non-ASCII text (accents, CJK) is shown as it is.
import { afterAll, describe, expect, it } from "vitest";
import { failure, heldCallHome, type HeldCallHome } from "../src/index.js";

const HIDING = /[\u0080-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/u;
const homes: HeldCallHome[] = [];
afterAll(async () => {
  for (const h of homes) {
    await h.client.close();
    await h.home.cleanup();
  }
});

describe("what a person reads before approving", () => {
  it("shows characters that reorder or hide text as escapes, and ordinary text as it is", async () => {
    const held = await heldCallHome(false, "approval-display");
    homes.push(held);
    const account = "acct-\u202Eeno\u202C \u009B2K \u2028 \u200Bx\u00AD café 東京";
    const error = await failure(held.client.callTool({ name: "delete_account", arguments: { account } }));
    const id = String(error?.data?.approval_id);
    const show = await held.home.cli(["approvals", "show", id]);
    const list = await held.home.cli(["approvals", "list", "--json"]);
    for (const out of [list.stdout, show.stdout]) {
      expect(out).not.toMatch(HIDING);
      expect(out).toContain("café 東京");
    }
    expect(show.stdout).toContain("\\u202e");
  });
});
