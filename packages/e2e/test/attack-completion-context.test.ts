// Attack: a completion request that names a credential file is refused (docs/tool-integrity.md, sensitive
// resources; see attack-prompt-arguments.test.ts for the argument being completed). Since the 2025-06-18
// specification a completion/complete also carries `context.arguments`, the values the user already gave the
// prompt's other arguments, which the server uses to complete this one (a "file" argument completed inside
// the "dir" argument's directory lists that directory). Those values go to the server as well, and were not
// checked: through the real bridge, the recording server received 4 of 4 such requests before the fix
// (permissions.ts now checks them like the completed argument).
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeGuardedHome, RawBridge, recorded, recorderServerYaml } from "../src/index.js";

const dir = makeGuardedHome().dir;
const log = join(dir, "recorder.log");
const home = makeGuardedHome(recorderServerYaml("recorder", log));
afterAll(() => home.cleanup());

const CONTEXTS: Record<string, string>[] = [
  { dir: "~/.ssh" },
  { path: "~/.ssh/id_rsa" },
  { source: "~/.aws/credentials" },
  { url: "http://169.254.169.254/latest/meta-data/iam/security-credentials/" },
];

describe("completion context arguments that name credentials", () => {
  it("refuses completion/complete whose context names a credential file or metadata endpoint", async () => {
    const bridge = new RawBridge(home, "recorder");
    await bridge.initialize();
    let id = 0;
    const outcomes: string[] = [];
    const complete = async (context: Record<string, string>) => {
      bridge.send({
        jsonrpc: "2.0",
        id: ++id,
        method: "completion/complete",
        params: {
          ref: { type: "ref/prompt", name: "greeting" },
          argument: { name: "file", value: "id" },
          context: { arguments: context },
        },
      });
      const line = await bridge.answerTo(id);
      const error = line.error as { data?: { reason?: string } } | undefined;
      outcomes.push(error?.data?.reason ?? "forwarded");
    };
    for (const context of CONTEXTS) await complete(context);
    // Ordinary context still goes through.
    await complete({ dir: "/tmp/notes" });
    bridge.close();
    await bridge.exited;

    expect(outcomes).toEqual([...Array(CONTEXTS.length).fill("sensitive_resource"), "forwarded"]);
    const received = recorded(log).filter((m) => typeof m === "object" && m.method === "completion/complete");
    expect(received).toHaveLength(1);
    expect(JSON.stringify(received[0])).toContain("/tmp/notes");
  });
});
