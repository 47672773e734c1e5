// Review pass over the separated-byte decoding (decode-separated.ts): spellings the README's claim covers
// ("hex pairs split by ... commas", "base64 or hex in groups of four") with the separators a little wider,
// and a look-alike letter from a script the view does not fold (Armenian "ր" for "p"). A reader still
// recovers the token at once. Through the real bridge, the recording server must receive none of them.
// All five reached the server when first written; two were read after that round (two blanks between
// base64 groups, two spaces after a comma). This round (4 of 4 more reached the server before): base64
// groups one a line and hex in words of eight digits are decoded (decode-separated.ts), and look-alikes
// come from Unicode's confusables data (confusables-table.ts), which lists Armenian "ց" and "հ" for "g"
// and "h". Armenian "ր" is not in that data (UTS #39 14.0 nor 17.0 lists it for any Latin letter), so no
// table derived by principle maps it: it stays open, committed as `it.fails`.
import { afterAll, describe, expect, it } from "vitest";
import { noteOutcomes, recorded, recorderWithResults, sameFor } from "../src/index.js";

const TOKEN = "ghp_R8kWq2ZpL5vN3xT7yB1cD4fG6hJ9mK0sA2eU";
const TEXT = `deploy key for the bot: ${TOKEN}`;
const hex = Buffer.from(TEXT).toString("hex");
const base64 = Buffer.from(TEXT).toString("base64");

/** Read now. */
const FIXED: Record<string, string> = {
  "base64 in groups of four, two spaces apart": base64.match(/.{1,4}/g)!.join("  "),
  "hex pairs after a comma and two spaces": hex.match(/../g)!.join(",  "),
  "base64 in groups of four, one a line": base64.match(/.{1,4}/g)!.join("\n"),
  "base64 in groups of four, one a CRLF line": base64.match(/.{1,4}/g)!.join("\r\n"),
  "hex in groups of eight digits": hex.match(/.{1,8}/g)!.join(" "),
  "Armenian look-alikes Unicode lists": TOKEN.replace("gh", "\u0581\u0570"),
};
/** Still open: a look-alike Unicode's confusables data does not list. */
const OPEN: Record<string, string> = {
  "an Armenian look-alike letter": TOKEN.replace("ghp", "gh\u0580"),
};
const SPELLINGS = { ...FIXED, ...OPEN };

/** What the guard answered for each spelling sent to `echo`, and how many calls the server received. */
async function sendAll(spellings: Record<string, string>) {
  const before = calls();
  const outcomes = await noteOutcomes(home, spellings);
  return { outcomes, received: calls() - before };
}
const calls = () => recorded(log).filter((m) => typeof m === "object" && m.method === "tools/call").length;
const refusedAll = (spellings: Record<string, string>) => sameFor(spellings, "sensitive_data");

const { home, log } = recorderWithResults({});
afterAll(() => home.cleanup());

describe("a token in byte spellings with wider separators (review pass)", () => {
  it("every spelling really holds the token", () => {
    const joined = (text: string) => text.replace(/[\s,]/g, "");
    for (const [what, text] of Object.entries(SPELLINGS)) {
      const read = [
        Buffer.from(joined(text), "base64").toString(),
        Buffer.from(joined(text), "hex").toString(),
        text.replace("\u0580", "p").replace("\u0581\u0570", "gh"),
      ];
      expect(
        read.some((r) => r.includes(TOKEN)),
        what,
      ).toBe(true);
    }
  });

  it("never reaches the server in a tool's arguments (before this round, 4 of these 6 did)", async () => {
    const { outcomes, received } = await sendAll(FIXED);
    expect(outcomes).toEqual(refusedAll(FIXED));
    expect(received).toBe(0);
  });

  // Defect: "ր" is read as "p" by a person, but no confusables data we derive from says so (1 of 1 reaches).
  it.fails("never reaches the server in a tool's arguments (open)", async () => {
    const { outcomes, received } = await sendAll(OPEN);
    expect(outcomes).toEqual(refusedAll(OPEN));
    expect(received).toBe(0);
  });
});
