// The daemon trusts the kernel, not the client, about who connected: even with the right key, a process
// running as another user is refused. (Normally the 0700 home already stops it; this test opens the
// directory on purpose to reach the peer-credential check behind it.)
import { spawn } from "node:child_process";
import { chmodSync, readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { makeGuardedHome } from "../src/index.js";

const home = makeGuardedHome();
afterAll(() => home.cleanup());

/** A raw hello over the socket from a child process with the given uid; prints the daemon's reply. */
function helloAs(uid: number, key: string): Promise<Record<string, unknown>> {
  const script = `
    const net = require("node:net");
    const s = net.connect(process.env.SOCK, () => {
      const body = Buffer.from(JSON.stringify({ type: "hello", protocol: 1, key: process.env.KEY, purpose: "session", server: "fixture" }));
      const head = Buffer.alloc(5); head.writeUInt32BE(body.length + 1, 0); head[4] = 0x43;
      s.write(Buffer.concat([head, body]));
    });
    let buf = Buffer.alloc(0);
    s.on("data", (d) => { buf = Buffer.concat([buf, d]); if (buf.length >= 4 && buf.length >= 4 + buf.readUInt32BE(0)) { process.stdout.write(buf.subarray(5, 4 + buf.readUInt32BE(0))); s.destroy(); } });
    s.on("error", (e) => { process.stdout.write(JSON.stringify({ type: "error", code: e.code })); });`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["-e", script], {
      uid,
      gid: uid,
      env: { SOCK: `${home.home}/daemon.sock`, KEY: key },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.setEncoding("utf8").on("data", (t: string) => (out += t));
    child.on("close", () => {
      try {
        resolve(JSON.parse(out) as Record<string, unknown>);
      } catch {
        reject(new Error(`no reply: ${out}`));
      }
    });
  });
}

describe("peer credentials", () => {
  it("welcomes a process running as the daemon's own uid", async () => {
    expect((await home.cli(["start", "-d"])).code).toBe(0);
    const key = readFileSync(`${home.home}/daemon.key`, "utf8").trim();
    expect(await helloAs(process.getuid!(), key)).toMatchObject({ type: "welcome" });
  });

  it.runIf(process.getuid?.() === 0)("refuses another uid that holds the right key", async () => {
    const key = readFileSync(`${home.home}/daemon.key`, "utf8").trim();
    chmodSync(home.dir, 0o755);
    chmodSync(home.home, 0o755);
    chmodSync(`${home.home}/daemon.sock`, 0o666);
    expect(await helloAs(65534, key)).toMatchObject({ type: "refused", reason: "peer_uid_mismatch" });
    chmodSync(home.home, 0o700);
  });
});
