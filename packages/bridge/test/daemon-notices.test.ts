// The bridge reads the daemon's word through the same parsers as the daemon reads the bridge's: a notice
// that is not one (a garbled frame from a daemon of another version, say) ends the session with exit 1 and
// says so, rather than being guessed at. A fake daemon on a socket plays each case.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { FRAME_CONTROL, FrameDecoder, writeControl, type DaemonPaths } from "@mcp-guard/wire";
import { afterEach, describe, expect, it } from "vitest";
import { runBridge } from "../src/bridge.js";

const dir = mkdtempSync(join(tmpdir(), "mcpg-bridge-"));
const paths: DaemonPaths = {
  home: dir,
  socket: join(dir, "daemon.sock"),
  key: join(dir, "daemon.key"),
  lock: join(dir, "daemon.lock"),
  database: join(dir, "audit.db"),
  log: join(dir, "daemon.log"),
  startupLog: join(dir, "daemon.startup.log"),
  tokens: join(dir, "tokens"),
};
writeFileSync(paths.key, "ab".repeat(32));

let server: Server | undefined;
afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});
process.on("exit", () => rmSync(dir, { recursive: true, force: true }));

function rawControl(socket: Socket, json: string): void {
  const payload = Buffer.from(json);
  const head = Buffer.alloc(5);
  head.writeUInt32BE(payload.length + 1, 0);
  head[4] = FRAME_CONTROL;
  socket.write(Buffer.concat([head, payload]));
}

/** A daemon that welcomes the hello, then says `after` (raw JSON) and closes. */
async function fakeDaemon(descriptors: boolean, after: string): Promise<void> {
  server = createServer((socket) => {
    const decoder = new FrameDecoder();
    socket.on("data", (chunk: Buffer) => {
      for (const frame of decoder.push(chunk)) {
        if (frame.kind !== FRAME_CONTROL || frame.message.type !== "hello") continue;
        writeControl(socket, { type: "welcome", session: "s1", descriptors });
        rawControl(socket, after);
        socket.end();
      }
    });
  });
  await new Promise<void>((resolve) => server?.listen(paths.socket, resolve));
}

async function bridge(): Promise<{ code: number; stderr: string }> {
  const stderr = new PassThrough();
  let text = "";
  stderr.setEncoding("utf8").on("data", (t: string) => (text += t));
  const stdin = new PassThrough();
  const code = await runBridge({
    server: "fs",
    paths,
    env: {},
    startDaemon: () => {},
    stdin,
    stdout: new PassThrough(),
    stderr,
  });
  return { code, stderr: text };
}

describe("the daemon's notices, as the bridge reads them", () => {
  it("exits with the code the daemon sends when it holds the client's stdio", async () => {
    await fakeDaemon(true, JSON.stringify({ type: "exit", code: 3 }));
    expect(await bridge()).toEqual({ code: 3, stderr: "" });
  });

  it.each([
    [true, { type: "exit", code: 300 }, /session notice\.code: expected an integer in 0\.\.255, got 300/],
    [true, { type: "exit", code: "0" }, /session notice\.code: expected an integer/],
    [true, { type: "shutdown" }, /session notice\.type: expected one of closing, exit, got "shutdown"/],
    [false, { type: "closing", reason: "r" }, /session notice\.message: expected a string, got nothing/],
    [false, { type: "welcome" }, /session notice\.type: expected one of closing, exit/],
  ])("fails closed on a notice that is not one (descriptors %s: %j)", async (descriptors, notice, text) => {
    await fakeDaemon(descriptors, JSON.stringify(notice));
    const { code, stderr } = await bridge();
    expect(code).toBe(1);
    expect(stderr).toMatch(/^mcp-guard: protocol error from the daemon: /);
    expect(stderr).toMatch(text);
  });

  it("prints the daemon's reason for closing and exits 1", async () => {
    await fakeDaemon(false, JSON.stringify({ type: "closing", reason: "server_removed", message: "gone" }));
    expect(await bridge()).toEqual({ code: 1, stderr: "mcp-guard: gone\n" });
  });
});
