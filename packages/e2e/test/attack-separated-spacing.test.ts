// Review pass over the separated-byte decoding (decode-separated.ts): spellings the README's claim covers
// ("hex pairs split by ... commas", "base64 or hex in groups of four") with the separators a little wider,
// and a look-alike letter from a script the view does not fold (Armenian "ր" for "p"). A reader still
// recovers the token at once. Through the real bridge, the recording server must receive none of them.
// All five reached the server before. Two are read now (two blanks between base64 groups, two spaces
// after a comma); three are open defects, committed as `it.fails`: base64 groups one a line, hex in groups
// of eight digits, and look-alikes outside the Cyrillic and Greek table.
import { afterAll, describe, expect, it } from "vitest";
import { recorded, recorderWithResults, refusal, toolSession } from "../src/index.js";

const TOKEN = "ghp_R8kWq2ZpL5vN3xT7yB1cD4fG6hJ9mK0sA2eU";
const TEXT = `deploy key for the bot: ${TOKEN}`;
const hex = Buffer.from(TEXT).toString("hex");
const base64 = Buffer.from(TEXT).toString("base64");

/** Read now: the patterns take two blanks between base64 groups and two spaces after a comma. */
const FIXED: Record<string, string> = {
  "base64 in groups of four, two spaces apart": base64.match(/.{1,4}/g)!.join("  "),
  "hex pairs after a comma and two spaces": hex.match(/../g)!.join(",  "),
};
/** Still open: no pattern for groups on separate lines or of eight hex digits; no Armenian look-alikes. */
const OPEN: Record<string, string> = {
  "base64 in groups of four, one a line": base64.match(/.{1,4}/g)!.join("\n"),
  "hex in groups of eight digits": hex.match(/.{1,8}/g)!.join(" "),
  "an Armenian look-alike letter": TOKEN.replace("ghp", "gh\u0580"),
};
const SPELLINGS = { ...FIXED, ...OPEN };

/** What the guard answered for each spelling sent to `echo`, and how many calls the server received. */
async function sendAll(spellings: Record<string, string>) {
  const outcomes: Record<string, unknown> = {};
  const before = calls();
  await toolSession(home, async (send) => {
    for (const [what, text] of Object.entries(spellings))
      outcomes[what] = refusal(await send("echo", { note: text }));
  });
  return { outcomes, received: calls() - before };
}
const calls = () => recorded(log).filter((m) => typeof m === "object" && m.method === "tools/call").length;
const refusedAll = (spellings: Record<string, string>) =>
  Object.fromEntries(Object.keys(spellings).map((k) => [k, "sensitive_data"]));

const { home, log } = recorderWithResults({});
afterAll(() => home.cleanup());

describe("a token in byte spellings with wider separators (review pass)", () => {
  it("every spelling really holds the token", () => {
    const joined = (text: string) => text.replace(/[\s,]/g, "");
    for (const [what, text] of Object.entries(SPELLINGS)) {
      const read = [
        Buffer.from(joined(text), "base64").toString(),
        Buffer.from(joined(text), "hex").toString(),
        text.replace("\u0580", "p"),
      ];
      expect(
        read.some((r) => r.includes(TOKEN)),
        what,
      ).toBe(true);
    }
  });

  it("never reaches the server in a tool's arguments (before the fix, 2 of 2 did)", async () => {
    const { outcomes, received } = await sendAll(FIXED);
    expect(outcomes).toEqual(refusedAll(FIXED));
    expect(received).toBe(0);
  });

  // Defect: none of these is decoded; each reaches the server (3 of 3 when written).
  it.fails("never reaches the server in a tool's arguments (open)", async () => {
    const { outcomes, received } = await sendAll(OPEN);
    expect(outcomes).toEqual(refusedAll(OPEN));
    expect(received).toBe(0);
  });
});
