// mcp-guard pins list | diff | approve | reset: what each server presented when it was pinned, what changed
// since, and a person's decision. Works on the database directly; the daemon reads it on every check.
import { createHash } from "node:crypto";
import {
  CHANGE_ID_DIGITS,
  definitionChangeId,
  pinsCommand,
  shellWord,
} from "@mcp-guard/core/approve-command";
import { PIN_KINDS, type Pin, type PinKind } from "@mcp-guard/core/pins";
import { lineDiff } from "@mcp-guard/core/text-diff";
import { redactedAtRest, redactShown, shownName } from "@mcp-guard/daemon/shown-text";
import { PinRepository, type ChangeRow } from "@mcp-guard/store";
import { CliError } from "../cli-error.js";
import { requireKnownServer, withDatabase } from "../database.js";
import type { CommonOptions } from "../locate.js";
import { confirmByPerson } from "../person.js";
import { printJson, sayToPerson } from "../printable.js";

export interface PinOptions extends CommonOptions {
  kind?: string;
  all?: boolean;
  json?: boolean;
  /** The id (d…) of the definition the person reviewed, as `pins diff` printed it. */
  id?: string;
}

function withPins<T>(options: CommonOptions, use: (pins: PinRepository) => T): T {
  return withDatabase(options, (db) => use(new PinRepository(db)));
}

function kindOf(options: PinOptions): PinKind | undefined {
  if (options.kind === undefined) return undefined;
  if (!(PIN_KINDS as readonly string[]).includes(options.kind))
    throw new CliError(`--kind must be one of ${PIN_KINDS.join(", ")}, not "${options.kind}"`, 2);
  return options.kind as PinKind;
}

/** How a definition is named on the terminal (a server chose the name: see shellWord). */
/**
 * A definition's name as printed. A server chooses it, and a name holding a secret (a tool named after a
 * token, a resource URI with a key in it) is printed redacted; such a change is then named by its id (d…),
 * which `pins diff` and `approvals approve` take.
 */
const label = (c: { kind: PinKind; name: string }) => {
  if (c.kind === "instructions") return "(instructions)";
  return hidden(c) ? shownName(c.name) : shellWord(c.name);
};
/** Kept redacted (shown-text.ts nameAtRest), or kept bare before names were (a database of round 30). */
const hidden = (c: { name: string }) => redactedAtRest(c.name) || redactShown(c.name, "name") !== c.name;

function diffCommand(c: ChangeRow): string {
  if (!hidden(c)) return pinsCommand("diff", c.server, c.kind, c.name);
  return `mcp-guard pins diff ${shellWord(c.server)} ${definitionChangeId(c)}`;
}

/** The approval of exactly this definition: a name that cannot be shown is named by the id alone. */
function approveThisCommand(c: ChangeRow): string {
  const id = definitionChangeId(c);
  if (!hidden(c)) return pinsCommand("approve", c.server, c.kind, c.name, false, id);
  return `mcp-guard pins approve ${shellWord(c.server)} ${id}`;
}

export async function list(server: string | undefined, options: PinOptions): Promise<void> {
  const { pinned, changes } = withPins(options, (pins) => ({
    pinned: pins.pins(server),
    changes: pins.changes(server),
  }));
  if (server !== undefined) await requireKnownServer(options, server, pinned.length + changes.length > 0);
  if (options.json) {
    printJson(
      {
        pinned: pinned.map(({ definition: _d, ...p }) => ({ ...p, name: shownName(p.name) })),
        pending: changes.map(({ definition: _d, ...c }) => ({
          ...c,
          name: shownName(c.name),
          id: definitionChangeId(c),
        })),
      },
      2,
    );
    return;
  }
  if (pinned.length === 0 && changes.length === 0) {
    sayToPerson(
      server
        ? `nothing pinned for ${server}\n`
        : "nothing pinned yet (each kind of definition is pinned the first time a server lists it)\n",
    );
    return;
  }
  for (const c of changes) {
    const pin = pinned.find((p) => p.server === c.server && p.kind === c.kind && p.name === c.name);
    // The same definition as its pin: pinned on first use, and read as poisoned since (see judge()).
    const state = pin === undefined ? "NEW" : pin.hash === c.hash ? "POISONED" : "CHANGED";
    sayToPerson(
      `${state.padEnd(8)} ${c.server} ${c.kind} ${label(c)}  seen ${new Date(c.seen_at).toISOString()}${c.findings.length ? `  POISONED? ${c.findings.join(", ")}` : ""}  → ${diffCommand(c)}\n`,
    );
  }
  for (const p of pinned)
    sayToPerson(`pinned   ${p.server} ${p.kind} ${label(p)}  since ${new Date(p.pinned_at).toISOString()}\n`);
}

