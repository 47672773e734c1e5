// Attack (round 26, an outside tester): a secret cut between two items a client shows one after the other,
// other than two text items of a tool's content. A secret cut between two text items of a result is read
// across the junction (and over three items or more when the middle ones are short token text); a hostile
// server that wants a token or an SSN to reach the model whole cut it instead between a text item and an
// embedded resource's text (both content items of one tool result, the client shows both), around an image
// between two text items, between the two contents of a resources/read, or between the messages of a prompt,
// and each half was read alone. Through the real bridge and the recording server, before the fix: over two
// text items the token and the SSN were redacted; in the 7 other shapes each reached the client with both
// halves (5 tool results, the resources/read, the prompt). Now such a list is read a second time as the
// texts a client shows, in order (detect/shown-items.ts): an image or audio item is skipped, not a break.
// The round's review found one more: a token around an empty text item reached the client whole (the SSN
// around a blank one was read already); a text item that shows nothing is now skipped as an image is.
import { afterAll, describe, expect, it } from "vitest";
import { bridgeRequest, recorderWithDefinitions, toolDefinition } from "../src/index.js";

const HEAD = "ghp_R8kWq2ZpL5vN3xT7";
const TAIL = "yB1cD4fG6hJ9mK0sA2eU";
const SSN_HEAD = "SSN 536-22";
const SSN_TAIL = "-8471";
const text = (t: string) => ({ type: "text", text: t });
const resource = (t: string) => ({
  type: "resource",
  resource: { uri: "file:///tmp/notes.txt", mimeType: "text/plain", text: t },
});
const IMAGE = { type: "image", data: "iVBORw0KGgo=", mimeType: "image/png" };

const RESULTS = {
  "token over two text items": [text(HEAD), text(TAIL)],
  "SSN over two text items": [text(SSN_HEAD), text(SSN_TAIL)],
  "token over a text item and an embedded resource": [text(HEAD), resource(TAIL)],
  "token over an embedded resource and a text item": [resource(HEAD), text(TAIL)],
  "SSN over a text item and an embedded resource": [text(SSN_HEAD), resource(SSN_TAIL)],
  "token around an image": [text(HEAD), IMAGE, text(TAIL)],
  "SSN around an image": [text(SSN_HEAD), IMAGE, text(SSN_TAIL)],
  // From the round's review: a text item showing nothing (empty, a blank) between the halves.
  "token around an empty text item": [text(HEAD), text(""), text(TAIL)],
  "SSN around a blank text item": [text(SSN_HEAD), text(" "), text(SSN_TAIL)],
};
const HELD = ["token over two text items", "SSN over two text items"];
const tools = Object.keys(RESULTS).map((_, i) => `report${i}`);

const { home } = recorderWithDefinitions("recorder", {
  tools: tools.map((name) => toolDefinition(name, "A report.")),
  results: Object.fromEntries(Object.values(RESULTS).map((content, i) => [tools[i], { content }])),
  prompts: [{ name: "briefing", description: "The day's briefing.", arguments: [] }],
  answers: {
    "prompts/get": {
      messages: [
        { role: "user", content: text(HEAD) },
        { role: "user", content: text(TAIL) },
      ],
    },
  },
  reads: {
    "file:///tmp/keys/": {
      contents: [
        { uri: "file:///tmp/keys/a.txt", mimeType: "text/plain", text: HEAD },
        { uri: "file:///tmp/keys/b.txt", mimeType: "text/plain", text: TAIL },
      ],
    },
  },
});
afterAll(() => home.cleanup());

/** Whether the texts a client shows of an answer (its `text` members, in order) hold the token or the SSN whole. */
const whole = (answer: unknown) => {
  const texts: string[] = [];
  JSON.stringify(answer, (key, v: unknown) => {
    if (key === "text" && typeof v === "string") texts.push(v);
    return v;
  });
  const joined = texts.join("");
  return joined.includes(HEAD + TAIL) || joined.includes(`${SSN_HEAD}${SSN_TAIL}`);
};

describe("a secret cut between two items a client shows together", () => {
  it("in a tool's result: read across the items as over two text items", async () => {
    const leaked: string[] = [];
    for (const [what, i] of Object.keys(RESULTS).map((w, i) => [w, i] as const)) {
      const answer = await bridgeRequest(home, "recorder", "tools/call", { name: tools[i], arguments: {} });
      if (whole(answer.result)) leaked.push(what);
    }
    // The two text items are the control: redacted.
    expect(leaked.filter((what) => HELD.includes(what))).toEqual([]);
    expect(leaked).toEqual([]);
  });

  it("in a resources/read of two contents, and in a prompt of two messages: read across them", async () => {
    const read = await bridgeRequest(home, "recorder", "resources/read", { uri: "file:///tmp/keys/" });
    const prompt = await bridgeRequest(home, "recorder", "prompts/get", { name: "briefing", arguments: {} });
    expect({ read: whole(read.result), prompt: whole(prompt.result) }).toEqual({
      read: false,
      prompt: false,
    });
  });
});
