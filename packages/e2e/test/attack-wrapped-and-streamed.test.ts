// Attack (round 14): values a reader joins back at once, through the real bridge, the recording server and a
// raw client:
//  - a Slack token whose dashed parts are cut by blanks beside a dash ("xoxb- 1234…", "…9012 -3456…"), and
//    one whose last part follows "- " (redacted only up to the dash before: the secret part passed bare);
//  - a card number or an SSN cut by a wrapped line ("4111 1111\n1111 1111", "078-05-\n1120");
//  - a token cut over three text items of a result (two items were read across, three not);
//  - a token cut between a tool's last progress message and its result (the junction read notifications only).
// The forbidden values must never reach the server in arguments nor the client in results; ordinary texts
// of the same look still pass unchanged.
import { writeFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import {
  echoCallsSeen,
  echoOutcomes,
  namedEchoOutcomes,
  RawBridge,
  recorderWithDefinitions,
  recorderWithResults,
  resultTexts,
  sameFor,
  toolDefinition,
} from "../src/index.js";

const TEAM = "123456789012";
const BOT = "1234567890123";
const SLACK_SECRET = "AbCdEfGhIjKlMnOpQrStUvWx";
const TOKEN = `ghp_${"Q7wE2rT9yU4iO1pA6sD3fG8hJ5kL0zXcVbNm"}`;

const ATTACKS: Record<string, object> = {
  "a Slack token with a blank after its prefix": { note: `bot xoxb- ${TEAM}-${BOT}-${SLACK_SECRET}` },
  "a Slack token with a blank before a dash": { note: `bot xoxb-${TEAM} -${BOT}-${SLACK_SECRET}` },
  "a Slack token with a blank after its last dash": { note: `bot xoxb-${TEAM}-${BOT}- ${SLACK_SECRET}` },
  "a card wrapped at a space": { note: "pay with 4111 1111 1111\n1111 please" },
  "an SSN wrapped after a dash": { note: "my SSN is 078-05-\n1120" },
};
const ORDINARY: object[] = [
  { note: "xoxb- is the prefix of a bot token - see the docs" },
  { note: "steps: build - test - deploy, 2024-11-05 - 2024-11-06" },
  { note: "Totals\n2023 4512\n2024 4623" },
  { note: "ref 078-05\n1120 items shipped" },
  { note: "ports 8080 8443\n9090 9443" },
];
const text = (t: string) => ({ type: "text", text: t });
const RESULTS = {
  slack_cut: { content: [text(`bot token: xoxb-${TEAM}-${BOT}- ${SLACK_SECRET}\nscopes: chat:write`)] },
  wrapped_card: { content: [text("Card on file: 4111 1111\n1111 1111\nStatus: active")] },
  wrapped_ssn: { content: [text("SSN: 078-05\n-1120\nName: Jo")] },
  three_items: {
    content: [
      text(`Created ${TOKEN.slice(0, 14)}`),
      text(TOKEN.slice(14, 28)),
      text(`${TOKEN.slice(28)} ok`),
    ],
  },
};
const FORBIDDEN = [
  SLACK_SECRET,
  TEAM,
  BOT,
  "4111 1111",
  "1111 1111",
  "078-05-",
  "-1120",
  TOKEN.slice(14, 28),
];

const { home, log } = recorderWithResults(RESULTS);
// A server of its own for the streamed result, whose progress message before it carries the token's start.
// Its progress is sent during the call that carries the token (round 48: progress for no live token is dropped).
const stream = recorderWithDefinitions("recorder", {
  tools: [toolDefinition("streamed", "A report.")],
  results: { streamed: { content: [text(`${TOKEN.slice(20)}\nclone finished`)] } },
  streams: ["streamed"],
});
writeFileSync(
  `${stream.log}.to-client.json`,
  JSON.stringify([
    {
      jsonrpc: "2.0",
      method: "notifications/progress",
      params: { progressToken: "clone", progress: 1, message: `cloning with ${TOKEN.slice(0, 20)}` },
    },
  ]),
);
afterAll(() => stream.home.cleanup());
afterAll(() => home.cleanup());

const echoed = () => echoCallsSeen(log);

describe("wrapped, dashed and streamed values (round 14)", () => {
  it("none reaches the server in a tool's arguments (before: 4 of 5 did; the one cut after its last dash was blocked)", async () => {
    const { outcomes, echoed: count } = await namedEchoOutcomes(home, log, ATTACKS);
    expect(outcomes).toEqual(sameFor(ATTACKS, "sensitive_data"));
    expect(count).toBe(0);
  });

  it("ordinary texts of the same look still reach it", async () => {
    const before = echoed().length;
    const { outcomes } = await echoOutcomes(home, log, ORDINARY);
    expect(outcomes).toEqual(ORDINARY.map(() => "forwarded"));
    expect(echoed().length - before).toBe(ORDINARY.length);
  });

  it("the server saw no forbidden value", () => {
    for (const call of echoed()) for (const value of FORBIDDEN) expect(call).not.toContain(value);
  });

  it("results holding them reach the client redacted (before: 4 of 4 reached it with the value, the Slack one with its secret part bare)", async () => {
    const answers = await resultTexts(home, ["slack_cut", "wrapped_card", "wrapped_ssn", "three_items"]);
    for (const [name, answer] of Object.entries(answers)) {
      expect(answer, name).toContain("[REDACTED:");
      for (const value of FORBIDDEN) expect(answer, name).not.toContain(value);
    }
    expect(answers.slack_cut).toContain("scopes: chat:write");
    expect(answers.wrapped_card).toContain("Status: active");
    expect(answers.wrapped_ssn).toContain("Name: Jo");
  });

  it("a result that finishes the token of the progress message before it is redacted (before: it was not)", async () => {
    const bridge = new RawBridge(stream.home, "recorder");
    await bridge.initialize();
    bridge.send({
      jsonrpc: "2.0",
      id: 1,
      method: "tools/call",
      params: { name: "streamed", arguments: {}, _meta: { progressToken: "clone" } },
    });
    const lines: Record<string, unknown>[] = [];
    for (let line = await bridge.next(); ; line = await bridge.next()) {
      lines.push(line);
      if (line.id === 1) break;
    }
    bridge.close();
    await bridge.exited;
    const progress = lines.find((l) => l.method === "notifications/progress");
    expect(JSON.stringify(progress)).toContain(TOKEN.slice(0, 20));
    const answer = JSON.stringify(lines.at(-1)?.result);
    expect(answer).toContain("[REDACTED:github_token]");
    expect(answer).toContain("clone finished");
    expect(answer).not.toContain(TOKEN.slice(20, 30));
  });
});
