// Attack: tool and prompt arguments that name credential files are refused (docs/tool-integrity.md, sensitive
// resources), also inside command lines and under other users' homes (`cat ~root/.ssh/id_rsa`). Three
// spellings were let through: another user's home as the whole argument (`~root/.ssh/id_rsa`, which a shell
// or Python's os.path.expanduser opens as /root/.ssh/id_rsa), an argument holding JSON that names the file
// (tools that take their options as a JSON string parse it), and the SSH server's own host keys and TLS
// private keys under /etc, which no rule named. Through the real bridge 10 of 10 such calls (5 spellings,
// each as a tool's and a prompt's arguments) reached the server before the fix (sensitive.ts). Ordinary
// arguments still pass.
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeGuardedHome, RawBridge, recorded, recorderServerYaml, refusal } from "../src/index.js";

const log = join(makeGuardedHome().dir, "recorder.log");
const home = makeGuardedHome(recorderServerYaml("recorder", log));
afterAll(() => home.cleanup());

const FORBIDDEN: object[] = [
  { user_key: "~root/.ssh/id_rsa" },
  { options: '{"path":"~/.ssh/id_rsa","lines":10}' },
  { batch: '[{"op":"read","target":"/etc/shadow"}]' },
  { path: "/etc/ssh/ssh_host_ed25519_key" },
  { path: "/etc/ssl/private/server.key" },
];
const ORDINARY: object[] = [
  { user_notes: "~dana/notes/todo.txt" },
  { options: '{"path":"/tmp/report.csv","lines":10}' },
  { path: "/etc/ssh/sshd_config.d" },
];

describe("credential files named in less common spellings", () => {
  it("never reach the server in a tool's or a prompt's arguments", async () => {
    const bridge = new RawBridge(home, "recorder");
    await bridge.initialize();
    let id = 0;
    const outcomes: unknown[] = [];
    for (const args of [...FORBIDDEN, ...ORDINARY])
      for (const [method, params] of [
        ["tools/call", { name: "echo", arguments: args }],
        ["prompts/get", { name: "greeting", arguments: args }],
      ] as const) {
        bridge.send({ jsonrpc: "2.0", id: ++id, method, params });
        const line = await bridge.answerTo(id);
        outcomes.push(refusal(line));
      }
    bridge.close();
    await bridge.exited;
    expect(outcomes).toEqual([
      ...FORBIDDEN.flatMap(() => ["sensitive_resource", "sensitive_resource"]),
      ...ORDINARY.flatMap(() => ["forwarded", "forwarded"]),
    ]);
    const received = recorded(log).filter(
      (m) => typeof m === "object" && (m.method === "tools/call" || m.method === "prompts/get"),
    );
    expect(received).toHaveLength(2 * ORDINARY.length);
  });
});
