// Attack (round 38): Slack's browser session credentials, the `xoxc-` client token and the `xoxd-` value of
// its `d` cookie, pass the guard bare in both directions. The Slack rule knows xoxb-, xoxp-, xoxa-, xoxo-,
// xoxs-, xoxr-, xoxe- and xapp- (secrets/token-rules.ts) but not these two, which together act as the user
// in every channel they can read and are what the popular Slack MCP servers run on (SLACK_MCP_XOXC_TOKEN,
// SLACK_MCP_XOXD_TOKEN): found only when a credential name stands beside them, never on their own, not even
// in the `Cookie: d=xoxd-…` header they travel in. A guard must block them towards the server and redact
// them towards the client as it does an xoxp- token. Through the real bridge and the recording server.
import { afterAll, describe, expect, it } from "vitest";
import { recorded, recorderWithResults, refusal, toolSession } from "../src/index.js";

const XOXC =
  "xoxc-2489373853-2516107394818-2516298395299-7f3c9a1e5b2d8f4a6c0e9b3d7a1f5c8e2b6d0a4f8c3e7b1d5a9f2c6e0b4d8a3f";
const XOXD =
  "xoxd-q8Zr3mX0vP2LkT9sYwB4nE7uH1cJ5dF6gA8iK0oM2pQ4rS6tU8vW0xY2zA4bC6dE8fG0hI2jK4lM6nO8pQ0rS%2Fq8Zr3mX0vP2LkT9sYwB4nE7uH1cJ5dF6gA8iK0oM2pQ4rS6tU8vW0xY2zA4bC6dE8fG0hI2%2BjK4lM6nO8pQ0rS%3D%3D";

/** A note of the session an agent was asked to set up, and the header it sends. */
const SHAPES: Record<string, string> = {
  client_token_alone: XOXC,
  cookie_header: `Cookie: d=${XOXD}; d-s=1716239022`,
  lines_of_a_note: `Slack session for the support bot:\n${XOXC}\n${XOXD}\n`,
};

const { home, log } = recorderWithResults({
  read_note: { content: [{ type: "text", text: SHAPES.lines_of_a_note }] },
});
afterAll(async () => {
  await home.cleanup();
});

describe("Slack's browser session tokens", () => {
  it("do not reach the server in a call's arguments", async () => {
    const outcomes: Record<string, unknown> = {};
    await toolSession(home, async (call) => {
      for (const [label, text] of Object.entries(SHAPES))
        outcomes[label] = refusal(await call("echo", { text }));
    });
    const seen = JSON.stringify(recorded(log));
    expect({ xoxc: seen.includes(XOXC.slice(0, 60)), xoxd: seen.includes(XOXD.slice(0, 60)) }).toEqual({
      xoxc: false,
      xoxd: false,
    });
    expect(outcomes).toEqual(Object.fromEntries(Object.keys(SHAPES).map((l) => [l, "sensitive_data"])));
  });

  it("reach the client redacted in a tool's result", async () => {
    let answer: Record<string, unknown> = {};
    await toolSession(home, async (call) => {
      answer = await call("read_note", {});
    });
    const text = JSON.stringify(answer.result);
    expect(text).toContain("Slack session for the support bot");
    expect({ xoxc: text.includes(XOXC.slice(0, 60)), xoxd: text.includes(XOXD.slice(0, 60)) }).toEqual({
      xoxc: false,
      xoxd: false,
    });
  });
});
