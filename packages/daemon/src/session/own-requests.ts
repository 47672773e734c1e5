// The guard's own requests to the server (a list it needs before judging a call): correlated like the
// client's, audited, answered through the pipeline, and never shown to the client.
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import type { JsonObject, JsonRpcId, Message, RequestMessage } from "@mcp-guard/core";
import type { Correlation } from "./correlation.js";

/** How long the guard waits for the server to answer its own request before refusing to guess. */
const OWN_REQUEST_TIMEOUT_MS = 30_000;

export interface OwnRequestRoute {
  pending: Correlation;
  /** Records the request's audit row. */
  audit(request: RequestMessage, bytes: number): void;
  /** Sends it upstream; a failure answers it as undelivered (with undefined). */
  send(raw: JsonObject, id: JsonRpcId): void;
}

/** Resolves with the response as it left the pipeline, or undefined (blocked, timed out, server gone). */
export function ownRequest(
  route: OwnRequestRoute,
  method: string,
  params: JsonObject,
): Promise<Message | undefined> {
  const id = `mcp-guard/${randomUUID()}`;
  const raw: JsonObject = { jsonrpc: "2.0", id, method, params };
  const request: RequestMessage = { kind: "request", id, method, params, raw };
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      if (route.pending.toServer.delete(id)) route.pending.settle();
      resolve(undefined);
    }, OWN_REQUEST_TIMEOUT_MS);
    const own = (response: Message | undefined) => {
      clearTimeout(timer);
      resolve(response);
    };
    route.pending.toServer.set(id, { request, receivedAt: performance.now(), own });
    route.audit(request, JSON.stringify(raw).length);
    route.send(raw, id);
  });
}