export async function diff(server: string, name: string | undefined, options: PinOptions): Promise<number> {
  const known = withPins(options, (pins) => pins.pins(server).length + pins.changes(server).length > 0);
  await requireKnownServer(options, server, known);
  return withPins(options, (pins) => {
    const pending = pins.changes(server);
    const changes = pending.filter(
      (c) => name === undefined || c.name === name || definitionChangeId(c) === name,
    );
    if (changes.length === 0) {
      sayToPerson(`no pending change for ${server}${name ? ` ${name}` : ""}\n`);
      return 1;
    }
    for (const change of changes) sayToPerson(render(change, pins.get(server, change.kind, change.name)));
    if (name === undefined)
      sayToPerson(
        `approve this whole list (${changes.length}) with: mcp-guard pins approve ${shellWord(server)} --all --id ${pendingListId(pending)}\n`,
      );
    return 0;
  });
}

/**
 * One id for a server's whole list of pending changes (`s…`, a digest of their ids): `--all` approves the list
 * `pins diff <server>` showed and nothing the server listed after it.
 */
function pendingListId(changes: ChangeRow[]): string {
  const ids = changes.map(definitionChangeId).sort().join(",");
  // As long as a change's id, for the same reason: the server chooses what the ids digest.
  return `s${createHash("sha256").update(ids).digest("hex").slice(0, CHANGE_ID_DIGITS)}`;
}

function render(change: ChangeRow, pin: Pin | undefined): string {
  const title = `${change.server} ${change.kind} ${label(change)} [${definitionChangeId(change)}]`;
  // Definitions are kept redacted (shown-text.ts): a change inside a redacted value shows no changed line.
  const inside =
    pin !== undefined && pin.hash !== change.hash && pin.definition === change.definition
      ? "(the change is inside a value shown redacted: the definitions differ)\n"
      : "";
  return `${changeLines(change, pin?.definition, title)}${inside}approve exactly this definition with: ${approveThisCommand(change)}\n\n`;
}

function changeLines(change: ChangeRow, pinned: string | undefined, title: string): string {
  const after = pretty(change.definition);
  const findings = change.findings.length
    ? `!!! poisoned? the new definition carries: ${change.findings.join(", ")}\n`
    : "";
  // Worked out on the real texts, then each line redacted: a changed secret still shows as a changed line.
  const shown = (lines: string[]) => lines.map((l) => redactShown(l, "diff line")).join("\n");
  if (!pinned)
    return `--- ${title}: new, not yet approved\n${findings}${shown(after.map((l) => `+ ${l}`))}\n`;
  return `--- ${title} (pinned)\n+++ ${title} (now)\n${findings}${shown(lineDiff(pretty(pinned), after))}\n`;
}

function pretty(json: string): string[] {
  return JSON.stringify(JSON.parse(json), null, 2).split("\n");
}

