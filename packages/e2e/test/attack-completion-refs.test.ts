// Attack: completion/complete names what it completes in `ref`, a prompt ("ref/prompt") or a resource
// ("ref/resource"), and the guard checks that prompt or resource against the permissions and the sensitive
// resources (docs/side-doors.md, permissions). A ref of any other kind was let through unchecked, so a server
// that reads the ref loosely (the type compared without case or spaces, or a name/uri read whatever the type)
// was asked to complete against a denied prompt or a credential file. Through the real bridge, the recording
// server received 7 of 7 such requests before the fix; an unknown kind of ref is now refused
// (invalid_request).
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeGuardedHome, RawBridge, recorded, recorderServerYaml, refusal } from "../src/index.js";

const dir = makeGuardedHome().dir;
const log = join(dir, "recorder.log");
const policy = ["    policy:", "      permissions:", '        denied_prompts: ["admin_*"]'].join("\n");
const home = makeGuardedHome(recorderServerYaml("recorder", log, undefined, policy));
afterAll(() => home.cleanup());

const SSH_KEY = "file:///home/user/.ssh/id_rsa";
const LOOSE_REFS: object[] = [
  { type: "ref/Prompt", name: "admin_reset" },
  { type: "ref/prompt ", name: "admin_reset" },
  { type: "ref/Resource", uri: SSH_KEY },
  { type: "ref/resources", uri: SSH_KEY },
  { type: "ref/tool", name: "delete_account" },
  { name: "admin_reset" },
  { type: 1, uri: SSH_KEY },
];

describe("completion refs of an unknown kind", () => {
  it("are refused before the server sees them; a prompt ref still completes", async () => {
    const bridge = new RawBridge(home, "recorder");
    await bridge.initialize();
    let id = 0;
    const complete = async (ref: object) => {
      bridge.send({
        jsonrpc: "2.0",
        id: ++id,
        method: "completion/complete",
        params: { ref, argument: { name: "topic", value: "a" } },
      });
      const line = await bridge.answerTo(id);
      return refusal(line);
    };
    const outcomes: unknown[] = [];
    for (const ref of LOOSE_REFS) outcomes.push(await complete(ref));
    outcomes.push(await complete({ type: "ref/prompt", name: "greeting" }));
    bridge.close();
    await bridge.exited;

    expect(outcomes).toEqual([...LOOSE_REFS.map(() => "invalid_request"), "forwarded"]);
    const received = recorded(log).filter((m) => typeof m === "object" && m.method === "completion/complete");
    expect(received).toHaveLength(1);
    expect(JSON.stringify(received[0])).toContain('"greeting"');
  });
});
