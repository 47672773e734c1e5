// MCP's lifecycle, as the session holds it for every endpoint: before initialize a client may send only ping,
// and initialize comes once. A request out of this order would reach a server whose session the guard did not
// see begin (no capabilities negotiated yet), or restart it under terms the guard never reviewed (another
// protocol revision, another clientInfo) while the guard goes on judging it by the first. The HTTP transport
// refuses the same two before they reach the session (streamable-http.ts), with the same audit reasons.

/** Why a client's request is out of the lifecycle's order, as its audit row says. */
export type LifecycleRefusal = "not_initialized" | "already_initialized";

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
