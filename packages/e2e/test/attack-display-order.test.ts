// Attack (round 18): a value stored backwards behind a right-to-left override (U+202E). Every client shows
// the characters after the override in reverse, so "‮Ue2As0Km9…_phg‬" reads as the token "ghp_…" to the
// person looking at it (and to anyone who copies it as shown), while the guard read the characters as
// stored. Through the real bridge and the recording server, every type redacted both ways, on 480d21d the
// token reached the server (1 of 3: a reversed address still has an address's shape, and the SSN was caught
// by its name); towards the client the override did not survive the response path before either (0 of 2
// shown), kept here as a check.
import { afterAll, describe, expect, it } from "vitest";
import {
  type Carried,
  redactingRecorder,
  resultTexts,
  toolDefinition,
  valuesReachingServer,
} from "../src/index.js";

const TOKEN = "ghp_R8kWq2ZpL5vN3xT7yB1cD4fG6hJ9mK0sA2eU";
const backwards = (text: string) => `\u202e${[...text].reverse().join("")}\u202c`;
const REQUESTS: Record<string, Carried> = {
  "a token": {
    args: { note: `deploy with ${backwards(TOKEN)} today` },
    value: backwards(TOKEN).slice(1, 20),
  },
  "an address": { args: { to: backwards("jane.roe@example.org") }, value: "gro.elpmaxe" },
  "an SSN": { args: { record: `ssn ${backwards("078-05-1120")}` }, value: "0211-50-870" },
};

const { home, log } = redactingRecorder(
  {
    tools: ["echo", "config", "contact"].map((name) => toolDefinition(name, "A tool.")),
    results: {
      config: { content: [{ type: "text", text: `set up, see ${backwards(TOKEN)}` }] },
      contact: {
        content: [{ type: "text", text: "ok" }],
        structuredContent: { mail: backwards("li.wei@corp.cn") },
      },
    },
  },
  ["email", "ssn", "github_token"],
);
afterAll(() => home.cleanup());

describe("values written backwards behind a right-to-left override", () => {
  it("reach the server redacted (before: the token as shown)", async () => {
    const { reached, seen } = await valuesReachingServer(home, log, REQUESTS);
    expect(seen).toHaveLength(Object.keys(REQUESTS).length);
    expect(reached).toEqual([]);
  });

  it("never reach the client as shown", async () => {
    const { config, contact } = await resultTexts(home, ["config", "contact"]);
    for (const [text, value] of [
      [config, TOKEN],
      [contact, "li.wei@corp.cn"],
    ] as const) {
      expect(text).not.toContain(value);
      expect(text).not.toContain(JSON.stringify(backwards(value)).slice(1, -1));
      expect(text).not.toContain(backwards(value));
    }
  });
});