/** The pending changes an approval means: a whole server (--all), or one name, found without --kind. */
function approvalTargets(
  pins: PinRepository,
  first: string,
  name: string | undefined,
  options: PinOptions,
): ChangeRow[] {
  const kind = kindOf(options);
  if (options.all) {
    const pending = pins.changes(first);
    const all = pending.filter((c) => kind === undefined || c.kind === kind);
    if (all.length === 0) throw new CliError(`no pending change for ${first}`, 1);
    const review = `"mcp-guard pins diff ${shellWord(first)}" shows every pending change and prints the command that approves exactly those`;
    if (options.id === undefined)
      throw new CliError(`say which list you reviewed: ${review} (with its --id); nothing was approved`, 1);
    if (options.id !== pendingListId(pending))
      throw new CliError(
        `the pending changes of ${first} are no longer the list you reviewed (${options.id}): the server listed ` +
          `others since. Review them again: ${review}; nothing was approved`,
        1,
      );
    return all;
  }
  // "approve <server> --kind instructions", "approve <server> <name>", or "approve <name>" on every server;
  // the name may be the change's id (d…), as for a name printed redacted.
  const [server, wanted] =
    name !== undefined ? [first, name] : kind === "instructions" ? [first, ""] : [undefined, first];
  const found = pins
    .changes(server)
    .filter((c) => c.name === wanted || definitionChangeId(c) === wanted)
    .filter((c) => kind === undefined || c.kind === kind);
  const byId = found.filter((c) => definitionChangeId(c) === (options.id ?? wanted));
  if (found.length === 0)
    throw new CliError(
      `no pending change named "${wanted}"${server ? ` for ${server}` : ""}${kind ? ` (kind ${kind})` : ""}; see mcp-guard pins list`,
      1,
    );
  if (byId.length === 1) return byId;
  if (options.id !== undefined) throw new CliError(changedSinceReview(found, options.id), 1);
  if (found.length > 1)
    throw new CliError(
      `"${wanted}" names ${found.length} pending changes; review each (${found.map(diffCommand).join(", ")}) and approve one of them:\n${found
        .map((c) => `  ${pinsCommand("approve", c.server, c.kind, c.name, true, definitionChangeId(c))}`)
        .join("\n")}`,
      2,
    );
  throw new CliError(
    `say which definition you reviewed: "${diffCommand(found[0] as ChangeRow)}" shows the pending one and ` +
      "prints the command that approves exactly it (with its --id); nothing was approved",
    1,
  );
}

/**
 * The refusal of an approval whose definition is no longer pending: the server listed another one under the
 * name since the person reviewed it, and that one nobody has seen.
 */
function changedSinceReview(found: ChangeRow[], id: string): string {
  const now = found.map((c) => `${c.server} ${c.kind} ${label(c)} (now ${definitionChangeId(c)})`).join(", ");
  return (
    `the definition you reviewed (${id}) is no longer the one pending for ${now}: the server listed another ` +
    `since. Review it again with "${found.map(diffCommand).join('" and "')}"; nothing was approved`
  );
}

export async function approve(first: string, name: string | undefined, options: PinOptions): Promise<void> {
  // A person first, before anything about the pending changes is read or said.
  await confirmByPerson(
    options,
    options.all
      ? `the pending definitions of ${first}`
      : `the pending definition ${[first, name].filter(Boolean).join(" ")}`,
  );
  const targets = withPins(options, (pins) => approvalTargets(pins, first, name, options));
  withPins(options, (pins) => {
    for (const t of targets) {
      if (!pins.approve(t.server, t.kind, t.name, t.hash)) {
        // Relisted between the lookup and the approval: what is pending now is another definition.
        const now = pins.changes(t.server).filter((c) => c.kind === t.kind && c.name === t.name);
        throw new CliError(
          now.length
            ? changedSinceReview(now, definitionChangeId(t))
            : `no pending change for ${t.server} ${t.kind} ${label(t)}`,
        );
      }
      sayToPerson(`approved ${t.server} ${t.kind} ${label(t)}\n`);
    }
  });
}

export async function reset(server: string, options: PinOptions): Promise<void> {
  // Forgetting the pins trusts whatever the server shows next: an approval of every change it made.
  await confirmByPerson(options, `whatever ${server} shows next (pins reset)`);
  withPins(options, (pins) => {
    const removed = pins.reset(server);
    sayToPerson(`forgot ${removed} pin(s) and change(s) of ${server}; the next session pins what it sees\n`);
  });
}
