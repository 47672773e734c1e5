// Reviewing what a server lists: every definition is recorded for the server (what it is, its digest, its
// poison score), compared with its pin, pinned on the first listing of its kind unless it looks poisoned,
// and recorded as a pending change otherwise; then judged, and shown, stripped or withheld.
import type { JsonObject } from "../jsonrpc.js";
import type { IntegrityRules } from "../policy/policy.js";
import { findHidden, HIDDEN_IN_A_KEY, hiddenInKeys, stripHidden } from "./hidden.js";
import { identifierOrders } from "./identifier-orders.js";
import { neighbourSignals } from "./neighbour-tools.js";
import { otherToolOrders } from "./other-tool-orders.js";
import { ownWorkflow } from "./own-workflow.js";
import { schemaMemberOrders } from "./schema-member-orders.js";
import {
  LISTED_PER_SERVER,
  PENDING_PER_SERVER,
  pinOf,
  type Pin,
  type PinKind,
  type PinStore,
} from "./pins.js";
import { definitionText, type PoisonReport } from "./poison.js";
import { scorePoisonRemembered } from "./poison-memo.js";
import type { SessionListed } from "./session-listed.js";
import { hiddenWithheld, judge, type Judgement } from "./verdict.js";
import { withheldNotice } from "./withheld-messages.js";

/** The list methods, the kind they list, the result key holding the entries and the entries' name field. */
export const LISTS: Record<string, { kind: PinKind; key: string; nameField: string }> = {
  "tools/list": { kind: "tool", key: "tools", nameField: "name" },
  "prompts/list": { kind: "prompt", key: "prompts", nameField: "name" },
  "resources/list": { kind: "resource", key: "resources", nameField: "uri" },
  "resources/templates/list": {
    kind: "resource_template",
    key: "resourceTemplates",
    nameField: "uriTemplate",
  },
};

export interface ReviewOutcome {
  /** What to show in place of the definition, or undefined to withhold it. */
  shown: unknown;
  judgement: Judgement;
}

export interface ReviewContext {
  server: string;
  rules: IntegrityRules;
  pins: PinStore;
  /** What this session's server listed: its calls are judged by it (session-listed.ts). */
  session: SessionListed;
  /** Whether this listing is the first of its kind for the server (trust on first use). */
  firstSight: boolean;
  notes: string[];
  /** Tells the client (a log notification) what was withheld and how to approve it. */
  notify: (text: string) => void;
  /**
   * Tool names the user's other servers last listed, each with a server listing it (see neighbour-tools.ts);
   * absent or empty, a definition is scored alone.
   */
  elsewhere?: ReadonlyMap<string, string>;
}

const NO_NAMES: ReadonlySet<string> = new Set();

/** A name the guard kept nothing of cannot be used (uses.ts refuses it as unknown), so it is not shown. */
const NOT_RECORDED: Judgement = Object.freeze({ ok: false, reason: "tool_not_approved" });

/**
 * A definition's poison score and signals: its text alone (poison.ts), and, for a tool, what it says beside
 * the names its own server lists (`own`) and the names other servers list (neighbour-tools.ts). Prompts,
 * resources and instructions are scored alone: instructions come before the server's tools are listed, so
 * "call our_tool first" in them could not be told from an order through a tool nobody lists.
 */
function scoreListed(
  c: ReviewContext,
  kind: PinKind,
  name: string,
  definition: unknown,
  text: string,
  own: ReadonlySet<string>,
) {
  return scoreDefinition(kind, name, definition, text, own, c.elsewhere);
}

/**
 * scoreListed's reading for any definition a server shows the model, listed or not (the tools it offers in its
 * own sampling request, sampling-review.ts): `elsewhere` as ReviewContext's.
 */
export function scoreDefinition(
  kind: PinKind,
  name: string,
  definition: unknown,
  text: string,
  own: ReadonlySet<string>,
  elsewhere?: ReadonlyMap<string, string>,
): PoisonReport {
  const read = withIdentifierOrders(
    definition,
    withOwnName(kind, definition, text, own, scorePoisonRemembered(text)),
  );
  // The frame of a tool's orders weighs nothing while they stay within its own server (own-workflow.ts).
  const alone = kind === "tool" ? ownWorkflow(read, text, own) : read;
  if (kind !== "tool" || !elsewhere?.size) return alone;
  const beside = neighbourSignals(name, text, { own, elsewhere });
  if (!beside.score) return alone;
  return { score: alone.score + beside.score, signals: [...alone.signals, ...beside.signals] };
}

/** A tool's text read knowing its own name and parameters (other-tool-orders.ts), added to its score alone. */
function withOwnName(
  kind: PinKind,
  definition: unknown,
  text: string,
  listed: ReadonlySet<string>,
  alone: PoisonReport,
): PoisonReport {
  if (kind !== "tool") return alone;
  const own = otherToolOrders(definition, text, listed);
  if (!own.score) return alone;
  return { score: alone.score + own.score, signals: [...alone.signals, ...own.signals] };
}

