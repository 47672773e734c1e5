// Door: a member the checks read, present only under another case, is refused (docs/side-doors.md), since a
// server that reads keys case-insensitively (Go's encoding/json as in the MCP Go SDK before 1.3.1, .NET's web
// defaults) reads `Name` as `name`. A completion's `context.arguments` is checked for credential files and
// metadata endpoints (attack-completion-context.test.ts), but neither `context` nor its `arguments` is on the
// list: `{ "Context": { "arguments": { "path": "~/.ssh/id_rsa" } } }` is judged as carrying no context and
// reaches the server, which such a peer reads as the context the guard refuses when spelled exactly.
// Real bridge, recording server.
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeGuardedHome, RawBridge, recorded, recorderServerYaml } from "../src/index.js";

const dir = makeGuardedHome().dir;
const log = join(dir, "recorder.log");
const home = makeGuardedHome(recorderServerYaml("recorder", log));
afterAll(async () => {
  await home.cleanup();
});

const SENSITIVE = {
  path: "~/.ssh/id_rsa",
  url: "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
};
const CONTEXTS: Record<string, object> = {
  exact: { context: { arguments: SENSITIVE } },
  Context: { Context: { arguments: SENSITIVE } },
  Arguments: { context: { Arguments: SENSITIVE } },
  CONTEXT: { CONTEXT: { ARGUMENTS: SENSITIVE } },
};

describe("a completion's context spelled in another case", () => {
  it("is refused as the exactly spelled one is, never reaching the server", async () => {
    const bridge = new RawBridge(home, "recorder");
    await bridge.initialize();
    const outcomes: Record<string, string> = {};
    let id = 0;
    for (const [what, context] of Object.entries({
      ...CONTEXTS,
      ordinary: { context: { arguments: { dir: "/tmp/notes" } } },
    })) {
      bridge.send({
        jsonrpc: "2.0",
        id: ++id,
        method: "completion/complete",
        params: {
          ref: { type: "ref/prompt", name: "greeting" },
          argument: { name: "file", value: "id" },
          ...context,
        },
      });
      const error = (await bridge.answerTo(id)).error as { data?: { reason?: string } } | undefined;
      outcomes[what] = error === undefined ? "forwarded" : "refused";
    }
    bridge.close();
    await bridge.exited;
    const received = recorded(log).filter((m) => typeof m === "object" && m.method === "completion/complete");
    // The control: an ordinary context still goes through.
    expect(outcomes.ordinary).toBe("forwarded");
    expect(outcomes).toEqual({
      exact: "refused",
      Context: "refused",
      Arguments: "refused",
      CONTEXT: "refused",
      ordinary: "forwarded",
    });
    expect(
      received.map((m) => JSON.stringify(m)).filter((m) => m.includes("id_rsa") || m.includes("169.254")),
    ).toEqual([]);
  });
});
