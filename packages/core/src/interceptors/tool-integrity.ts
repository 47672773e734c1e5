// What a server presents to the model. Lists (tools, prompts, resources, resource templates) and what the
// server says of itself in initialize (its instructions and serverInfo, self-description.ts) are reviewed
// against the server's pins (integrity/listing.ts), and what this session's server listed is kept for the
// session (integrity/session-listed.ts); every use of a definition is judged by that under its exact listed
// name (integrity/uses.ts); results are checked for hidden characters and instructions
// (integrity/results.ts); credential files and metadata endpoints are refused.
import { erringAsGuard, speakingAsGuard } from "../integrity/guard-voice.js";
import { LISTS, reviewDefinition, reviewEntries, type ReviewContext } from "../integrity/listing.js";
import type { PinKind, PinStore } from "../integrity/pins.js";
import { reviewAcrossPages } from "../integrity/result-pages.js";
import { reviewNotification, reviewResult } from "../integrity/results.js";
import { reviewSampling } from "../integrity/sampling-review.js";
import {
  extendInstructionsPin,
  presentSelfDescription,
  selfDescription,
} from "../integrity/self-description.js";
import { SessionListed } from "../integrity/session-listed.js";
import { checkUse } from "../integrity/uses.js";
import type { JsonObject } from "../jsonrpc.js";
import { noticeForClient } from "../notices.js";
import type { Interceptor, MessageContext, Verdict } from "../pipeline.js";
import { block, PASS } from "./verdicts.js";

const KEY = "tool_integrity";

/**
 * Per session: whether the listing of each kind under way is the server's first of that kind. The answer
 * holds from that listing's first page until its last, so every page of a paginated first listing is
 * trusted on first use, but only for `integrity.first_listing_seconds` (default 30) from its first page: a client that reads page one and
 * asks for page two an hour later would otherwise have whatever the server added since pinned silently, as
 * if it had been there at first (round 51). A listing that starts again from its first page (no cursor) is a
 * new listing, never the tail of an unfinished first one: what a server adds after its first listing waits
 * for a person.
 */
function firstSightOf(
  ctx: MessageContext,
  pins: PinStore,
  kind: PinKind,
  firstPage: boolean,
  lastPage: boolean,
  now: () => number,
): boolean {
  let listings = ctx.state.get(KEY) as Map<PinKind, FirstListing> | undefined;
  if (!listings) ctx.state.set(KEY, (listings = new Map()));
  let listing = listings.get(kind);
  const at = now();
  if (!listing?.open || firstPage) {
    const first = !pins.kindPinned(ctx.server, kind);
    if (first) pins.markKindPinned(ctx.server, kind);
    const window = ctx.policy.integrity.first_listing_seconds * 1000;
    listings.set(kind, (listing = { first, open: true, until: at + window }));
  }
  if (lastPage) listing.open = false;
  return listing.first && at <= listing.until;
}

interface FirstListing {
  first: boolean;
  open: boolean;
  /** The clock's time past which its pages are no longer first sight. */
  until: number;
}

function reviewContext(
  ctx: MessageContext,
  pins: PinStore,
  kind: PinKind,
  firstPage: boolean,
  lastPage: boolean,
  now: () => number,
): ReviewContext {
  const rules = ctx.policy.integrity;
  const firstSight = rules.pin === "off" ? false : firstSightOf(ctx, pins, kind, firstPage, lastPage, now);
  return {
    server: ctx.server,
    rules,
    pins,
    session: SessionListed.of(ctx),
    firstSight,
    notes: [],
    notify: (text: string) => noticeForClient(ctx, text),
    // A tool is read beside the tools the user's other servers listed (neighbour-tools.ts).
    ...(kind === "tool" ? { elsewhere: pins.listedElsewhere(ctx.server, "tool") } : {}),
  };
}

// Requests whose answer a client hands the model: their results are reviewed, and so are their errors. A
// call made as a task hands over its tool result with tasks/result, and why it failed in its task's
// `statusMessage` (tasks/get, tasks/list, tasks/cancel, and notifications/tasks/status).
const REVIEWED_ERRORS = new Set([
  "tools/call",
  "resources/read",
  "prompts/get",
  "tasks/result",
  "tasks/get",
  "tasks/list",
  "tasks/cancel",
]);

/**
 * A server's error: one shaped like the guard's own is relabelled as the server's (guard-voice.ts); then, for a
 * request whose answer the model reads, its message and data are reviewed as a result is (a client shows the
 * model "MCP error -32000: …").
 */
function reviewError(ctx: MessageContext, raw: JsonObject): Verdict {
  const voiced = erringAsGuard(ctx.server, raw);
  if (!ctx.request || !REVIEWED_ERRORS.has(ctx.request.method)) return voiced;
  if (voiced.action !== "modify") return reviewResult(ctx.policy.integrity, raw);
  const reviewed = reviewResult(ctx.policy.integrity, voiced.message);
  const findings = [...(voiced.findings ?? []), ...(reviewed.findings ?? [])];
  return reviewed.action === "pass" ? { ...voiced, findings } : { ...reviewed, findings };
}

