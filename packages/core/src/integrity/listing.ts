// Reviewing what a server lists: every definition is recorded for the server (what it is, its digest, its
// poison score), compared with its pin, pinned on the first listing of its kind unless it looks poisoned,
// and recorded as a pending change otherwise; then judged, and shown, stripped or withheld.
import type { JsonObject } from "../jsonrpc.js";
import type { IntegrityRules } from "../policy/policy.js";
import { findHidden, stripHidden } from "./hidden.js";
import { pinOf, type PinKind, type PinStore } from "./pins.js";
import { definitionText, scorePoison } from "./poison.js";
import { judge, type Judgement } from "./verdict.js";
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
  /** Whether this listing is the first of its kind for the server (trust on first use). */
  firstSight: boolean;
  notes: string[];
  /** Tells the client (a log notification) what was withheld and how to approve it. */
  notify: (text: string) => void;
}

export function reviewDefinition(
  c: ReviewContext,
  kind: PinKind,
  name: string,
  definition: unknown,
): ReviewOutcome {
  const { rules, pins, server } = c;
  const text = definitionText(definition);
  const hidden = findHidden(text)?.kinds ?? null;
  const poison = scorePoison(text);
  const presented = pinOf(definition);
  const label = `${kind} ${name}`;
  if (hidden) c.notes.push(`${label}: hidden ${hidden.join(", ")}`);
  const poisoned = poison.score >= rules.poison_threshold;
  if (poisoned) c.notes.push(`${label}: poisoned (${poison.signals.join(", ")})`);
  let pin = pins.get(server, kind, name);
  const hiddenBlocked = hidden !== null && rules.hidden_characters === "block";
  if (rules.pin !== "off" && pin?.hash !== presented.hash && !hiddenBlocked) {
    // A definition that looks poisoned is never trusted on first use: it waits for a person like a change.
    if (!pin && c.firstSight && !(poisoned && rules.poisoned !== "warn")) {
      pins.pin(server, kind, name, presented);
      pin = presented;
    } else {
      pins.recordChange(server, kind, name, presented, poisoned ? poison.signals : []);
      c.notes.push(`${label}: ${pin ? "changed since it was pinned" : "new on a pinned server"}`);
    }
  }
  const listed = {
    kind,
    name,
    hash: presented.hash,
    poisonScore: poison.score,
    signals: poison.signals,
    hidden,
  };
  pins.recordListed(server, listed);
  const judgement = judge({ ...listed, pinnedHash: pin?.hash }, rules);
  if (!judgement.ok) {
    c.notify(withheldNotice(server, kind, name, judgement));
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
): { shown: unknown[]; serverPoisoned?: string[] } {
  const shown: unknown[] = [];
  let serverPoisoned: string[] | undefined;
  for (const entry of entries) {
    const name = (entry as JsonObject | null)?.[nameField];
    if (typeof name !== "string" || name.length === 0) {
      c.notes.push(`${kind} without a ${nameField}: withheld`);
      continue;
    }
    const out = reviewDefinition(c, kind, name, entry);
    if (!out.judgement.ok && out.judgement.reason === "server_poisoned")
      serverPoisoned = out.judgement.signals ?? [];
    if (out.shown !== undefined) shown.push(out.shown);
  }
  return serverPoisoned ? { shown, serverPoisoned } : { shown };
}
