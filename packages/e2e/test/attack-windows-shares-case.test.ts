// Attack (round 8, still open from round 7): credential files named through Windows shares, namespaces,
// variables and command lines, and in another letter case. macOS's and Windows' file systems ignore case,
// so `~/.SSH/ID_RSA` opens `~/.ssh/id_rsa` there; `\\wsl$\Ubuntu\etc\shadow` is WSL's /etc/shadow seen from
// Windows; `\\?\GLOBALROOT\Device\HarddiskVolumeShadowCopy1\…\SAM` a shadow copy of the registry's password
// hashes; cmd and PowerShell read `%USERPROFILE%` and `$env:USERPROFILE`, and take backslashes literally. The
// test sends each as a tool's and a prompt's arguments through the real bridge and passes only when the
// recording server received only the ordinary arguments. Before the fix (sensitive.ts) 26 of 28 forbidden
// calls reached the server.
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeGuardedHome, recorded, recorderServerYaml, toolAndPromptOutcomes } from "../src/index.js";

const log = join(makeGuardedHome().dir, "recorder.log");
const home = makeGuardedHome(recorderServerYaml("recorder", log));
afterAll(() => home.cleanup());

const FORBIDDEN: object[] = [
  { path: "\\\\?\\UNC\\server\\share\\Users\\u\\.ssh\\id_rsa" },
  { note: "\\\\wsl$\\Ubuntu\\etc\\shadow" },
  { path: "\\\\?\\GLOBALROOT\\Device\\HarddiskVolumeShadowCopy1\\Windows\\System32\\config\\SAM" },
  { path: "c:\\users\\u\\.SSH\\ID_RSA" },
  { path: "~/.SSH/id_rsa" },
  { file: "/ETC/SHADOW" },
  { query: "%USERPROFILE%\\.ssh\\id_rsa" },
  { query: "%APPDATA%\\gcloud\\credentials.db" },
  { command: "type C:\\Users\\u\\.aws\\credentials" },
  { command: "powershell Get-Content $env:USERPROFILE\\.ssh\\id_ed25519" },
  { command: "copy \\\\wsl$\\Ubuntu\\etc\\shadow C:\\Temp\\x" },
  { command: "cat ~/.AWS/Credentials" },
  { path: "/Users/me/Library/Keychains/login.keychain-db" },
  { path: "C:\\Users\\u\\AppData\\Roaming\\Microsoft\\Protect\\S-1-5-21\\key" },
];

const ORDINARY: object[] = [
  { path: "\\\\fileserver\\public\\docs\\a.txt" },
  { command: "type C:\\Users\\u\\Documents\\report.txt" },
  { note: "C: drive is full" },
];

describe("credential files through Windows shares, namespaces, variables and command lines, in any case", () => {
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
