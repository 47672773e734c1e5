// What a session is made with, and what it reports about itself.
import type {
  AuthState,
  Direction,
  EffectivePolicy,
  Identity,
  Interceptor,
  ServerLaunch,
  WithheldSpelling,
} from "@mcp-guard/core";
import type { AuditScrub } from "../audit-scrub.js";
import type { AuditWriter } from "../audit-writer.js";
import type { ClientEndpoint } from "../client-endpoint.js";
import type { Logger } from "../logger.js";
import type { Upstream } from "../upstream/index.js";

export interface SessionOptions {
  id: string;
  server: string;
  /** How the server was launched (MessageContext.launch); limits and spend are counted under it too. */
  launch?: ServerLaunch | undefined;
  identity: Identity;
  auth: AuthState;
  policy: EffectivePolicy;
  /** The bridge's pid, from the kernel's peer credentials (0 when there is none). */
  clientPid: number;
  client: ClientEndpoint;
  audit: AuditWriter;
  logger: Logger;
  /** The cap the endpoints apply, named in the error for a message over it. */
  maxMessageBytes: number;
  /** Requests awaiting an answer, per direction, past which a new one is refused (too_many_in_flight). */
  maxRequestsInFlight?: number | undefined;
  interceptorTimeoutMs: number;
  /** How long the guard waits for the server to answer a request of its own (`daemon.server_answer_timeout`). */
  serverAnswerTimeoutMs?: number | undefined;
  interceptors: (direction: Direction) => readonly Interceptor[];
  /** The credentials the guard hands the server, withheld from what it sends the client (MessageContext). */
  handedCredentials?: readonly WithheldSpelling[] | undefined;
  /** How long a client that ended its input waits for the answers in flight. */
  finishTimeoutMs: number;
  /** Decides what of a method, target or id the audit may keep (default: digests unless a spec method). */
  auditScrub?: AuditScrub | undefined;
  createUpstream: () => Upstream;
  /** The server failed: why, and the last lines of its stderr (a stdio server that crashed says why there). */
  onUpstreamFailure: (reason: string, stderr: string[]) => void;
  onClosed: () => void;
}

export interface SessionStatus {
  id: string;
  server: string;
  identity: string;
  started_at: string;
  state: "open" | "draining" | "closed";
  pending_requests: number;
  client_pid: number | null;
  upstream_pid: number | null;
  /** "descriptors" when the daemon reads and writes the client's stdio itself, "relayed" through the bridge. */
  client_io: ClientEndpoint["kind"];
}
