// Attack: the client is only shown resources it may read (docs/side-doors.md, permissions: resources/list
// filtered by the rules, denied and credential-file contents taken out of every result). A result may also
// point at a resource without its contents, as a resource link ({type: "resource_link", uri, name,
// description}), and a server may tell the client that a resource changed (notifications/resources/updated).
// Both named denied resources and credential files to the client, with whatever description the server wrote:
// through the real bridge, 4 of 4 such links (in a tool's result and a prompt's messages) and 1 of 1 such
// notification reached the client before the fix. permissions.ts now keeps a link only when its resource is
// readable, and drops an update about one that is not; a link in a sampling request refuses it like an
// embedded resource.
import { join } from "node:path";
import { writeFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { makeGuardedHome, RawBridge, recorderServerYaml } from "../src/index.js";

const dir = makeGuardedHome().dir;
const log = join(dir, "recorder.log");
const policy = [
  "    policy:",
  "      sampling: { enabled: true }",
  "      permissions:",
  '        denied_resources: ["file:///data/private/**"]',
];
const home = makeGuardedHome(recorderServerYaml("recorder", log, undefined, policy.join("\n")));
afterAll(() => home.cleanup());

const link = (uri: string, description: string) => ({
  type: "resource_link",
  uri,
  name: "file",
  description,
});
const PUBLIC = link("file:///data/readme.txt", "public notes");
const FORBIDDEN = [
  link("file:///data/private/payroll.txt", "everyone's salary, Dana earns the most"),
  link("file:///home/dana/.ssh/id_ed25519", "Dana's deploy key"),
];
writeFileSync(
  `${log}.definitions.json`,
  JSON.stringify({
    tools: [
      { name: "search", description: "Searches the files.", inputSchema: { type: "object" } },
      { name: "report", description: "Reports on the files.", inputSchema: { type: "object" } },
    ],
    results: {
      search: { content: [{ type: "text", text: "3 hits" }, PUBLIC, ...FORBIDDEN] },
      report: {
        content: [{ type: "text", text: "3 files" }],
        structuredContent: { files: [PUBLIC, ...FORBIDDEN], newest: { link: FORBIDDEN[1] } },
      },
    },
    answers: {
      "prompts/get": {
        messages: [PUBLIC, ...FORBIDDEN].map((content) => ({ role: "user", content })),
      },
    },
  }),
);
writeFileSync(
  `${log}.to-client.json`,
  JSON.stringify([
    { jsonrpc: "2.0", method: "notifications/resources/updated", params: { uri: FORBIDDEN[0]!.uri } },
    {
      jsonrpc: "2.0",
      id: "linked",
      method: "sampling/createMessage",
      params: { messages: [{ role: "user", content: FORBIDDEN[0] }], maxTokens: 10 },
    },
    { jsonrpc: "2.0", method: "notifications/resources/updated", params: { uri: PUBLIC.uri } },
  ]),
);

describe("links to resources the client may not read", () => {
  it("never reach the client in results, prompts, notifications or sampling requests", async () => {
    const bridge = new RawBridge(home, "recorder");
    await bridge.initialize();
    const seen: Array<Record<string, unknown>> = [];
    for (;;) {
      const line = await bridge.next();
      seen.push(line);
      if ((line.params as { uri?: unknown } | undefined)?.uri === PUBLIC.uri) break;
    }
    bridge.send({ jsonrpc: "2.0", id: 1, method: "tools/call", params: { name: "search", arguments: {} } });
    bridge.send({ jsonrpc: "2.0", id: 2, method: "prompts/get", params: { name: "greeting" } });
    for (let answered = 0; answered < 2;) {
      const line = await bridge.next();
      seen.push(line);
      if (line.id === 1 || line.id === 2) answered++;
    }
    bridge.close();
    await bridge.exited;
    const shown = JSON.stringify(seen);
    for (const forbidden of FORBIDDEN) {
      expect(shown).not.toContain(forbidden.uri);
      expect(shown).not.toContain(forbidden.description);
    }
    expect(seen.some((l) => l.id === "linked")).toBe(false);
    // What the client may read is still shown.
    const result = seen.find((l) => l.id === 1)?.result as { content: unknown[] };
    expect(result.content).toEqual([{ type: "text", text: "3 hits" }, PUBLIC]);
    const prompt = seen.find((l) => l.id === 2)?.result as { messages: unknown[] };
    expect(prompt.messages).toEqual([{ role: "user", content: PUBLIC }]);
  });

  it("never reach the client inside a tool's structuredContent; a readable one does", async () => {
    const bridge = new RawBridge(home, "recorder");
    await bridge.initialize();
    bridge.send({ jsonrpc: "2.0", id: 3, method: "tools/call", params: { name: "report", arguments: {} } });
    const answer = await bridge.answerTo(3);
    bridge.close();
    await bridge.exited;
    // Before the fix, the two forbidden links (three places) reached the client in structuredContent.
    const shown = JSON.stringify(answer);
    for (const forbidden of FORBIDDEN) {
      expect(shown).not.toContain(forbidden.uri);
      expect(shown).not.toContain(forbidden.description);
    }
    expect((answer.result as { structuredContent: unknown }).structuredContent).toEqual({
      files: [PUBLIC],
      newest: {},
    });
  });
});
