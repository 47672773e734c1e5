// Every control frame comes off a socket: the parsers must turn garbage into a ControlProtocolError that
// says where and what, never a crash, and never let a field of the wrong type through.
import type { Socket } from "node:net";
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { ControlProtocolError } from "../src/checks.js";
import { parseControlReply, parseControlRequest, type StatusReply } from "../src/control-messages.js";
import { FrameDecoder, MAX_FRAME_BYTES, writeControl } from "../src/framing.js";
import {
  MAX_HELLO_ENV_BYTES,
  parseHandshakeReply,
  parseHello,
  parseOpening,
  parseProbeReply,
  parseSessionNotice,
  PROTOCOL_VERSION,
} from "../src/handshake.js";

const KEY = "ab".repeat(32);
const session = { type: "hello", protocol: PROTOCOL_VERSION, key: KEY, purpose: "session", server: "fs" };

function rejects(parse: (value: unknown) => unknown, value: unknown, message: RegExp): void {
  let thrown: unknown;
  try {
    parse(value);
  } catch (err) {
    thrown = err;
  }
  expect(thrown).toBeInstanceOf(ControlProtocolError);
  expect((thrown as Error).message).toMatch(message);
}

/** An environment of exactly `bytes` bytes as JSON, in variables small enough for any process environment. */
function envOfSize(bytes: number): Record<string, string> {
  const env: Record<string, string> = {};
  // {"V0":"…","V1":"…"}: 2 for the braces, per variable its name + 5 characters of quotes and colon, and a
  // comma between variables.
  let left = bytes - 2;
  for (let i = 0; left > 0; i++) {
    const overhead = `V${i}`.length + 5 + (i > 0 ? 1 : 0);
    const length = Math.min(60_000, left - overhead);
    env[`V${i}`] = "x".repeat(length);
    left -= overhead + length;
  }
  return env;
}

