// A server's notifications that speak of this session's own work pass only while they name something live in
// it, as a client's do (lifecycle.ts): progress on a token a client request in flight carries, the completion
// of a URL-mode elicitation the server opened here, the cancellation of a server request the client has not
// answered. The specification binds each to that and has a receiver ignore any other; passed on, such a
// notification is either a server speaking of another session (an HTTP server that tells every session of the
// one credential the guard presents about its work) or text pushed to the client past the session's bounds,
// where a host shows progress messages to the user and a completion ends a form the user is filling in.
import type { JsonObject, JsonRpcId, Message, NotificationMessage } from "@mcp-guard/core";
import type { Correlation } from "./correlation.js";

/** URL-mode elicitations remembered per session; a server opening more forgets its oldest (rate-limited anyway). */
const MAX_OPEN_ELICITATIONS = 256;

/** The specification's error that asks the client to send the user to pages (URLElicitationRequired). */
const URL_ELICITATION_REQUIRED = -32042;

const isId = (v: unknown): v is JsonRpcId => typeof v === "string" || typeof v === "number";

const isObject = (v: unknown): v is JsonObject => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * The URL-mode elicitations a server opened in this session and has not said complete: by `elicitation/create`
 * or by a -32042 error's `data.elicitations`, either forwarded to the client.
 */
export class OpenElicitations {
  private readonly ids = new Set<string>();

  /** What the server sent the client, as it wrote it: remembers each URL-mode elicitation it opens. */
  forwarded(message: Message): void {
    if (message.kind === "request" && message.method === "elicitation/create") this.open(message.params);
    if (message.kind === "response" && message.error?.code === URL_ELICITATION_REQUIRED) {
      const listed = (message.error.data as JsonObject | undefined)?.elicitations;
      for (const params of Array.isArray(listed) ? listed : [listed]) this.open(params);
    }
    // One completion per elicitation: a second names nothing open.
    if (message.kind === "notification" && message.method === "notifications/elicitation/complete")
      this.ids.delete(message.params?.elicitationId as string);
  }

  has(id: unknown): boolean {
    return typeof id === "string" && this.ids.has(id);
  }

  private open(params: unknown): void {
    if (!isObject(params) || params.mode !== "url" || typeof params.elicitationId !== "string") return;
    this.ids.delete(params.elicitationId); // reopened: it is the newest again
    this.ids.add(params.elicitationId);
    if (this.ids.size > MAX_OPEN_ELICITATIONS) this.ids.delete(this.ids.values().next().value as string);
  }
}

/** Why a server's notification is dropped: it names nothing live in the session. */
export type ServerNotificationRefusal = "not_in_flight";

/** Whether a server's notification names nothing live in the session (`pending`, `elicitations`). */
export function serverNotificationRefusal(
  message: NotificationMessage,
  pending: Correlation,
  elicitations: OpenElicitations,
): ServerNotificationRefusal | undefined {
  const params = message.params;
  switch (message.method) {
    case "notifications/cancelled":
      return isId(params?.requestId) && pending.toClient.has(params.requestId) ? undefined : "not_in_flight";
    case "notifications/progress":
      return progressTokenLive(pending, params?.progressToken) ? undefined : "not_in_flight";
    case "notifications/elicitation/complete":
      return elicitations.has(params?.elicitationId) ? undefined : "not_in_flight";
    default:
      return undefined;
  }
}

/**
 * Whether `token` is the progress token of a client request the server has and has not answered (the guard's
 * own listings carry none). Linear in the requests in flight, which max_requests_in_flight bounds, and most
 * sessions have one or two.
 */
function progressTokenLive(pending: Correlation, token: unknown): boolean {
  if (!isId(token)) return false;
  for (const { request, own } of pending.toServer.values()) {
    const meta = request.params?._meta;
    if (!own && isObject(meta) && meta.progressToken === token) return true;
  }
  return false;
}
