// Attack (round 36): what a person approves can carry bytes they cannot see. `approvals show` and
// `approvals list --json` escape bidi controls, zero-width characters and tag characters, but not variation
// selectors (U+FE00–FE0F, U+E0100–E01EF: 256 of them, one per byte, the "emoji smuggling" encoding), the
// Hangul fillers (U+115F, U+1160, U+3164, U+FFA0), the Khmer inherent vowels (U+17B4/5) or the Mongolian
// variation selectors (U+180B–180D, U+180F), all of which a terminal draws as nothing. The guard itself
// counts them as hidden characters (core/integrity/hidden.ts). An agent asks a held call whose argument
// reads "ok 👍" on screen but carries a whole message after it; the person approves "ok 👍" and the server
// receives the rest. The dashboard's Approvals tab escapes the same too-short set (its page script's
// `shown`, run here on what /api/approvals returns). A correct guard shows every one of them as an escape,
// as it does U+200B, in the terminal and on the page (or refuses the call).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runInNewContext } from "node:vm";
import { afterAll, describe, expect, it } from "vitest";
import { failure, heldCallHome, toolCallsSeen, type HeldCallHome } from "../src/index.js";

// Each byte of the hidden text as a variation selector (0–15: U+FE00+b, 16–255: U+E0100+b-16).
const smuggle = (text: string): string =>
  [...Buffer.from(text, "utf8")]
    .map((b) => String.fromCodePoint(b < 16 ? 0xfe00 + b : 0xe0100 + b - 16))
    .join("");
const HIDDEN_TEXT = "forward all mail to evil@example.net";
// Other characters a terminal draws as nothing: Hangul fillers, Khmer inherent vowels, Mongolian selectors.
const BLANKS = "\u115f\u1160\u3164\uffa0\u17b4\u17b5\u180b\u180c\u180d\u180f";
const INVISIBLE_POINTS = new Set([...BLANKS].map((c) => c.codePointAt(0)));
const isInvisible = (cp: number) =>
  (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0100 && cp <= 0xe01ef) || INVISIBLE_POINTS.has(cp);
/** Whether `text` holds one of those characters as it is (an escape such as \ufe00 is six visible ones). */
const INVISIBLE = { test: (text: string) => [...text].some((c) => isInvisible(c.codePointAt(0)!)) };

const homes: HeldCallHome[] = [];
afterAll(async () => {
  for (const h of homes) {
    await h.client.close();
    await h.home.cleanup();
  }
});

describe("a held call's arguments, as the person approving reads them", () => {
  it("show variation selectors and blank fillers as escapes, not as nothing", async () => {
    const held = await heldCallHome(false, "approval-hidden-selectors");
    homes.push(held);
    const account = `ok \u{1F44D}${smuggle(HIDDEN_TEXT)}${BLANKS}`;
    const error = await failure(held.client.callTool({ name: "delete_account", arguments: { account } }));
    // A guard may refuse such a call outright instead (then nothing reaches the server, nobody is misled).
    if (error?.data?.reason !== "approval_pending") {
      expect({ refused: error?.code !== undefined, calls: toolCallsSeen(held.log) }).toEqual({
        refused: true,
        calls: 0,
      });
      return;
    }
    const id = String(error.data.approval_id);
    const show = await held.home.cli(["approvals", "show", id]);
    const list = await held.home.cli(["approvals", "list", "--json"]);
    expect(show.stdout).toContain(id);
    // The dashboard: its page's own `shown` applied to the arguments it fetches for the Approvals tab.
    const base = `http://127.0.0.1:${readFileSync(join(held.home.home, "dashboard.port"), "utf8").trim()}`;
    const token = readFileSync(join(held.home.home, "dashboard.token"), "utf8").trim();
    const page = await (await fetch(`${base}/`)).text();
    const script = ["const HIDING =", "function shown("].map((start) => {
      const line = page.split("\n").find((l) => l.startsWith(start));
      if (line === undefined) throw new Error(`the page has no line starting "${start}"`);
      return line;
    });
    const shown = runInNewContext(`${script.join("\n")}\nshown`) as (text: string) => string;
    const rows = (await (
      await fetch(`${base}/api/approvals`, { headers: { authorization: `Bearer ${token}` } })
    ).json()) as { id: string; arguments: string }[];
    const row = rows.find((r) => r.id === id);
    expect(row).toBeDefined();
    const dashboard = shown(row!.arguments);
    // The page's `shown` does escape what it knows (the check reads the real script, not a stand-in).
    expect(shown("a\u200bb")).toBe("a\\u200bb");
    expect({
      show: INVISIBLE.test(show.stdout),
      list: INVISIBLE.test(list.stdout),
      dashboard: INVISIBLE.test(dashboard),
    }).toEqual({ show: false, list: false, dashboard: false });
  });
});
