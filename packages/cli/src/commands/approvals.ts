// mcp-guard approvals list | show | approve | deny: the person in the loop. Works on the database
// directly; the daemon sees the decision on the agent's retry (or while the call waits). Every decision is
// written to the audit log too.
import { userInfo } from "node:os";
import type { Approval } from "@mcp-guard/core";
import { definitionChangeId } from "@mcp-guard/core/approve-command";
import {
  approvalDecisionRow,
  AuditRepository,
  PinRepository,
  SpendRepository,
  type ChangeRow,
} from "@mcp-guard/store";
import { CliError } from "../cli-error.js";
import { withDatabase } from "../database.js";
import type { CommonOptions } from "../locate.js";
import { confirmByPerson } from "../person.js";
import { printJson, sayToPerson, terminalField } from "../printable.js";
import { changeByWholeId, changeGone, WHOLE_CHANGE_ID } from "./change-ids.js";

export interface ApprovalOptions extends CommonOptions {
  all?: boolean;
  json?: boolean;
  by?: string;
  reason?: string;
}

function withStore<T>(
  options: CommonOptions,
  use: (spend: SpendRepository, audit: AuditRepository, pins: PinRepository) => T,
): T {
  return withDatabase(options, (db) =>
    use(new SpendRepository(db), new AuditRepository(db), new PinRepository(db)),
  );
}

/**
 * The one request an id names: a call's by a prefix of its id, a definition change's by its whole id only
 * (change-ids.ts). A prefix that names more than one call is refused with the candidates: deciding for a
 * person which of them they meant is not ours.
 */
function resolveAny(
  spend: SpendRepository,
  pins: PinRepository,
  prefix: string,
): { call: Approval } | { change: ChangeRow } {
  if (!prefix)
    throw new CliError(
      "give the id (or the start of a call's id) of a request; mcp-guard approvals list shows them",
      2,
    );
  const change = changeByWholeId(pins.changes(), prefix);
  if (change) return { change };
  const calls = spend.byPrefix(prefix);
  if (calls.length === 0)
    throw new CliError(
      WHOLE_CHANGE_ID.test(prefix)
        ? changeGone(prefix)
        : `no approval request with an id starting "${prefix}"`,
    );
  if (calls.length > 1) {
    const now = Date.now();
    throw new CliError(
      `"${prefix}" matches ${calls.length} requests; give more of the id:\n${calls.map((a) => `  ${line(a, now)}`).join("\n")}`,
      2,
    );
  }
  return { call: calls[0]! };
}

function resolve(spend: SpendRepository, pins: PinRepository, prefix: string): Approval {
  const found = resolveAny(spend, pins, prefix);
  if ("change" in found)
    throw new CliError(
      `${changeId(found.change)} is a definition change; mcp-guard pins diff ${found.change.server} ${changeId(found.change)} shows it`,
    );
  return found.call;
}

function state(a: Approval, now: number): string {
  return a.status === "pending" && a.expires_at <= now ? "expired" : a.status;
}

/**
 * A request's fields a peer wrote (the tool an agent named, the identity an issuer's token carries, the
 * reason a person typed elsewhere) as one-line fields: a line end in an OAuth subject cannot forge a row,
 * nor ESC or CR rewrite the one the person reads before approving (as `logs` prints them).
 */
const field = (text: string | null | undefined) => terminalField(text ?? "");

function line(a: Approval, now: number): string {
  const amount = a.amount !== null ? ` ${a.amount} ${field(a.currency)}` : "";
  return `${a.id}  ${state(a, now).padEnd(8)} ${field(a.server)}  ${field(a.tool)}${amount}  ${field(a.identity)}  asked ${new Date(a.created_at).toISOString()}  (${field(a.why)})`;
}

/** Changed tool definitions wait in the same queue, under an id derived from what changed. */
const changeId = (c: ChangeRow) => definitionChangeId(c);

type ShownName = (name: string) => string;

/**
 * shown-text's redaction of names, imported where a change is to be named: it builds every detector, most of
 * the CPU of a command, and most lists of requests name no change.
 */
const namesShown = async (): Promise<ShownName> => (await import("@mcp-guard/daemon/shown-text")).shownName;

/** A definition's name as printed: a server chooses it, so a value detection finds in it is redacted. */
const changeName = (c: ChangeRow, shown: ShownName) => (c.name ? shown(c.name) : "(instructions)");

