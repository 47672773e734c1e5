// Which pending definition change the id a person typed names. A change's id is a digest of what the server
// lists (definitionChangeId), so the server, not the guard, chooses it: after the person read the list, a
// server can list under the same name another text whose id begins as the one they read (five hex digits
// take a second to grind). So a change is named only by its whole id, never by a prefix; a call's request
// keeps its prefixes, since its id is the guard's own random one and its arguments never change.
import { CHANGE_ID_DIGITS, definitionChangeId } from "@mcp-guard/core/approve-command";
import type { ChangeRow } from "@mcp-guard/store";
import { CliError } from "../cli-error.js";

/** A whole change id: "d" and CHANGE_ID_DIGITS hex digits, as `approvals list` and `pins diff` print it. */
export const WHOLE_CHANGE_ID = new RegExp(`^d[0-9a-f]{${CHANGE_ID_DIGITS}}$`);

/**
 * The change whose whole id is `typed`, or undefined when none is. A prefix of a pending change's id is
 * refused with why: matching it could approve a definition the server swapped in after the person read it.
 */
export function changeByWholeId(changes: readonly ChangeRow[], typed: string): ChangeRow | undefined {
  const exact = changes.find((c) => definitionChangeId(c) === typed);
  if (exact) return exact;
  if (!WHOLE_CHANGE_ID.test(typed) && changes.some((c) => definitionChangeId(c).startsWith(typed)))
    throw new CliError(
      `"${typed}" is only the start of a definition change's id: a change is approved or denied by its whole id (d and 11 hex digits, as mcp-guard approvals list prints it), since the server chooses that id and can list another definition whose id starts the same way`,
      2,
    );
  return undefined;
}

/** Why a whole change id names nothing: the server listed another definition under its name, or it left. */
export const changeGone = (id: string) =>
  `no approval request with the id "${id}": if it was a definition change, the server has listed another definition under its name since, or the change was approved or dropped; mcp-guard approvals list shows what waits now, with its id`;
