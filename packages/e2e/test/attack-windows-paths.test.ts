// Attack (round 7, still open from round 6): credential files named in Windows spellings and through Linux
// path aliases. A tool on Windows opens `C:\Users\u\.ssh\id_rsa`, `\\?\C:\...` and `C:/Users/...` alike; on
// Linux `/proc/self/root/etc/shadow` and `/etc/../etc/shadow` open the same file as `/etc/shadow`. The test
// sends each as a tool's and a prompt's arguments through the real bridge and passes only when the
// recording server received only the ordinary arguments. Before the fix (sensitive.ts) 6 of 14 forbidden
// calls reached the server: `\\?\C:\...` under a path-like name (its "?" was read as a URI query, hiding
// the path) and drive paths under any other argument name (only POSIX absolute paths were checked there).
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeGuardedHome, recorded, recorderServerYaml, toolAndPromptOutcomes } from "../src/index.js";

const log = join(makeGuardedHome().dir, "recorder.log");
const home = makeGuardedHome(recorderServerYaml("recorder", log));
afterAll(() => home.cleanup());

const FORBIDDEN: object[] = [
  { path: "C:\\Users\\u\\.ssh\\id_rsa" },
  { path: "\\\\?\\C:\\Users\\u\\.ssh\\id_rsa" },
  { path: "C:/Users/u/.ssh/id_rsa" },
  { note: "C:\\Users\\u\\.aws\\credentials" },
  { note: "\\\\.\\D:\\home\\.ssh\\id_ed25519" },
  { path: "/proc/self/root/etc/shadow" },
  { path: "/etc/../etc/shadow" },
];

const ORDINARY: object[] = [{ note: "C:\\Users\\u\\report.csv" }, { path: "D:/data/notes.txt" }];

describe("credential files in Windows spellings and Linux path aliases", () => {
  it("never reach the server", async () => {
    const outcomes = await toolAndPromptOutcomes(home, "recorder", [...FORBIDDEN, ...ORDINARY]);
    const received = recorded(log).filter(
      (m) => typeof m === "object" && (m.method === "tools/call" || m.method === "prompts/get"),
    );
    expect({ outcomes, received: received.length }).toEqual({
      outcomes: [
        ...FORBIDDEN.flatMap(() => ["sensitive_resource", "sensitive_resource"]),
        ...ORDINARY.flatMap(() => ["forwarded", "forwarded"]),
      ],
      received: 2 * ORDINARY.length,
    });
  });
});
