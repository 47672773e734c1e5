// The guard's own errors repeat a server's words: an HTTP error status's body and a closed connection's text
// in `data.detail`, a stdio server's stderr in `data.stderr`. A client shows the model that error as it
// shows the server's own, so they pass the same result review (core/integrity/results.ts): refused there
// (`result_injection: block`, say), they are left out, and the client is told only what the guard itself
// knows of the failure (an HTTP status) and where a person can read the rest (the daemon's log).
import { errorResponse, reviewResult, type IntegrityRules, type JsonObject } from "@mcp-guard/core";

/** An HTTP status the guard put at the head of a failure's text (TransportUpstream.send). */
const STATUS_LEAD = /^the server answered (HTTP \d{3})/;

/**
 * Whether an upstream_unavailable or session_ended error with `data` passes the review of a server's error. A
 * review that fails is no pass: the words are withheld, and the error still answers the request (this runs
 * where a request is answered after its server failed, and a throw there would leave it unanswered).
 */
export function passesReview(
  rules: IntegrityRules,
  reason: "upstream_unavailable" | "session_ended",
  data: Record<string, unknown>,
): boolean {
  try {
    return reviewResult(rules, errorResponse(null, reason, data) as unknown as JsonObject).action === "pass";
  } catch {
    return false;
  }
}

/** What stands for a failure's text that did not pass the review: the guard's own summary of it. */
export function withheldWords(text: string): string {
  const status = STATUS_LEAD.exec(text)?.[1];
  return `${status ? `the server answered ${status}; ` : ""}its words are withheld: they did not pass the review of the server's results (the daemon's log has them)`;
}
