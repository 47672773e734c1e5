// A call is judged by what its server presents, so before a session uses a tool, prompt or resource the
// guard makes sure this session's server has presented the list of that kind: when the client has not
// listed it completely in this session (or the server said the list changed since), the daemon sends the
// list request itself, following pagination, and the responses pass the pipeline like any other (which
// records the server's verdicts) without reaching the client.
import type { JsonObject, Message, RequestMessage } from "@mcp-guard/core";

/** The lists a request depends on. */
export function listsFor(request: RequestMessage): string[] {
  switch (request.method) {
    case "tools/call":
      return ["tools/list"];
    case "prompts/get":
      return ["prompts/list"];
    case "resources/read":
    case "resources/subscribe":
    case "resources/unsubscribe":
      return ["resources/list", "resources/templates/list"];
    case "completion/complete": {
      const type = (request.params?.ref as { type?: unknown } | undefined)?.type;
      if (type === "ref/prompt") return ["prompts/list"];
      if (type === "ref/resource") return ["resources/list", "resources/templates/list"];
      return [];
    }
    default:
      return [];
  }
}

const CHANGED: Record<string, string[]> = {
  "notifications/tools/list_changed": ["tools/list"],
  "notifications/prompts/list_changed": ["prompts/list"],
  "notifications/resources/list_changed": ["resources/list", "resources/templates/list"],
};

const CHANGED_LISTS = new Set(Object.values(CHANGED).flat());

/** A hostile server could hand out cursors forever; a listing longer than this is cut off (fail closed). */
export const MAX_LIST_PAGES = 1000;

/**
 * Sends one request upstream on the guard's own behalf; resolves with the response as it left the pipeline,
 * or undefined when none came (blocked, timed out, or the server is gone).
 */
export type OwnRequest = (method: string, params: JsonObject) => Promise<Message | undefined>;

export class SessionListings {
  /** List methods this session has seen completely, since the server last said they changed. */
  private readonly complete = new Set<string>();

  constructor(private readonly request: OwnRequest) {}

  /** The lists still to fetch before this request may be judged (empty for most requests). */
  missing(request: RequestMessage): string[] {
    return listsFor(request).filter((method) => !this.complete.has(method));
  }

  /** Fetches every missing list, page by page. Never throws: what could not be listed stays unknown. */
  async fetch(methods: string[]): Promise<void> {
    for (const method of methods) {
      const seen = new Set<string>();
      let cursor: string | undefined;
      for (let page = 0; page < MAX_LIST_PAGES; page++) {
        const response = await this.request(method, cursor === undefined ? {} : { cursor });
        if (!response || response.kind !== "response") break;
        // An error answer (the server has no such list) is a complete, empty listing.
        const next = (response.raw.result as { nextCursor?: unknown } | undefined)?.nextCursor;
        if (typeof next !== "string" || seen.has(next)) {
          this.complete.add(method);
          break;
        }
        seen.add(next);
        cursor = next;
      }
    }
  }

  /** A list response forwarded to the client: a single-page listing is complete. */
  forwarded(request: RequestMessage, response: Message): void {
    if (response.kind !== "response" || response.error) return;
    if (!CHANGED_LISTS.has(request.method) || request.params?.cursor !== undefined) return;
    if ((response.raw.result as { nextCursor?: unknown } | undefined)?.nextCursor === undefined)
      this.complete.add(request.method);
  }

  /** The server said a list changed: the next use of that kind lists it again first. */
  notified(method: string): void {
    for (const list of CHANGED[method] ?? []) this.complete.delete(list);
  }
}
