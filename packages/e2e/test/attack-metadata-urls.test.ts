// Attack: the README says requests for cloud instance-metadata endpoints and credential files are refused.
// A fetch-style tool or a resource read reaches those endpoints under many more spellings than the rule's
// literal patterns: every URL below is read by Node's fetch (the WHATWG URL parser) and by glibc's
// inet_aton as the metadata address itself (hex, octal, one decimal number, a trailing dot, an IPv4-mapped
// IPv6 address, the default port written out, userinfo, a leading space or a tab the parser drops), and the
// files below hold the same secrets as the listed ones (/etc/shadow-, a thread's environ, Azure's tokens).
// Through the real bridge, the recording server must receive none of them.
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeGuardedHome, RawBridge, recorded, recorderServerYaml } from "../src/index.js";

const dir = makeGuardedHome().dir;
const log = join(dir, "recorder.log");
const home = makeGuardedHome(recorderServerYaml("recorder", log));
afterAll(() => home.cleanup());

/** What `new URL(u).hostname` reads as 169.254.169.254 (or another metadata host), written otherwise. */
const METADATA_SPELLINGS = [
  "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
  "http://169.254.169.254./latest/meta-data/",
  "http://169.254.169.254:80/latest/meta-data/",
  "http://user@169.254.169.254/latest/meta-data/",
  "http://user:pw@169.254.169.254/latest/meta-data/",
  "http://0xa9fea9fe/latest/meta-data/",
  "http://0xA9.0xFE.0xA9.0xFE/latest/meta-data/",
  "http://2852039166/latest/meta-data/",
  "http://0251.0376.0251.0376/latest/meta-data/",
  "http://169.254.43518/latest/meta-data/",
  "http://[::ffff:169.254.169.254]/latest/meta-data/",
  "http://[::ffff:a9fe:a9fe]/latest/meta-data/",
  "http://[0:0:0:0:0:ffff:a9fe:a9fe]/latest/meta-data/",
  " http://169.254.169.254/latest/meta-data/",
  "http://169.254.169.254/lat\test/meta-data/",
  "http://169.254.\t169.254/latest/meta-data/",
  "HTTP://169.254.169.254/latest/meta-data/",
  "https://169.254.169.254/latest/meta-data/",
  "http://169.254.169.254#@example.com/",
  "http://metadata.google.internal./computeMetadata/v1/",
  "http://METADATA.google.internal/computeMetadata/v1/",
  "http://metadata.google.internal:80/computeMetadata/v1/",
  "http://[fd00:ec2:0::254]/latest/meta-data/",
  "http://[FD00:EC2::254]/latest/meta-data/",
  "http://100.100.100.200./latest/meta-data/",
  // ECS task credentials: the container's IAM role keys.
  "http://169.254.170.2/v2/credentials/",
];

/** Files that hold what the listed ones hold. */
const FILE_SPELLINGS = [
  "/etc/shadow-",
  "/etc/gshadow-",
  "/proc/self/task/1/environ",
  "/proc/1/task/1/environ",
  "/root/.azure/msal_token_cache.json",
  "/root/.azure/accessTokens.json",
  "/var/run/secrets/kubernetes.io/serviceaccount/token",
  "/run/secrets/kubernetes.io/serviceaccount/token",
];

describe("instance-metadata endpoints and credential files in every spelling", () => {
  it("refuses each one as a tool argument and as a resource URI; the server receives none", async () => {
    const bridge = new RawBridge(home, "recorder");
    await bridge.initialize();
    let id = 0;
    const answers: Array<{ what: string; reason: unknown }> = [];
    const send = async (what: string, method: string, params: object) => {
      bridge.send({ jsonrpc: "2.0", id: ++id, method, params });
      for (;;) {
        const line = await bridge.next();
        if (line.id !== id) continue;
        const error = line.error as { data?: { reason?: unknown } } | undefined;
        answers.push({ what, reason: error?.data?.reason ?? "forwarded" });
        return;
      }
    };
    for (const url of METADATA_SPELLINGS) {
      await send(url, "tools/call", { name: "echo", arguments: { url } });
      await send(url, "resources/read", { uri: url });
    }
    for (const path of FILE_SPELLINGS) {
      await send(path, "tools/call", { name: "echo", arguments: { path } });
      await send(path, "resources/read", { uri: `file://${path}` });
    }
    bridge.close();
    await bridge.exited;

    const forwarded = answers.filter((a) => a.reason === "forwarded").map((a) => a.what);
    // The recording server is the proof: nothing that names one of them arrived.
    const received = recorded(log).filter(
      (m) => typeof m === "object" && (m.method === "tools/call" || m.method === "resources/read"),
    );
    // Before the fix: 54 of 68 requests reached the server (only the literal spellings of the listed
    // hosts were refused, plus the resource URIs with a tab in them, as malformed).
    expect(forwarded).toEqual([]);
    expect(received).toEqual([]);
    expect(answers).toHaveLength(2 * (METADATA_SPELLINGS.length + FILE_SPELLINGS.length));
    // A URL with a tab in it is refused as malformed when it is a resource URI, before it is matched.
    for (const a of answers) expect(["sensitive_resource", "malformed_uri"]).toContain(a.reason);
  });

  it("still forwards ordinary URLs and files", async () => {
    const bridge = new RawBridge(home, "recorder");
    await bridge.initialize();
    const ordinary = [
      "http://169.254.169.25/status",
      "http://example.com/latest/meta-data/",
      "https://metadata.example.org/v1/",
      "http://10.0.0.1:8080/",
    ];
    let id = 100;
    for (const url of ordinary) {
      bridge.send({
        jsonrpc: "2.0",
        id: ++id,
        method: "tools/call",
        params: { name: "echo", arguments: { url } },
      });
      expect(await bridge.next()).toMatchObject({ id, result: {} });
    }
    bridge.send({
      jsonrpc: "2.0",
      id: ++id,
      method: "tools/call",
      params: { name: "echo", arguments: { path: "/etc/hostname" } },
    });
    expect(await bridge.next()).toMatchObject({ id, result: {} });
    bridge.close();
    await bridge.exited;
  });
});
