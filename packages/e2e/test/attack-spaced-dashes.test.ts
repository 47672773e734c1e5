// Attack (round 16): a Slack token whose dashes have blanks on both sides. "xoxb- 1234…" and "…9012 -3456…"
// were read (attack-wrapped-and-streamed), but a blank before the prefix's own dash ("xoxb - 1234…",
// "xoxb -1234…") hid the prefix from the keyword pass, and a token whose last part follows " - " was redacted
// only up to the blank: its secret part reached the client bare. Through the real bridge and the recording
// server, before the fix 3 of 3 reached the server and the result's secret part reached the client
// (split-prefixes.ts reads a cut before a prefix's closing dash; engine.ts reads on after " - " in a dashed
// format). Prose with spaced dashes, and text after a whole token, still pass unchanged.
import { afterAll, describe, expect, it } from "vitest";
import { echoCallsSeen, namedEchoOutcomes, recorderWithResults, resultTexts, sameFor } from "../src/index.js";

const TEAM = "123456789012";
const BOT = "1234567890123";
const SECRET = "AbCdEfGhIjKlMnOpQrStUvWx";

const ATTACKS: Record<string, object> = {
  "a blank on both sides of the prefix's dash": { note: `bot xoxb - ${TEAM}-${BOT}-${SECRET}` },
  "a blank before the prefix's dash": { note: `bot xoxb -${TEAM}-${BOT}-${SECRET}` },
  "blanks on both sides of every dash": { note: `bot xoxb - ${TEAM} - ${BOT} - ${SECRET}` },
};
const ORDINARY: Record<string, object> = {
  "prose with spaced dashes": { note: "web - based tools - 2024 edition - see page 12" },
  "a list of bots": { note: "bots: xoxb - the bot kind; xoxp - the user kind" },
};

const { home, log } = recorderWithResults({
  slack: { content: [{ type: "text", text: `SLACK_BOT = xoxb-${TEAM}-${BOT} - ${SECRET}` }] },
  docs: { content: [{ type: "text", text: `Token: xoxb-${TEAM}-${BOT}-${SECRET} - see the docs` }] },
});
afterAll(() => home.cleanup());

describe("a Slack token with blanks on both sides of its dashes", () => {
  it("never reaches the server; prose with spaced dashes still does", async () => {
    const { outcomes, echoed } = await namedEchoOutcomes(home, log, { ...ATTACKS, ...ORDINARY });
    expect(outcomes).toEqual({ ...sameFor(ATTACKS, "sensitive_data"), ...sameFor(ORDINARY, "forwarded") });
    expect(echoed).toBe(Object.keys(ORDINARY).length);
    for (const seen of echoCallsSeen(log)) expect(seen).not.toContain(SECRET);
  });

  it("reaches the client redacted whole; the words after a whole token are kept", async () => {
    const texts = await resultTexts(home, ["slack", "docs"]);
    expect(texts.slack).toContain("[REDACTED:slack_token]");
    expect(texts.slack).not.toContain(SECRET);
    expect(texts.docs).toContain("[REDACTED:slack_token] - see the docs");
  });
});
