// The messages exchanged before a connection carries MCP traffic, and the daemon's word to a bridge during
// a session. Both sides use these types and these parsers: the daemon parses what a peer says first, the
// bridge and the CLI parse the daemon's replies.
import {
  boolean,
  ControlProtocolError,
  integer,
  isRecord,
  literal,
  object,
  optional,
  record,
  short,
  string,
  variants,
  type Check,
} from "./checks.js";

export const PROTOCOL_VERSION = 1;

/**
 * The largest environment a hello may carry, as JSON. With the other fields at their caps a hello still
 * fits in one control frame (MAX_FRAME_BYTES), so the limit is this one, named, rather than the frame's.
 */
export const MAX_HELLO_ENV_BYTES = 192 * 1024;

/** Caps for the hello's other fields: generous for real values, small beside the frame. */
const MAX_KEY = 256;
const MAX_SERVER_NAME = 256;
const MAX_PATH = 4096;
const MAX_API_KEY = 4096;
const MAX_BEARER_TOKEN = 16 * 1024;

export interface Credentials {
  api_key?: string | undefined;
  /** An OAuth access token (a JWT). */
  bearer_token?: string | undefined;
}

interface HelloCommon {
  type: "hello";
  protocol: number;
  /** The daemon key in hex, read from <home>/daemon.key: proves the peer can read files only the owner can. */
  key: string;
}

/** The CLI's hello: status, health, stop and the other requests of ControlRequest follow it. */
export interface ControlHello extends HelloCommon {
  purpose: "control";
}

/** The bridge's hello: the connection becomes the client side of a session of `server`. */
export interface SessionHello extends HelloCommon {
  purpose: "session";
  /** The configured server name. */
  server: string;
  /** The config the bridge was pointed at, so a daemon running another config can say so. */
  config?: string | undefined;
  /**
   * The bridge's environment (what the client's entry set), from which the daemon fills the server's
   * ${VAR}s and its environment for this session only. Never logged, never audited.
   */
  env?: Record<string, string> | undefined;
  /** What the user gave the bridge to identify with; checked by the daemon, never forwarded upstream. */
  credentials?: Credentials | undefined;
  /**
   * The bridge can hand its stdin and stdout to the daemon. The daemon answers "send_fds", the bridge
   * sends them (SCM_RIGHTS), and the welcome says whether the daemon took them.
   */
  pass_fds?: boolean | undefined;
}

export type Hello = ControlHello | SessionHello;

/** Asks whether a daemon answers, without a key. */
export interface Probe {
  type: "probe";
}

/** The first message on a new connection. */
export type Opening = Hello | Probe;

export interface ProbeReply {
  type: "probe_ok";
  pid: number;
  version: string;
}

/** Reasons a daemon refuses a connection or ends a session; each has a fixed meaning for the bridge. */
export type RefusalReason =
  | "bad_key"
  | "bad_hello"
  | "unknown_server"
  | "config_mismatch"
  | "peer_uid_mismatch"
  | "peer_unverified"
  | "server_loop"
  | "shutting_down";

const REFUSAL_REASONS = [
  "bad_key",
  "bad_hello",
  "unknown_server",
  "config_mismatch",
  "peer_uid_mismatch",
  "peer_unverified",
  "server_loop",
  "shutting_down",
] as const satisfies readonly RefusalReason[];

/** The daemon asks a bridge that offered its descriptors to send them now. */
export interface SendDescriptors {
  type: "send_fds";
}

export interface Welcome {
  type: "welcome";
  /** For a session: its id, and whether the daemon took the bridge's descriptors. */
  session?: string | undefined;
  descriptors?: boolean | undefined;
}

export interface Refused {
  type: "refused";
  reason: RefusalReason;
  message: string;
}

/** What the daemon answers a hello with. */
export type HandshakeReply = SendDescriptors | Welcome | Refused;

/**
 * The daemon's word to the bridge once a session runs: "closing" is a reason to print (the session ended
 * for it), "exit" the code to exit with once the daemon holds the client's stdio.
 */
