// Attack: names that public wildcard DNS services (nip.io, sslip.io, xip.io and their like) resolve to the
// address written inside them, so a fetching server connects to the metadata endpoint itself: the address
// dotted, dashed or in hex as a label, before any domain. Also EC2's own names for the endpoint
// (instance-data, instance-data.ec2.internal). A name the attacker's own DNS points there cannot be seen
// without resolving it, which the guard does not do (docs/tool-integrity.md, sensitive resources). Through
// the real bridge, the recording server must receive none of these; ordinary names holding numbers still
// pass.
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeGuardedHome, RawBridge, recorded, recorderServerYaml, refusal } from "../src/index.js";

const log = join(makeGuardedHome().dir, "recorder.log");
const home = makeGuardedHome(recorderServerYaml("recorder", log));
afterAll(() => home.cleanup());

const FORBIDDEN = [
  "http://169.254.169.254.nip.io/latest/meta-data/iam/security-credentials/",
  "http://169-254-169-254.nip.io/latest/meta-data/",
  "http://a9fea9fe.nip.io/latest/meta-data/",
  "http://app.169.254.169.254.sslip.io/latest/meta-data/",
  "http://169.254.169.254.xip.io/latest/meta-data/",
  "https://169-254-170-2.sslip.io/v2/credentials/",
  "http://100-100-100-200.nip.io/latest/meta-data/",
  "http://fd00-ec2--254.sslip.io/latest/meta-data/",
  "http://instance-data/latest/meta-data/",
  "http://INSTANCE-DATA.ec2.internal./latest/meta-data/",
];
const ORDINARY = [
  "http://10.0.0.1.nip.io/",
  "http://169-254-169-25.nip.io/",
  "https://build-169254169254.example.com/",
  "https://instance-data.example.com/",
];

describe("metadata endpoints named through wildcard DNS", () => {
  it("never reach the server; ordinary names holding numbers do", async () => {
    const bridge = new RawBridge(home, "recorder");
    await bridge.initialize();
    let id = 0;
    const outcomes: unknown[] = [];
    for (const url of [...FORBIDDEN, ...ORDINARY]) {
      bridge.send({
        jsonrpc: "2.0",
        id: ++id,
        method: "tools/call",
        params: { name: "echo", arguments: { url } },
      });
      outcomes.push(refusal(await bridge.answerTo(id)));
      bridge.send({ jsonrpc: "2.0", id: ++id, method: "resources/read", params: { uri: url } });
      outcomes.push(refusal(await bridge.answerTo(id)));
    }
    bridge.close();
    await bridge.exited;
    // Before the fix, 20 of these 20 forbidden requests reached the server.
    expect(outcomes).toEqual([
      ...FORBIDDEN.flatMap(() => ["sensitive_resource", "sensitive_resource"]),
      ...ORDINARY.flatMap(() => ["forwarded", "forwarded"]),
    ]);
    const received = JSON.stringify(
      recorded(log).filter(
        (m) => typeof m === "object" && (m.method === "tools/call" || m.method === "resources/read"),
      ),
    );
    for (const url of FORBIDDEN) expect(received).not.toContain(url.slice(7, 30));
    for (const url of ORDINARY) expect(received).toContain(url);
  });
});