describe("the opening message (hello or probe)", () => {
  it("accepts a session hello and a control hello, typed by purpose", () => {
    const hello = parseOpening({
      ...session,
      config: "/etc/mcp-guard.yaml",
      env: { HOME: "/home/me" },
      credentials: { api_key: "k" },
      pass_fds: true,
    });
    expect(hello).toEqual({
      ...session,
      config: "/etc/mcp-guard.yaml",
      env: { HOME: "/home/me" },
      credentials: { api_key: "k" },
      pass_fds: true,
    });
    expect(parseOpening({ type: "hello", protocol: 1, key: KEY, purpose: "control", server: "x" })).toEqual({
      type: "hello",
      protocol: 1,
      key: KEY,
      purpose: "control",
    });
    expect(parseOpening({ type: "probe" })).toEqual({ type: "probe" });
  });

  it.each([
    ["null", null, /hello: expected a hello or a probe with a "type", got null/],
    ["a number", 42, /got 42/],
    ["an array", [1], /got an array/],
    ["a string", "hello", /got "hello"/],
    ["an object without a type", {}, /with a "type"/],
    ["an unknown type", { type: "welcome" }, /hello\.type: expected one of hello, probe, got "welcome"/],
    ["another protocol", { ...session, protocol: 2 }, /protocol 2 is not supported \(this daemon speaks 1\)/],
    ["no protocol", { type: "hello", key: KEY }, /protocol \(none\) is not supported/],
    ["a key that is a number", { ...session, key: 7 }, /hello\.key: expected a string, got 7/],
    ["an oversized key", { ...session, key: "k".repeat(300) }, /hello\.key: 300 characters, at most 256/],
    ["no purpose", { type: "hello", protocol: 1, key: KEY }, /hello: expected a hello with a "purpose"/],
    [
      "an unknown purpose",
      { ...session, purpose: "admin" },
      /hello\.purpose: expected one of control, session/,
    ],
    [
      "a session without a server",
      { ...session, server: undefined },
      /hello\.server: expected a string, got nothing/,
    ],
    ["a server that is an object", { ...session, server: {} }, /hello\.server: expected a string/],
    ["env as an array", { ...session, env: ["A=1"] }, /hello\.env: expected an object, got an array/],
    ["env with a number", { ...session, env: { A: 1 } }, /hello\.env\.A: expected a string, got 1/],
    [
      "env with a name holding =",
      { ...session, env: { "A=B": "1" } },
      /"A=B" is not an environment variable name/,
    ],
    ["env with an empty name", { ...session, env: { "": "1" } }, /"" is not an environment variable name/],
    [
      "env with a NUL in a value",
      { ...session, env: { A: "x\0y" } },
      /hello\.env\.A: a value cannot hold a NUL byte/,
    ],
    ["pass_fds as a string", { ...session, pass_fds: "yes" }, /hello\.pass_fds: expected true or false/],
    ["credentials as a string", { ...session, credentials: "k" }, /hello\.credentials: expected an object/],
    [
      "an api key that is a number",
      { ...session, credentials: { api_key: 5 } },
      /hello\.credentials\.api_key: expected a string/,
    ],
  ])("refuses %s with a message that says where", (_, value, message) => {
    rejects(parseOpening, value, message);
  });

  it("refuses an environment over MAX_HELLO_ENV_BYTES by name, with its size and the limit", () => {
    const env = envOfSize(MAX_HELLO_ENV_BYTES + 1);
    const bytes = Buffer.byteLength(JSON.stringify(env));
    expect(bytes).toBe(MAX_HELLO_ENV_BYTES + 1);
    rejects(
      parseOpening,
      { ...session, env },
      new RegExp(
        `hello\\.env, the environment the client started the bridge with, is ${bytes} bytes as JSON; at most ${MAX_HELLO_ENV_BYTES} are accepted`,
      ),
    );
    // The bridge checks its own hello with the same parser before sending it.
    rejects(parseHello, { ...session, env }, /at most 196608 are accepted/);
  });

  it("accepts an environment of exactly MAX_HELLO_ENV_BYTES, and the largest valid hello fits in one frame", () => {
    const env = envOfSize(MAX_HELLO_ENV_BYTES);
    expect(Buffer.byteLength(JSON.stringify(env))).toBe(MAX_HELLO_ENV_BYTES);
    const hello = parseHello({
      ...session,
      key: "k".repeat(256),
      server: "s".repeat(256),
      config: "c".repeat(4096),
      env,
      credentials: { api_key: "a".repeat(4096), bearer_token: "b".repeat(16 * 1024) },
      pass_fds: true,
    });
    const stream = new PassThrough();
    expect(() => writeControl(stream as unknown as Socket, hello)).not.toThrow();
    const bytes = stream.read() as Buffer;
    expect(bytes.length).toBeLessThanOrEqual(4 + MAX_FRAME_BYTES);
    const [frame] = new FrameDecoder().push(bytes);
    expect(frame?.kind === 0x43 && parseOpening(frame.message)).toEqual(hello);
  });

  it("keeps a __proto__ variable as a variable, never as a prototype", () => {
    const hello = parseOpening(
      JSON.parse(
        JSON.stringify({ ...session, env: {} }).replace('"env":{}', '"env":{"__proto__":"x","A":"1"}'),
      ),
    );
    expect(hello.type === "hello" && hello.purpose === "session" && hello.env).toBeTruthy();
    const env = hello.type === "hello" && hello.purpose === "session" ? hello.env : undefined;
    expect(Object.keys(env ?? {})).toEqual(["__proto__", "A"]);
    expect(Object.getPrototypeOf(env)).toBeNull();
  });

  it("drops fields it does not know", () => {
    expect(parseOpening({ type: "probe", extra: { deep: true } })).toEqual({ type: "probe" });
  });
});

