// MCP's lifecycle, as the session holds it for every endpoint: before initialize a client may send only ping,
// and initialize comes once. A request out of this order would reach a server whose session the guard did not
// see begin (no capabilities negotiated yet), or restart it under terms the guard never reviewed (another
// protocol revision, another clientInfo) while the guard goes on judging it by the first. The HTTP transport
// refuses the same two before they reach the session (streamable-http.ts), with the same audit reasons.
//
// A client's notifications keep the same order: none reaches the server before initialize is answered (the
// server would act, or be told the handshake is over, before any terms were agreed), but for `initialized`
// written right behind initialize. After it, the three the
// rate limit does not count (rate-limit.ts) pass only while they speak of something live: the one
// `initialized` that completes the handshake, a cancellation of a request in flight, progress on a token a
// server request in flight carries. The specification binds each to that; any other is an unmetered way to
// make the server look something up, so it is dropped (notifications get no answer) and audited.
import type { NotificationMessage } from "@mcp-guard/core";

/** Why a client's request is out of the lifecycle's order, as its audit row says. */
export type LifecycleRefusal = "not_initialized" | "already_initialized";

/** Why a client's notification is dropped: out of order, or naming nothing in flight. */
export type NotificationRefusal = LifecycleRefusal | "not_in_flight";

/** What the client is told (invalid_request's detail). */
export const LIFECYCLE_DETAIL: Record<LifecycleRefusal, string> = {
  not_initialized: "send initialize first: before it only ping is allowed",
  already_initialized: "the session is already initialized: initialize is sent once",
};

/** Whether a client's request with `method` breaks the lifecycle, given whether initialize went to the server. */
export function lifecycleRefusal(method: string, initializeSent: boolean): LifecycleRefusal | undefined {
  if (method === "initialize") return initializeSent ? "already_initialized" : undefined;
  if (!initializeSent && method !== "ping") return "not_initialized";
  return undefined;
}

/** What a client's notification is judged by: where the session's handshake is, and what is in flight. */
export interface NotificationGround {
  /** Whether the client's initialize went on to the server. */
  initializeSent(): boolean;
  /** Whether the server's answer to initialize (a result) reached the client. */
  initializeAnswered(): boolean;
  /** Whether `notifications/initialized` already went to the server. */
  initializedSent(): boolean;
  /** Whether `id` names a client request the server has (or a person holds) and has not answered. */
  requestInFlight(id: unknown): boolean;
  /** Whether `token` is the progress token of a server request the client has not answered. */
  progressTokenLive(token: unknown): boolean;
}

/** Whether a client's notification breaks the lifecycle (or names nothing live), and so is dropped. */
export function notificationRefusal(
  message: NotificationMessage,
  ground: NotificationGround,
): NotificationRefusal | undefined {
  // `initialized` may come right behind initialize, before its answer was read: hand-written clients (and the
  // guard's own tests) write the two together. It reaches the server after initialize all the same, so only
  // one sent before initialize is out of order; dropping it would leave the session refusing every call.
  if (message.method === "notifications/initialized") {
    if (!ground.initializeSent()) return "not_initialized";
    return ground.initializedSent() ? "already_initialized" : undefined;
  }
  if (!ground.initializeAnswered()) return "not_initialized";
  switch (message.method) {
    case "notifications/cancelled":
      return ground.requestInFlight(message.params?.requestId) ? undefined : "not_in_flight";
    case "notifications/progress":
      return ground.progressTokenLive(message.params?.progressToken) ? undefined : "not_in_flight";
    default:
      return undefined;
  }
}
