// mcp-guard pins list | diff | approve | reset: what each server presented when it was pinned, what changed
// since, and a person's decision. Works on the database directly; the daemon reads it on every check.
import { lineDiff, type PinKind } from "@mcp-guard/core";
import { PinRepository, type ChangeRow } from "@mcp-guard/store";
import { CliError } from "../cli-error.js";
import { requireKnownServer, withDatabase, type CommonOptions } from "../context.js";
import { confirmByPerson } from "../person.js";

export interface PinOptions extends CommonOptions {
  kind?: string;
  all?: boolean;
  json?: boolean;
}

function withPins<T>(options: CommonOptions, use: (pins: PinRepository) => T): T {
  return withDatabase(options, (db) => use(new PinRepository(db)));
}

function kindOf(options: PinOptions): PinKind {
  const kind = options.kind ?? "tool";
  if (kind !== "tool" && kind !== "prompt" && kind !== "instructions")
    throw new CliError(`--kind must be tool, prompt or instructions, not "${kind}"`, 2);
  return kind;
}

export function list(server: string | undefined, options: PinOptions): void {
  withPins(options, (pins) => {
    const pinned = pins.pins(server);
    const changes = pins.changes(server);
    if (server !== undefined) requireKnownServer(options, server, pinned.length + changes.length > 0);
    if (options.json) {
      process.stdout.write(
        `${JSON.stringify({ pinned: pinned.map(({ definition: _d, ...p }) => p), pending: changes.map(({ definition: _d, ...c }) => c) }, null, 2)}\n`,
      );
      return;
    }
    if (pinned.length === 0 && changes.length === 0) {
      process.stdout.write(
        server
          ? `nothing pinned for ${server}\n`
          : "nothing pinned yet (servers are pinned the first time a session lists their tools)\n",
      );
      return;
    }
    for (const c of changes) {
      const state = pinned.some((p) => p.server === c.server && p.kind === c.kind && p.name === c.name)
        ? "CHANGED"
        : "NEW";
      process.stdout.write(
        `${state.padEnd(8)} ${c.server} ${c.kind} ${c.name || "(instructions)"}  seen ${new Date(c.seen_at).toISOString()}  → mcp-guard pins diff ${c.server} ${c.name}\n`,
      );
    }
    for (const p of pinned)
      process.stdout.write(
        `pinned   ${p.server} ${p.kind} ${p.name || "(instructions)"}  since ${new Date(p.pinned_at).toISOString()}\n`,
      );
  });
}

export function diff(server: string, name: string | undefined, options: PinOptions): number {
  return withPins(options, (pins) => {
    requireKnownServer(options, server, pins.pins(server).length + pins.changes(server).length > 0);
    const changes = pins.changes(server).filter((c) => name === undefined || c.name === name);
    if (changes.length === 0) {
      process.stdout.write(`no pending change for ${server}${name ? ` ${name}` : ""}\n`);
      return 1;
    }
    for (const change of changes)
      process.stdout.write(render(change, pins.get(server, change.kind, change.name)?.definition));
    return 0;
  });
}

function render(change: ChangeRow, pinned: string | undefined): string {
  const title = `${change.server} ${change.kind} ${change.name || "(instructions)"}`;
  const after = pretty(change.definition);
  if (!pinned) return `--- ${title}: new, not yet approved\n${after.map((l) => `+ ${l}`).join("\n")}\n\n`;
  return `--- ${title} (pinned)\n+++ ${title} (now)\n${lineDiff(pretty(pinned), after).join("\n")}\n\n`;
}

function pretty(json: string): string[] {
  return JSON.stringify(JSON.parse(json), null, 2).split("\n");
}

export async function approve(server: string, name: string | undefined, options: PinOptions): Promise<void> {
  await confirmByPerson(options, `the pending definitions of ${server}`);
  withPins(options, (pins) => {
    const targets = options.all
      ? pins.changes(server)
      : name !== undefined
        ? [{ kind: kindOf(options), name }]
        : [];
    if (targets.length === 0)
      throw new CliError(
        options.all ? `no pending change for ${server}` : "name the tool to approve, or pass --all",
        options.all ? 1 : 2,
      );
    for (const t of targets) {
      if (!pins.approve(server, t.kind, t.name))
        throw new CliError(`no pending change for ${server} ${t.kind} ${t.name}`);
      process.stdout.write(`approved ${server} ${t.kind} ${t.name || "(instructions)"}\n`);
    }
  });
}

export function reset(server: string, options: PinOptions): void {
  withPins(options, (pins) => {
    const removed = pins.reset(server);
    process.stdout.write(
      `forgot ${removed} pin(s) and change(s) of ${server}; the next session pins what it sees\n`,
    );
  });
}