/** Any definition's score with an order spelled in its identifiers (identifier-orders.ts) added. */
function withIdentifierOrders(definition: unknown, alone: PoisonReport): PoisonReport {
  const spelled = identifierOrders(definition);
  // Orders in the members written for the model alone ($comment, x-llm-*, annotations.title: schema-member-orders.ts).
  const member = schemaMemberOrders(definition);
  if (!spelled.score && !member.score) return alone;
  return {
    score: alone.score + spelled.score + member.score,
    signals: [...alone.signals, ...spelled.signals, ...member.signals],
  };
}

/**
 * Puts a definition in the person's queue, saying so in the notes (the audit row's findings); when the
 * server's queue is full it is withheld without a place there, and the notes say that too.
 */
function queueChange(
  c: ReviewContext,
  kind: PinKind,
  name: string,
  presented: Pin,
  findings: readonly string[],
  why: string,
) {
  const queued = c.pins.recordChange(c.server, kind, name, presented, findings);
  const full = `; withheld, not queued: ${PENDING_PER_SERVER} definitions of this server already wait for a person`;
  c.notes.push(`${kind} ${name}: ${why}${queued === false ? full : ""}`);
}

export function reviewDefinition(
  c: ReviewContext,
  kind: PinKind,
  name: string,
  definition: unknown,
  own: ReadonlySet<string> = NO_NAMES,
): ReviewOutcome {
  const { rules, pins, server } = c;
  const text = definitionText(definition);
  const found = findHidden(text)?.kinds ?? null;
  const hidden = hiddenInKeys(definition) ? [...(found ?? []), HIDDEN_IN_A_KEY] : found;
  const poison = scoreListed(c, kind, name, definition, text, own);
  const presented = pinOf(definition, (json) => pins.digest(json));
  const label = `${kind} ${name}`;
  if (hidden) c.notes.push(`${label}: hidden ${hidden.join(", ")}`);
  const poisoned = poison.score >= rules.poison_threshold;
  if (poisoned) c.notes.push(`${label}: poisoned (${poison.signals.join(", ")})`);
  const listed = {
    kind,
    name,
    hash: presented.hash,
    poisonScore: poison.score,
    signals: poison.signals,
    hidden,
  };
  // Recorded first: a name the server's (or this session's) full table has no room for is neither pinned nor
  // queued, only withheld.
  if (!pins.recordListed(server, listed) || !c.session.record(listed)) {
    c.notes.push(
      `${label}: withheld, not recorded: ${LISTED_PER_SERVER} definitions of this server are kept`,
    );
    return { shown: undefined, judgement: NOT_RECORDED };
  }
  let pin = pins.get(server, kind, name);
  const hiddenBlocked = hiddenWithheld(hidden, rules);
  if (rules.pin !== "off" && pin?.hash !== presented.hash && !hiddenBlocked) {
    // A definition that looks poisoned is never trusted on first use: it waits for a person like a change.
    if (!pin && c.firstSight && !(poisoned && rules.poisoned !== "warn")) {
      pins.pin(server, kind, name, presented);
      pin = presented;
    } else {
      const why = pin ? "changed since it was pinned" : "new on a pinned server";
      queueChange(c, kind, name, presented, poisoned ? poison.signals : [], why);
    }
  } else if (rules.pin !== "off" && pin?.firstUse === true && poisoned && rules.poisoned !== "warn") {
    // Pinned on first use, and poisoned as read now (beside tools listed since): judge() withholds it, and
    // a person decides about it as about a change.
    queueChange(c, kind, name, presented, poison.signals, "pinned on first use, poisoned as read now");
  }
  const judgement = judge(
    { ...listed, pinnedHash: pin?.hash, ...(pin?.firstUse === true ? { pinnedOnFirstUse: true } : {}) },
    rules,
  );
  if (!judgement.ok) {
    const keptName = pins.keptName(name);
    c.notify(withheldNotice(server, keptName === name ? listed : { ...listed, keptName }, judgement));
    return { shown: undefined, judgement };
  }
  const shown = hidden && rules.hidden_characters === "strip" ? stripHidden(definition) : definition;
  return { shown, judgement };
}

/** Reviews every entry of a list result; entries without a usable name are withheld (they cannot be used). */
export function reviewEntries(
  c: ReviewContext,
  kind: PinKind,
  nameField: string,
  entries: unknown[],
): { shown: unknown[]; serverPoisoned?: readonly string[] } {
  const shown: unknown[] = [];
  let serverPoisoned: readonly string[] | undefined;
  // The listing's own tool names, so that "call list_files first" among them reads as the server's own order.
  const own = new Set<string>();
  if (kind === "tool")
    for (const entry of entries) {
      const name = (entry as JsonObject | null)?.[nameField];
      if (typeof name === "string") own.add(name);
    }
  for (const entry of entries) {
    const name = (entry as JsonObject | null)?.[nameField];
    if (typeof name !== "string" || name.length === 0) {
      c.notes.push(`${kind} without a ${nameField}: withheld`);
      continue;
    }
    const out = reviewDefinition(c, kind, name, entry, own);
    if (!out.judgement.ok && out.judgement.reason === "server_poisoned")
      serverPoisoned = out.judgement.signals ?? [];
    if (out.shown !== undefined) shown.push(out.shown);
  }
  return serverPoisoned ? { shown, serverPoisoned } : { shown };
}
