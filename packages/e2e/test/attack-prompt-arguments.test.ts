// Attack: credential files and metadata endpoints are refused when a tool's arguments name them (README,
// sensitive resources). A prompt takes arguments too, and a server fills its messages from them (a
// "review this file" prompt reads the path it is given); completion/complete sends an argument's partial
// value to the server, which a path-completing server answers with the directory's entries. Neither was
// checked: through the real bridge, the recording server received every request below.
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeGuardedHome, RawBridge, recorded, recorderServerYaml } from "../src/index.js";

const dir = makeGuardedHome().dir;
const log = join(dir, "recorder.log");
const home = makeGuardedHome(recorderServerYaml("recorder", log));
afterAll(() => home.cleanup());

const NAMED = [
  { path: "~/.ssh/id_rsa" },
  { file: "/etc/shadow" },
  { source: "~/.aws/credentials" },
  { target: "file:///root/.ssh/id_ed25519" },
  { url: "http://169.254.169.254/latest/meta-data/iam/security-credentials/" },
  { url: "http://0xa9fea9fe/latest/meta-data/" },
];

describe("prompt arguments and completions that name credentials", () => {
  it("refuses prompts/get and completion/complete naming a credential file or metadata endpoint", async () => {
    const bridge = new RawBridge(home, "recorder");
    await bridge.initialize();
    let id = 0;
    const outcomes: string[] = [];
    const send = async (method: string, params: object) => {
      bridge.send({ jsonrpc: "2.0", id: ++id, method, params });
      const line = await bridge.answerTo(id);
      const error = line.error as { data?: { reason?: string } } | undefined;
      outcomes.push(error?.data?.reason ?? "forwarded");
    };
    for (const args of NAMED) {
      await send("prompts/get", { name: "greeting", arguments: args });
      const [name, value] = Object.entries(args)[0]!;
      await send("completion/complete", {
        ref: { type: "ref/prompt", name: "greeting" },
        argument: { name, value },
      });
    }
    // An ordinary argument still goes through.
    await send("prompts/get", { name: "greeting", arguments: { path: "/tmp/notes.txt" } });
    bridge.close();
    await bridge.exited;

    // Before the fix: 12 of 12 forbidden requests reached the server.
    expect(outcomes.slice(0, -1)).toEqual(Array(2 * NAMED.length).fill("sensitive_resource"));
    expect(outcomes.at(-1)).toBe("forwarded");
    const received = recorded(log).filter(
      (m) => typeof m === "object" && (m.method === "prompts/get" || m.method === "completion/complete"),
    );
    expect(received).toHaveLength(1);
    expect(JSON.stringify(received[0])).toContain("/tmp/notes.txt");
  });
});