export type SessionNotice =
  { type: "closing"; reason: string; message: string } | { type: "exit"; code: number };

const text = string(64 * 1024);

/** The environment of a hello: names and values are strings a process environment can hold. */
const environment: Check<Record<string, string>> = (value, at) => {
  if (!isRecord(value)) return record(text)(value, at);
  const bytes = Buffer.byteLength(JSON.stringify(value), "utf8");
  if (bytes > MAX_HELLO_ENV_BYTES) {
    throw new ControlProtocolError(
      `${at}, the environment the client started the bridge with, is ${bytes} bytes as JSON; at most ` +
        `${MAX_HELLO_ENV_BYTES} are accepted: unset large variables in the client's entry for this server`,
    );
  }
  const env = record(string(MAX_HELLO_ENV_BYTES))(value, at);
  for (const [name, val] of Object.entries(env)) {
    if (name === "" || name.includes("=") || name.includes("\0"))
      throw new ControlProtocolError(`${at}: "${short(name)}" is not an environment variable name`);
    if (val.includes("\0"))
      throw new ControlProtocolError(`${at}.${short(name)}: a value cannot hold a NUL byte`);
  }
  return env;
};

const credentials = object<Credentials>({
  api_key: optional(string(MAX_API_KEY)),
  bearer_token: optional(string(MAX_BEARER_TOKEN)),
});

const helloOf = variants<Hello, "purpose">("a hello", "purpose", {
  control: object<ControlHello>({
    type: literal("hello"),
    protocol: integer(),
    key: string(MAX_KEY),
    purpose: literal("control"),
  }),
  session: object<SessionHello>({
    type: literal("hello"),
    protocol: integer(),
    key: string(MAX_KEY),
    purpose: literal("session"),
    server: string(MAX_SERVER_NAME),
    config: optional(string(MAX_PATH)),
    env: optional(environment),
    credentials: optional(credentials),
    pass_fds: optional(boolean),
  }),
});

const checkHello: Check<Hello> = (value, at) => {
  // The version first: a newer bridge's hello may differ in any field, and the version is what to say.
  if (isRecord(value) && value.protocol !== PROTOCOL_VERSION) {
    throw new ControlProtocolError(
      `protocol ${JSON.stringify(value.protocol) ?? "(none)"} is not supported (this daemon speaks ${PROTOCOL_VERSION})`,
    );
  }
  return helloOf(value, at);
};

const checkOpening = variants<Opening, "type">("a hello or a probe", "type", {
  hello: checkHello,
  probe: object<Probe>({ type: literal("probe") }),
});

const checkProbeReply = object<ProbeReply>({
  type: literal("probe_ok"),
  pid: integer(),
  version: string(64),
});

const checkHandshakeReply = variants<HandshakeReply, "type">("a handshake reply", "type", {
  send_fds: object<SendDescriptors>({ type: literal("send_fds") }),
  welcome: object<Welcome>({
    type: literal("welcome"),
    session: optional(string(256)),
    descriptors: optional(boolean),
  }),
  refused: object<Refused>({ type: literal("refused"), reason: literal(...REFUSAL_REASONS), message: text }),
});

const checkSessionNotice = variants<SessionNotice, "type">("a session notice", "type", {
  closing: object({ type: literal("closing"), reason: string(256), message: text }),
  exit: object({ type: literal("exit"), code: integer(0, 255) }),
});

/** The first message a peer sends on a new connection. Throws ControlProtocolError. */
export function parseOpening(value: unknown): Opening {
  return checkOpening(value, "hello");
}

/** A hello as its sender is about to send it: the bridge fails here, with the same words the daemon would. */
export function parseHello(value: unknown): Hello {
  return checkHello(value, "hello");
}

export function parseProbeReply(value: unknown): ProbeReply {
  return checkProbeReply(value, "probe reply");
}

export function parseHandshakeReply(value: unknown): HandshakeReply {
  return checkHandshakeReply(value, "handshake reply");
}

export function parseSessionNotice(value: unknown): SessionNotice {
  return checkSessionNotice(value, "session notice");
}
