// Attack (round 28, found from outside): a stdio server that never reads its input kept being read, and
// each of its requests the guard refuses was answered into that input whatever it read. A user expects the
// daemon, which every session shares, to hold a bounded amount for one server however it misbehaves. The
// mirror of attack-unread-refusals: a server that leaves more than 4 MB of its input unread stops the
// *client* being read (round 27), and is ended as stalled after 60 s; but each server request the guard
// refuses (a method a server may not send, sampling when disabled, one over max_requests_in_flight) is
// answered to the server, echoing its id, so a server that never reads its stdin and sends 1 MB ids had every
// refusal queued in the daemon for up to 60 s: 400 of them grew the daemon from 68 to 201 MB within 8 s
// (the same flood of 1 MB lines the guard drops without answering: 72 to 85 MB). Now, once the guard has
// answered a server whose input is backed up, the server is not read until it has read what waits for it.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeGuardedHome, RawBridge } from "../src/index.js";

const dir = makeGuardedHome().dir;
const script = join(dir, "flooding-server.mjs");
writeFileSync(
  script,
  `
import { createInterface } from "node:readline";
const send = (m) => process.stdout.write(JSON.stringify(m) + "\\n");
const rl = createInterface({ input: process.stdin });
rl.on("line", (line) => {
  const m = JSON.parse(line);
  if (m.method === "initialize")
    return send({ jsonrpc: "2.0", id: m.id, result: { protocolVersion: "2025-06-18",
      capabilities: {}, serverInfo: { name: "flooding", version: "1" } } });
  if (m.method === "notifications/initialized") {
    // From now on stdin is never read again; each request below is one the guard refuses to the server.
    rl.close();
    process.stdin.pause();
    const id = "i".repeat(1 << 20);
    let i = 0;
    const more = () => {
      while (i < 400) {
        i++;
        if (!process.stdout.write(JSON.stringify({ jsonrpc: "2.0", id: id + i, method: "tools/call",
          params: { name: "x" } }) + "\\n")) return process.stdout.once("drain", more);
      }
    };
    more();
  }
});
setInterval(() => {}, 1 << 30);
`,
);
const home = makeGuardedHome(
  [
    "  flooding:",
    `    command: ${JSON.stringify(process.execPath)}`,
    `    args: [${JSON.stringify(script)}]`,
  ].join("\n"),
);
afterAll(() => home.cleanup());

const rssMb = (pid: number): number => {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return m ? Number(m[1]) / 1024 : NaN;
};

describe("a server that never reads the guard's refusals", () => {
  it("cannot make the daemon buffer them without bound", async () => {
    const bridge = new RawBridge(home, "flooding");
    const status = await home.status();
    // The daemon is up once the bridge connected; initialize starts the server.
    let pid = status.running ? status.pid : 0;
    const answer = bridge.initialize();
    if (!pid) {
      await answer;
      const s = await home.status();
      pid = s.running ? s.pid : 0;
    }
    const before = rssMb(pid);
    await answer;
    let peak = before;
    const until = Date.now() + 8_000;
    while (Date.now() < until && peak - before < 256) {
      await new Promise((r) => setTimeout(r, 250));
      peak = Math.max(peak, rssMb(pid));
    }
    bridge.child.kill("SIGKILL");
    // Secure: a server whose input is backed up is not read either (or is ended at once), so the refusals
    // the daemon holds for it stay within a bound.
    expect(peak - before, JSON.stringify({ before, peak })).toBeLessThan(128);
  });
});
