// A notification that was dropped cannot be answered, but the client (and the person behind it) should
// still learn that something was refused: a logging notification from "mcp-guard" says what and why. The
// method is named only when it is one the specification defines; anything else could carry a secret.
import { isSpecMethod, type Direction, type JsonObject } from "@mcp-guard/core";

export function droppedNotice(direction: Direction, method: string, reason: string): JsonObject {
  const from = direction === "to_server" ? "the client" : "the server";
  const what = isSpecMethod(method) ? `"${method}"` : "a message with an unknown method";
  return {
    jsonrpc: "2.0",
    method: "notifications/message",
    params: {
      level: "warning",
      logger: "mcp-guard",
      data: {
        message: `mcp-guard dropped ${what} from ${from}: ${reason} (see mcp-guard logs)`,
        reason,
        direction,
        ...(isSpecMethod(method) ? { method } : {}),
      },
    },
  };
}
