// The verdict about one listed definition, decided from facts (its digest, its pin, its poison score, its
// hidden characters) and the policy in force. The same function decides when a list is shown, when a call
// arrives in any session, and what `mcp-guard status` reports as withheld.
import type { ErrorReason } from "../errors.js";
import type { IntegrityRules } from "../policy/policy.js";
import { findHidden } from "./hidden.js";
import type { ListedState, PinKind } from "./pins.js";

export type Judgement =
  | { ok: true }
  | {
      ok: false;
      reason: Extract<
        ErrorReason,
        "hidden_characters" | "tool_changed" | "tool_poisoned" | "server_poisoned" | "tool_not_approved"
      >;
      signals?: string[];
    };

const OK: Judgement = Object.freeze({ ok: true });

/**
 * A definition that matches its pin is approved (a person approved it, or it was pinned on first sight);
 * anything else is compared against the pin before its poison score, so a rug pull is a pending change
 * whatever its score.
 */
export function judge(d: ListedState, rules: IntegrityRules): Judgement {
  if (d.hidden && rules.hidden_characters === "block") return { ok: false, reason: "hidden_characters" };
  const pinning = rules.pin !== "off";
  if (pinning && d.pinnedHash === d.hash) return OK;
  const poisoned = d.poisonScore >= rules.poison_threshold && rules.poisoned !== "warn";
  const signals = poisoned ? { signals: d.signals } : {};
  if (pinning && d.pinnedHash !== undefined && (rules.pin === "enforce" || poisoned))
    return { ok: false, reason: "tool_changed", ...signals };
  if (poisoned)
    return {
      ok: false,
      reason: rules.poisoned === "block_server" ? "server_poisoned" : "tool_poisoned",
      ...signals,
    };
  if (rules.pin === "enforce" && d.pinnedHash === undefined)
    return { ok: false, reason: "tool_not_approved" };
  return OK;
}

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

const escaped = (c: string) => {
  if (c === "'" || c === "\\") return `\\${c}`;
  const cp = c.codePointAt(0);
  if (cp === undefined) throw new Error("escaped: empty character");
  return cp > 0xffff ? `\\U${cp.toString(16).padStart(8, "0")}` : `\\u${cp.toString(16).padStart(4, "0")}`;
};

/**
 * A name as typed in a shell command: quoted when it needs to be, and with control, format and other
 * invisible characters written as escapes ($'…'), so a server-chosen name cannot drive the terminal that
 * shows it and still copies back exactly.
 */
export function shellWord(word: string): string {
  if (/^[A-Za-z0-9_.\-/:@]+$/.test(word)) return word;
  if (/\p{C}/u.test(word))
    return `$'${Array.from(word, (c) => (/[\p{C}'\\]/u.test(c) ? escaped(c) : c)).join("")}'`;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/**
 * A `mcp-guard pins` command for one definition. Options come first and a name that starts with "-" follows
 * "--", so a server cannot name a tool "--all" and have the printed command approve everything.
 */
export function pinsCommand(
  verb: "approve" | "diff",
  server: string,
  kind: PinKind,
  name: string,
  withKind = false,
): string {
  const options = withKind || kind === "instructions" ? ` --kind ${kind}` : "";
  const target = kind === "instructions" ? "" : `${name.startsWith("-") ? " --" : ""} ${shellWord(name)}`;
  return `mcp-guard pins ${verb}${verb === "approve" ? options : ""} ${shellWord(server)}${target}`;
}

/** The command a person runs to accept a withheld definition, or undefined when approval cannot help. */
export function approveCommand(
  server: string,
  kind: PinKind,
  name: string,
  reason: string,
): string | undefined {
  if (reason !== "tool_changed" && reason !== "tool_not_approved" && reason !== "tool_poisoned")
    return undefined;
  return pinsCommand("approve", server, kind, name);
}

/** The error data for a refused use of a withheld definition. */
export function withheldData(
  server: string,
  kind: PinKind,
  name: string,
  j: Extract<Judgement, { ok: false }>,
): Record<string, unknown> {
  const approve = approveCommand(server, kind, name, j.reason);
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
  kind: PinKind,
  name: string,
  j: Extract<Judgement, { ok: false }>,
): string {
  const what = kind === "instructions" ? "the server's instructions" : `${KIND_LABEL[kind]} ${shown(name)}`;
  const signals = j.signals?.length ? ` (${j.signals.join(", ")})` : "";
  const approve = approveCommand(server, kind, name, j.reason);
  const how = approve
    ? ` See the change with "${pinsCommand("diff", server, kind, name)}" and approve it with "${approve}".`
    : "";
  return `mcp-guard withheld ${what} of server "${server}": ${WHY[j.reason]}${signals}.${how}`;
}