function changeLine(c: ChangeRow, shown: ShownName): string {
  const target = c.name === "" || changeName(c, shown) !== c.name ? changeId(c) : c.name;
  return `${changeId(c)}  pending  ${c.server}  ${c.kind} ${changeName(c, shown)}  definition changed  seen ${new Date(c.seen_at).toISOString()}  (mcp-guard pins diff ${c.server} ${target})`;
}

export async function list(options: ApprovalOptions): Promise<void> {
  const now = Date.now();
  const { rows, changes } = withStore(options, (spend, _audit, pins) => ({
    rows: spend.list(options.all ?? false, now),
    changes: pins.changes(),
  }));
  if (!options.json && changes.length > 0) {
    const shown = await namesShown();
    for (const c of changes) sayToPerson(`${changeLine(c, shown)}\n`);
  }
  if (options.json) {
    printJson(
      rows.map((a) => ({ ...a, status: state(a, now) })),
      2,
    );
    return;
  }
  if (rows.length === 0 && changes.length === 0) {
    sayToPerson(options.all ? "no approval requests\n" : "nothing waiting for approval\n");
    return;
  }
  for (const a of rows) sayToPerson(`${line(a, now)}\n`);
}

export function show(id: string, options: ApprovalOptions): void {
  const now = Date.now();
  withStore(options, (spend, _audit, pins) => {
    const a = resolve(spend, pins, id);
    const lines = [
      `id:         ${a.id}`,
      `status:     ${state(a, now)}`,
      `server:     ${field(a.server)}`,
      `tool:       ${field(a.tool)}`,
      `identity:   ${field(a.identity)}`,
      `amount:     ${a.amount !== null ? `${a.amount} ${field(a.currency)}` : "-"}`,
      `why:        ${field(a.why)}`,
      `asked:      ${new Date(a.created_at).toISOString()}`,
      `expires:    ${new Date(a.expires_at).toISOString()}`,
      ...(a.decided_by
        ? [
            `decided:    ${a.status} by ${field(a.decided_by)} at ${new Date(a.decided_at!).toISOString()}${a.reason ? ` (${field(a.reason)})` : ""}`,
          ]
        : []),
      `arguments:  ${JSON.stringify(JSON.parse(a.arguments), null, 2).replace(/\n/g, "\n            ")}`,
    ];
    sayToPerson(`${lines.join("\n")}\n`);
  });
}

export async function decide(
  decision: "approved" | "denied",
  id: string,
  options: ApprovalOptions,
): Promise<void> {
  if (decision === "approved") await confirmByPerson(options, `approval ${id}`);
  const shown = await namesShown();
  const now = Date.now();
  const by = options.by ?? userInfo().username;
  withStore(options, (spend, audit, pins) => {
    const found = resolveAny(spend, pins, id);
    if ("change" in found) {
      const change = found.change;
      // Approving makes the new definition the pin; denying leaves it withheld (nothing to change).
      // The id is the definition's digest: a definition listed under the name since the lookup is not this one.
      if (decision === "approved" && !pins.approve(change.server, change.kind, change.name, change.hash))
        throw new CliError(`${changeGone(id)}; nothing was approved`);
      auditDecision(
        audit,
        now,
        change.server,
        `${change.kind} ${changeName(change, shown)}`,
        changeId(change),
        by,
        decision,
        options.reason,
      );
      const what = `${change.server} ${change.kind} ${changeName(change, shown)}`;
      sayToPerson(
        decision === "approved"
          ? `approved the new definition of ${what}\n`
          : `denied: ${what} stays withheld\n`,
      );
      return;
    }
    const a = found.call;
    if (!spend.decide(a.id, decision, by, options.reason, now)) {
      throw new CliError(`${a.id} is ${state(a, now)}; only a pending, unexpired request can be decided`);
    }
    auditDecision(audit, now, a.server, a.tool, a.id, by, decision, options.reason);
    sayToPerson(
      `${decision} ${a.id} (${a.server} ${a.tool}${a.amount !== null ? ` ${a.amount} ${a.currency}` : ""}) by ${by}\n`,
    );
  });
}

function auditDecision(
  audit: AuditRepository,
  now: number,
  server: string,
  target: string,
  id: string,
  by: string,
  decision: "approved" | "denied",
  reason: string | undefined,
): void {
  audit.insertMany([
    approvalDecisionRow({ now, channel: "cli", server, target, id, identity: `os:${by}`, decision, reason }),
  ]);
}