const notes = (c: ReviewContext) => (c.notes.length ? { findings: c.notes } : {});

const LISTED_KEY = "tool_integrity_listed";

/**
 * Gathers the names of a listing from its first page (no cursor) to its last; at the last page the changes
 * pending for names it no longer holds are dropped, and the notes say how many, and those names are unknown
 * in this session. A listing whose first page this session did not see drops nothing: its other names are
 * unknown.
 */
function dropUnlisted(
  ctx: MessageContext,
  c: ReviewContext,
  kind: PinKind,
  nameField: string,
  entries: unknown[],
  firstPage: boolean,
  lastPage: boolean,
) {
  let listings = ctx.state.get(LISTED_KEY) as Map<PinKind, Set<string>> | undefined;
  if (!listings) ctx.state.set(LISTED_KEY, (listings = new Map()));
  if (firstPage) listings.set(kind, new Set());
  const names = listings.get(kind);
  if (!names) return;
  for (const entry of entries) {
    const name = (entry as JsonObject | null)?.[nameField];
    if (typeof name === "string") names.add(name);
  }
  if (!lastPage) return;
  listings.delete(kind);
  c.session.dropUnlisted(kind, names);
  const dropped = c.pins.dropUnlisted(ctx.server, kind, names);
  if (dropped > 0) c.notes.push(`${dropped} pending ${kind} change(s) dropped: no longer listed`);
}

/** Which page of a listing the message answers: no cursor asked for is its first, no cursor given its last. */
function pagesOf(ctx: MessageContext) {
  return {
    firstPage: typeof ctx.request?.params?.cursor !== "string",
    lastPage: typeof (ctx.message.raw.result as JsonObject | undefined)?.nextCursor !== "string",
  };
}

/** Reviews a page of a listing against the server's pins; at its last page, drops what it no longer holds. */
function reviewListing(
  ctx: MessageContext,
  pins: PinStore,
  now: () => number,
  method: string,
  entries: unknown[],
  { firstPage, lastPage } = pagesOf(ctx),
) {
  const list = LISTS[method];
  if (list === undefined) throw new Error(`tool_integrity: ${method} is not a reviewed list method`);
  const c = reviewContext(ctx, pins, list.kind, firstPage, lastPage, now);
  const reviewed = reviewEntries(c, list.kind, list.nameField, entries);
  if (ctx.policy.integrity.pin !== "off")
    dropUnlisted(ctx, c, list.kind, list.nameField, entries, firstPage, lastPage);
  return { ...reviewed, key: list.key, c };
}

function reviewList(
  ctx: MessageContext,
  pins: PinStore,
  now: () => number,
  raw: JsonObject,
  method: string,
): Verdict {
  const result = raw.result as JsonObject | undefined;
  const entries = result?.[LISTS[method]?.key ?? ""];
  if (!Array.isArray(entries)) return PASS;
  const { shown, serverPoisoned, key, c } = reviewListing(ctx, pins, now, method, entries);
  if (serverPoisoned) return { ...block("server_poisoned", { signals: serverPoisoned }), ...notes(c) };
  const changed = shown.length !== entries.length || shown.some((e, i) => e !== entries[i]);
  if (!changed) return { action: "pass", ...notes(c) };
  return { action: "modify", message: { ...raw, result: { ...result, [key]: shown } }, ...notes(c) };
}

/**
 * A server answering a listing's first page with -32601 (method not found) says it has none of that kind, as
 * an empty list says: it is reviewed as an empty listing, so the kind is pinned and what the server lists
 * later waits for a person. Any other error (a failure, a timeout) says nothing about the kind.
 */
function reviewNotFoundListing(
  ctx: MessageContext,
  pins: PinStore,
  now: () => number,
  raw: JsonObject,
): Verdict {
  const voiced = reviewError(ctx, raw);
  const method = ctx.request?.method ?? "";
  const notFound = (raw.error as JsonObject | undefined)?.code === -32601;
  if (!notFound || !LISTS[method] || typeof ctx.request?.params?.cursor === "string") return voiced;
  const { c } = reviewListing(ctx, pins, now, method, []);
  return c.notes.length ? { ...voiced, findings: [...(voiced.findings ?? []), ...c.notes] } : voiced;
}

// The lists each capability a server declares in initialize offers.
const LISTS_OF_CAPABILITY: Record<string, string[]> = {
  tools: ["tools/list"],
  prompts: ["prompts/list"],
  resources: ["resources/list", "resources/templates/list"],
};

