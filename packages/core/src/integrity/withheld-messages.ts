// How a withheld definition is described: the error data of a refused use, and the one-line notice the
// client's log gets when a list is shown without it.
import { findHidden } from "./hidden.js";
import { approveCommand, pinsCommand } from "./approve-command.js";
import type { ListedState, PinKind } from "./pins.js";
import type { Judgement } from "./verdict.js";

export const KIND_LABEL: Record<PinKind, string> = {
  tool: "tool",
  prompt: "prompt",
  resource: "resource",
  resource_template: "resource template",
  instructions: "instructions",
};

/** The key under which a refusal names the definition (kept as "tool"/"prompt" for existing clients). */
export const NAME_KEY: Record<PinKind, string> = {
  tool: "tool",
  prompt: "prompt",
  resource: "uri",
  resource_template: "uri_template",
  instructions: "instructions",
};

/** The error data for a refused use of a withheld definition. */
export function withheldData(
  server: string,
  d: Pick<ListedState, "kind" | "name" | "hash" | "keptName">,
  j: Extract<Judgement, { ok: false }>,
): Record<string, unknown> {
  const { kind, name } = d;
  const approve = approveCommand(server, d, j.reason);
  return {
    kind: KIND_LABEL[kind],
    [NAME_KEY[kind]]: name,
    ...(j.signals ? { signals: j.signals } : {}),
    ...(approve ? { approve } : {}),
  };
}

const WHY: Record<Extract<Judgement, { ok: false }>["reason"], string> = {
  hidden_characters: "its definition holds hidden characters",
  tool_changed: "its definition changed since it was pinned",
  tool_poisoned: "its definition carries instructions for the model",
  server_poisoned: "a definition of this server carries instructions for the model",
  tool_not_approved: "it is new on a server whose definitions are pinned",
};

/** A server-chosen name as a notice shows it: without hidden characters, and not too long to read. */
function shown(name: string): string {
  const visible = findHidden(name)?.stripped ?? name;
  return JSON.stringify(visible.length > 120 ? `${visible.slice(0, 120)}…` : visible);
}

/** One line for the client's log: what was withheld, why, and the command that approves it. */
export function withheldNotice(
  server: string,
  d: Pick<ListedState, "kind" | "name" | "hash" | "keptName">,
  j: Extract<Judgement, { ok: false }>,
): string {
  const { kind, name } = d;
  const what =
    kind === "instructions"
      ? "the server's instructions and serverInfo"
      : `${KIND_LABEL[kind]} ${shown(name)}`;
  const signals = j.signals?.length ? ` (${j.signals.join(", ")})` : "";
  const approve = approveCommand(server, d, j.reason);
  const how = approve
    ? ` See the change with "${pinsCommand("diff", server, kind, name)}" and approve it with "${approve}".`
    : "";
  return `mcp-guard withheld ${what} of server "${server}": ${WHY[j.reason]}${signals}.${how}`;
}
