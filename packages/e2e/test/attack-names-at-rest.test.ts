// Attack (round 31, found from outside): round 30 keeps a definition's TEXT redacted at rest
// (shown-text.ts definitionAtRest), and the guard shows a definition's NAME redacted too (a tool named after a
// token, a resource URI with a key in it: docs/audit-log.md "what the guard shows and keeps"). But the
// name itself is the key of every pin table (pins, pin_changes, listed_definitions): a server that lists a
// resource whose URI carries a token, or a tool named after one, has the token written bare into
// mcp-guard.db, where the design says the guard never stores raw credentials (types, paths and digests
// only). The pins could be keyed by a keyed digest of the name (as the audit keeps a target), with the shown
// name redacted.
// Secure behaviour: after the server's lists pass the guard, no byte of the home holds the token.
// Through the real bridge and the recording server; the daemon is stopped before the byte search.
import { afterAll, describe, expect, it } from "vitest";
import { RawBridge, valuesOnDisk } from "../src/index.js";
import { recorderWithDefinitions, redefine, toolDefinition } from "../src/recorder-session.js";

const GITHUB = "ghp_R8kWq2ZpL5vN3xT7yB1cD4fG6hJ9mK0sA2eU";
const SLACK = "xoxb-2837460192-5847261093-aZ8kLm3QpR7tVx9WbN2cY4dE";
const FEED = `https://api.example.com/v1/feed?token=${SLACK}`;
const { home, log } = recorderWithDefinitions("recorder", {
  tools: [toolDefinition("echo", "Returns its arguments."), toolDefinition(GITHUB, "A report.")],
  resources: [{ uri: FEED, name: "feed" }],
});
afterAll(() => home.cleanup());

async function listedTools(): Promise<string> {
  const bridge = new RawBridge(home, "recorder");
  await bridge.initialize();
  bridge.send({ jsonrpc: "2.0", id: 2, method: "tools/list" });
  const tools = JSON.stringify(await bridge.answerTo(2));
  bridge.close();
  await bridge.exited;
  return tools;
}

describe("definition names at rest", () => {
  it("keep no credential a server put in a tool's name or a resource's URI", async () => {
    const bridge = new RawBridge(home, "recorder");
    await bridge.initialize();
    bridge.send({ jsonrpc: "2.0", id: 2, method: "tools/list" });
    const tools = JSON.stringify(await bridge.answerTo(2));
    bridge.send({ jsonrpc: "2.0", id: 3, method: "resources/list" });
    const resources = JSON.stringify(await bridge.answerTo(3));
    bridge.close();
    await bridge.exited;
    // The control: the client was never shown the values.
    expect(tools).not.toContain(GITHUB);
    expect(resources).not.toContain(SLACK);
    await home.stop();
    expect(
      valuesOnDisk(home.home, [
        ["github token (tool name)", GITHUB],
        ["slack token (resource uri)", SLACK],
      ]),
    ).toEqual([]);
  });

  it("still withhold a changed definition under such a name, and approve it by its id, after a restart too", async () => {
    redefine(log, {
      tools: [toolDefinition("echo", "Returns its arguments."), toolDefinition(GITHUB, "A longer report.")],
      resources: [{ uri: FEED, name: "feed" }],
    });
    expect(await listedTools()).not.toContain("A longer report."); // a change under the kept name: withheld
    const list = (await home.cli(["approvals", "list"])).stdout;
    const id = /^(d[0-9a-f]{32}) {2}pending {2}recorder {2}tool \[REDACTED:github_token\]/m.exec(list)?.[1];
    expect(id).toBeDefined();
    expect(list).not.toContain(GITHUB);
    expect((await home.cli(["approvals", "approve", id!, "--by", "person"])).code).toBe(0);
    expect(await listedTools()).toContain("A longer report.");
  });
});
