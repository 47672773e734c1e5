// The MCP revisions the guard's checks are written for (the methods each side may send, the members
// read-members.ts reads, tasks since 2025-11-25). A session runs only under one of them, at both doors: the
// HTTP door refuses a request naming another in MCP-Protocol-Version, and a client's initialize asking for
// another is forwarded asking for the latest known, as a server answers a revision it does not support with
// its own latest (the specification's rule); a server answering with one the guard does not know is refused.
import type { JsonObject } from "../jsonrpc.js";

/** Newest first: the first is what an initialize asking for an unknown revision is sent on with. */
export const KNOWN_PROTOCOL_REVISIONS: readonly string[] = [
  "2025-11-25",
  "2025-06-18",
  "2025-03-26",
  "2024-11-05",
  "2024-10-07",
];

export const isKnownRevision = (version: unknown): boolean =>
  typeof version === "string" && KNOWN_PROTOCOL_REVISIONS.includes(version);

/** A client's initialize as the server is to get it: asking for a known revision (the same object if it did). */
export function askingKnownRevision(raw: JsonObject): JsonObject {
  const params = raw.params as JsonObject | undefined;
  if (params === undefined || isKnownRevision(params.protocolVersion)) return raw;
  return { ...raw, params: { ...params, protocolVersion: KNOWN_PROTOCOL_REVISIONS[0] } };
}
