// A call is judged by what its server presents, so before a session uses a tool, prompt or resource the
// guard makes sure this session's server has presented the list of that kind: when the client has not
// listed it completely in this session (or the server said the list changed since), the daemon sends the
// list request itself, following pagination, and the responses pass the pipeline like any other (which
// records the server's verdicts) without reaching the client.
import type { ErrorReason, JsonObject, Message, RequestMessage } from "@mcp-guard/core";

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
 * The server gave no answer to the guard's own request (none in time, or none can come): what the request
 * that waited for it is answered with. Not the server's word on its list, so never taken as an empty one.
 */
export interface NoAnswer {
  kind: "no_answer";
  reason: ErrorReason;
  data: Record<string, unknown>;
}

/**
 * Sends one request upstream on the guard's own behalf; resolves with the response as it left the pipeline,
 * undefined when the answer was unusable (blocked, or too large to read), or why none came.
 */
export type OwnRequest = (method: string, params: JsonObject) => Promise<Message | NoAnswer | undefined>;

export class SessionListings {
  /** List methods this session has seen completely, since the server last said they changed. */
  private readonly complete = new Set<string>();

  constructor(private readonly request: OwnRequest) {}

  /** The lists still to fetch before this request may be judged (empty for most requests). */
  missing(request: RequestMessage): string[] {
    return listsFor(request).filter((method) => !this.complete.has(method));
  }

  /**
   * Fetches every missing list, page by page. Never throws: a list whose answer was unusable stays unknown
   * (a name in it is not listed); one the server did not answer at all resolves with that NoAnswer, which the
   * waiting request is answered with, as it cannot be judged.
   */
  async fetch(methods: string[]): Promise<NoAnswer | undefined> {
    for (const method of methods) {
      const seen = new Set<string>();
      let cursor: string | undefined;
      for (let page = 0; page < MAX_LIST_PAGES; page++) {
        const response = await this.request(method, cursor === undefined ? {} : { cursor });
        if (response?.kind === "no_answer") return response;
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
    return undefined;
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
