// The control protocol through the real daemon and bridge: malformed first frames and control requests get
// a refusal that says what is wrong and the daemon carries on; an environment over MAX_HELLO_ENV_BYTES is
// refused by name (by the bridge before it sends it, and by the daemon when a peer sends it anyway), and
// the server behind never sees anything.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  FRAME_CONTROL,
  FrameDecoder,
  MAX_HELLO_ENV_BYTES,
  PROTOCOL_VERSION,
  type ControlFrame,
} from "@mcp-guard/wire";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI, makeGuardedHome, recorded, recorderServerYaml, type GuardedHome } from "../src/index.js";

let home: GuardedHome;
let log: string;
let key: string;

const logDir = mkdtempSync(join(tmpdir(), "mcpg-control-"));

beforeAll(async () => {
  log = join(logDir, "recorder.log");
  home = makeGuardedHome(recorderServerYaml("recorded", log));
  expect((await home.cli(["start", "-d"])).code).toBe(0);
  key = readFileSync(join(home.home, "daemon.key"), "utf8").trim();
});
afterAll(async () => {
  await home.cleanup();
  rmSync(logDir, { recursive: true, force: true });
});

function frame(payload: Buffer): Buffer {
  const head = Buffer.alloc(5);
  head.writeUInt32BE(payload.length + 1, 0);
  head[4] = FRAME_CONTROL;
  return Buffer.concat([head, payload]);
}

/** Sends raw control frames on a new connection; resolves with every control frame the daemon answers. */
function exchange(payloads: (string | object)[]): Promise<ControlFrame[]> {
  return new Promise((resolve, reject) => {
    const socket = connect(join(home.home, "daemon.sock"));
    const decoder = new FrameDecoder();
    const replies: ControlFrame[] = [];
    socket.on("connect", () => {
      for (const p of payloads)
        socket.write(frame(Buffer.from(typeof p === "string" ? p : JSON.stringify(p))));
      socket.end();
    });
    socket.on("data", (chunk: Buffer) => {
      for (const f of decoder.push(chunk)) if (f.kind === FRAME_CONTROL) replies.push(f.message);
    });
    socket.on("error", reject);
    socket.on("close", () => resolve(replies));
  });
}

const hello = { type: "hello", protocol: PROTOCOL_VERSION, purpose: "session", server: "recorded" };

describe("the control protocol through the daemon and the bridge", () => {
  it.each([
    [
      "a type that is no opening",
      { type: "request", op: "status" },
      /hello\.type: expected one of hello, probe/,
    ],
    ["another protocol", { ...hello, protocol: 9 }, /protocol 9 is not supported/],
    ["a hello without a key", { ...hello }, /hello\.key: expected a string, got nothing/],
    [
      "a server that is a number",
      { ...hello, key: "k", server: 3 },
      /hello\.server: expected a string, got 3/,
    ],
    [
      "an env value that is an object",
      { ...hello, key: "k", env: { A: {} } },
      /hello\.env\.A: expected a string/,
    ],
  ])("refuses %s as bad_hello, saying what is wrong", async (_, message, text) => {
    const replies = await exchange([message]);
    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatchObject({ type: "refused", reason: "bad_hello" });
    expect(String(replies[0]?.message)).toMatch(text);
  });

  it("answers a malformed control request with an error and keeps the channel for the next one", async () => {
    const replies = await exchange([
      { type: "hello", protocol: PROTOCOL_VERSION, key, purpose: "control" },
      { type: "request", op: "format_disk" },
      { type: "request" },
      { type: "request", op: "health" },
    ]);
    expect(replies.map((r) => r.type)).toEqual(["welcome", "error", "error", "health"]);
    expect(replies[1]).toMatchObject({ reason: "bad_request" });
    expect(String(replies[1]?.message)).toMatch(/request\.op: expected "status" or .* got "format_disk"/);
  });

  it("refuses a peer's hello whose environment is over MAX_HELLO_ENV_BYTES, by name and size", async () => {
    const env = { A: "x".repeat(100_000), B: "y".repeat(100_000) };
    const replies = await exchange([{ ...hello, key, env }]);
    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatchObject({ type: "refused", reason: "bad_hello" });
    expect(String(replies[0]?.message)).toContain(`at most ${MAX_HELLO_ENV_BYTES} are accepted`);
    expect(recorded(log)).toEqual([]);
  });

  it("the bridge says the same of its own environment, exits 1, and the server sees nothing", async () => {
    const child = spawn(process.execPath, [CLI, "connect", "-s", "recorded", "-c", home.configPath], {
      env: { ...home.env, BIG_A: "x".repeat(100_000), BIG_B: "y".repeat(100_000) },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (t: string) => (stderr += t));
    child.stdin.write(
      `${JSON.stringify({ jsonrpc: "2.0", id: 1, method: "initialize", params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "t", version: "1" } } })}\n`,
    );
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /the environment the client started the bridge with, is \d+ bytes as JSON; at most 196608 are accepted: unset large variables/,
    );
    expect(recorded(log)).toEqual([]);
  });

  it("reload applies the config file at once, and says why when it keeps the previous one", async () => {
    const good = readFileSync(home.configPath, "utf8");
    writeFileSync(home.configPath, `${good}\nsurprise_key: 1\n`);
    const refused = await home.cli(["reload"]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      /the config was NOT applied \(the previous config stays in force\): .*surprise_key/,
    );
    writeFileSync(home.configPath, good);
    const applied = await home.cli(["reload"]);
    expect(applied).toMatchObject({ code: 0, stdout: "config reloaded\n" });
    const status = JSON.parse((await home.cli(["status", "--json"])).stdout) as { config_error: unknown };
    expect(status.config_error).toBeNull();
  });

  it("still serves status after all of it", async () => {
    const status = await home.cli(["status", "--json"]);
    expect(status.code).toBe(0);
    expect(JSON.parse(status.stdout)).toMatchObject({ running: true, type: "status" });
  });
});