/**
 * A server whose initialize declares no capability of a kind says it has none, as an empty list or a -32601
 * says, and a client that honours capabilities never asks for its list. Each such kind not pinned yet is
 * reviewed as an empty, complete listing, so what the server declares and lists of it later waits for a
 * person. A kind already pinned keeps its pins: its pending changes are the next listing's to settle.
 */
function pinUndeclaredKinds(
  ctx: MessageContext,
  pins: PinStore,
  now: () => number,
  result: JsonObject,
): void {
  if (ctx.policy.integrity.pin === "off") return;
  const capabilities = result.capabilities as JsonObject | undefined;
  const declared = (capability: string) =>
    typeof capabilities === "object" && capabilities !== null && capabilities[capability] != null;
  for (const [capability, methods] of Object.entries(LISTS_OF_CAPABILITY)) {
    if (declared(capability)) continue;
    // A kind not pinned holds no pending changes, so the empty listing drops none and has nothing to note.
    for (const method of methods) {
      const kind = LISTS[method]?.kind;
      if (kind && !pins.kindPinned(ctx.server, kind))
        reviewListing(ctx, pins, now, method, [], { firstPage: true, lastPage: true });
    }
  }
}

/** What the server says of itself in initialize (self-description.ts), reviewed as one definition. */
function reviewSelfDescription(
  ctx: MessageContext,
  pins: PinStore,
  now: () => number,
  raw: JsonObject,
): Verdict {
  const result = raw.result as JsonObject | undefined;
  if (typeof result !== "object" || result === null || Array.isArray(result)) return PASS;
  pinUndeclaredKinds(ctx, pins, now, result);
  const definition = selfDescription(result);
  if (ctx.policy.integrity.pin !== "off") extendInstructionsPin(pins, ctx.server, definition);
  const c = reviewContext(ctx, pins, "instructions", true, true, now);
  const out = reviewDefinition(c, "instructions", "", definition);
  if (!out.judgement.ok && out.judgement.reason === "server_poisoned")
    return { ...block("server_poisoned", { signals: out.judgement.signals ?? [] }), ...notes(c) };
  if (out.shown === definition) return { action: "pass", ...notes(c) };
  const shown = presentSelfDescription(ctx.server, result, out.shown);
  return { action: "modify", message: { ...raw, result: shown }, ...notes(c) };
}

/** `now`: the clock a first listing's time is read by (`integrity.first_listing_seconds`). */
export function toolIntegrity(pins: PinStore, now: () => number = Date.now): Interceptor {
  return {
    name: "tool_integrity",
    inspect(ctx) {
      const m = ctx.message;
      // Sensitive resources and paths are the permissions step's (it resolves paths as the server does).
      if (ctx.direction === "to_server")
        return m.kind === "request"
          ? checkUse(pins, SessionListed.of(ctx), ctx.server, ctx.policy.integrity, m.method, m.params)
          : PASS;
      // The guard's own notice keeps its logger; a server's that names the guard is relabelled as the server's.
      if (m.kind === "notification" && m.method === "notifications/message")
        return ctx.fromGuard === true ? PASS : speakingAsGuard(ctx.server, m.raw);
      if (m.kind === "request" && m.method === "sampling/createMessage")
        return reviewSampling(ctx.policy.integrity, m.raw, {
          listed: () =>
            SessionListed.of(ctx)
              .listedAll(pins, ctx.server, "tool")
              .map((d) => d.name),
          elsewhere: () => pins.listedElsewhere(ctx.server, "tool"),
        });
      if (m.kind === "notification" && m.method === "notifications/tasks/status")
        return reviewNotification(ctx.policy.integrity, m.raw);
      if (m.kind === "response" && m.error) return reviewNotFoundListing(ctx, pins, now, m.raw);
      if (m.kind !== "response" || !ctx.request) return PASS;
      const method = ctx.request.method;
      if (LISTS[method]) return reviewList(ctx, pins, now, m.raw, method);
      switch (method) {
        case "initialize":
          return reviewSelfDescription(ctx, pins, now, m.raw);
        case "tools/call": {
          // The call's name and arguments tell the result's topic cue what was asked for; the tool's last result
          // in the session is read joined to this one, as the model reads pages in turn (result-pages.ts).
          const call = {
            name: typeof ctx.request.params?.name === "string" ? ctx.request.params.name : undefined,
            arguments: ctx.request.params?.arguments,
          };
          const verdict = reviewResult(ctx.policy.integrity, m.raw, call);
          return reviewAcrossPages(ctx.policy.integrity, ctx.state, m.raw, call, verdict);
        }
        case "resources/read":
        case "prompts/get":
        case "tasks/result":
        case "tasks/get":
        case "tasks/list":
        case "tasks/cancel":
          return reviewResult(ctx.policy.integrity, m.raw);
        default:
          return PASS;
      }
    },
  };
}
