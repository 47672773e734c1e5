// Attack (round 18): a denied resource read under a name the server's side resolves to it though no rule
// spells it. On Windows a long name has a short (8.3) one, `PROGRA~1` for `Program Files` and `DOCUME~1`
// for `Documents`, which the file system opens as the long one; a drive is also reached through its
// administrative share, relative to its current directory, or by its volume's device path. A web server's router (servlet containers
// among others) drops a path segment's ";" parameters, so `/admin;x/users` is `/admin/users` to it. On
// 480d21d 10 of these 10 reached the recording server; now it receives none, and neighbours still pass.
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeGuardedHome, readOutcomes, recorded, recorderServerYaml } from "../src/index.js";

const log = join(makeGuardedHome().dir, "recorder.log");
const DENY = [
  "    policy:",
  "      permissions:",
  "        denied_resources:",
  '          - "file:///C:/Program Files/Vault/**"',
  '          - "file:///C:/Users/me/Documents/**"',
  '          - "file:///C:/Users/me/wallet.backup"',
  '          - "https://intranet.example/admin/**"',
  '          - "https://intranet.example/payroll"',
].join("\n");
const home = makeGuardedHome(recorderServerYaml("recorder", log, undefined, DENY));
afterAll(() => home.cleanup());

const DENIED = [
  "file:///C:/PROGRA~1/Vault/keys.txt",
  "file:///c:/progra~2/vault/keys.txt",
  "file:///C:/Users/me/DOCUME~1/taxes.pdf",
  "file:///C:/Users/me/WALLET~1.BAC",
  "https://intranet.example/admin;x=1/users",
  "https://intranet.example/ADMIN;/users",
  "https://intranet.example/payroll;jsessionid=42",
  // A drive's administrative share (`\\localhost\C$\…`), a path relative to drive C's current directory
  // (`C:Users\…`, which is C:\Users\… for a server started in C:\), and a volume's device path.
  "file:////localhost/C$/Users/me/Documents/taxes.pdf",
  "file:///C:Users/me/Documents/taxes.pdf",
  "file:////./GLOBALROOT/Device/HarddiskVolume3/Users/me/Documents/taxes.pdf",
];
const ORDINARY = [
  "file:///C:/PROGRA~1/Public/readme.txt",
  "file:///C:/Users/me/DOWNLO~1/setup.exe",
  "file:///C:/Users/me/WALLET~1.TXT",
  "https://intranet.example/administrator;x/users",
  "https://intranet.example/payroll-faq;x",
];

describe("a denied resource under a Windows short name or with ';' path parameters", () => {
  it("is refused; the server receives none of them, and its neighbours pass", async () => {
    const outcomes = await readOutcomes(home, [...DENIED, ...ORDINARY]);
    const received = recorded(log)
      .filter((m) => typeof m === "object" && m.method === "resources/read")
      .map((m) => (m as { params: { uri: string } }).params.uri);
    expect(outcomes.slice(DENIED.length)).toEqual(ORDINARY.map(() => "forwarded"));
    expect(received.filter((uri) => DENIED.includes(uri))).toEqual([]);
    expect(received).toEqual(ORDINARY);
  });
});