describe("the daemon's replies", () => {
  it("reads a handshake reply of each kind and refuses an unknown refusal reason", () => {
    expect(parseHandshakeReply({ type: "send_fds" })).toEqual({ type: "send_fds" });
    expect(parseHandshakeReply({ type: "welcome", session: "s", descriptors: false })).toEqual({
      type: "welcome",
      session: "s",
      descriptors: false,
    });
    expect(parseHandshakeReply({ type: "refused", reason: "bad_key", message: "no" })).toEqual({
      type: "refused",
      reason: "bad_key",
      message: "no",
    });
    rejects(
      parseHandshakeReply,
      { type: "refused", reason: "because", message: "no" },
      /handshake reply\.reason/,
    );
    rejects(parseHandshakeReply, { type: "welcome", descriptors: "yes" }, /handshake reply\.descriptors/);
    rejects(
      parseProbeReply,
      { type: "probe_ok", pid: "12", version: "1" },
      /probe reply\.pid: expected an integer/,
    );
  });

  it("reads session notices and refuses an exit code a process cannot have", () => {
    expect(parseSessionNotice({ type: "exit", code: 0 })).toEqual({ type: "exit", code: 0 });
    expect(parseSessionNotice({ type: "closing", reason: "r", message: "m" })).toEqual({
      type: "closing",
      reason: "r",
      message: "m",
    });
    rejects(
      parseSessionNotice,
      { type: "exit", code: 256 },
      /session notice\.code: expected an integer in 0\.\.255/,
    );
    rejects(parseSessionNotice, { type: "exit", code: 1.5 }, /expected an integer/);
    rejects(
      parseSessionNotice,
      { type: "closing", reason: "r" },
      /session notice\.message: expected a string, got nothing/,
    );
  });
});

describe("control requests and replies", () => {
  it("reads each operation and refuses others", () => {
    for (const op of ["status", "health", "stop", "dashboard_login", "reload"])
      expect(parseControlRequest({ type: "request", op })).toEqual({ type: "request", op });
    rejects(
      parseControlRequest,
      { type: "request", op: "rm -rf" },
      /request\.op: expected "status" or "health" or "stop" or "dashboard_login" or "reload", got "rm -rf"/,
    );
    rejects(parseControlRequest, { type: "request" }, /request\.op: .*got nothing/);
    rejects(parseControlRequest, { type: "hello", op: "status" }, /request\.type: expected "request"/);
    rejects(parseControlRequest, "status", /request: expected an object/);
  });

  const status: StatusReply = {
    type: "status",
    pid: 1,
    version: "0.1.0",
    started_at: "t",
    config: "/c.yaml",
    config_loaded_at: "t",
    config_error: null,
    api_keys_withheld: null,
    home: "/h",
    servers: {
      fs: {
        transport: "stdio",
        disabled: null,
        sessions: 1,
        last_error: null,
        last_error_at: null,
        last_stderr: [],
        withheld: [{ kind: "tool", name: "t", reason: "changed", approve: "mcp-guard pins approve fs t" }],
      },
    },
    sessions: [
      {
        id: "s",
        server: "fs",
        identity: "os:me",
        started_at: "t",
        state: "open",
        pending_requests: 0,
        client_pid: 10,
        upstream_pid: null,
        client_io: "relayed",
      },
    ],
    audit: { queued: 0, written: 3, last_write_at: null, last_error: null },
    pending: { approvals: 0, definition_changes: 1 },
    dashboard: null,
    http: { url: null, error: null },
  };

  it("reads a status reply whole, and names the path of a field of the wrong type", () => {
    expect(parseControlReply(status)).toEqual(status);
    const broken = { ...status, servers: { fs: { ...status.servers.fs, sessions: "1" } } };
    rejects(parseControlReply, broken, /reply\.servers\.fs\.sessions: expected an integer in 0\.\./);
    rejects(parseControlReply, { ...status, sessions: [{}] }, /reply\.sessions\[0\]\.id: expected a string/);
  });

  it("reads health, ok, dashboard and error replies", () => {
    const replies = [
      { type: "health", healthy: true, problems: [], pid: 1, sessions: 0 },
      { type: "ok", message: "stopping" },
      { type: "dashboard", url: "" },
      { type: "reloaded", applied: false, problems: "p" },
      { type: "reloaded", applied: true, problems: null },
      { type: "error", reason: "bad_request", message: "m" },
    ];
    for (const reply of replies) expect(parseControlReply(reply)).toEqual(reply);
    rejects(
      parseControlReply,
      { type: "health", healthy: 1, problems: [], pid: 1, sessions: 0 },
      /reply\.healthy: expected true or false/,
    );
  });
});
