// The commands a person runs about a definition (`mcp-guard pins approve|diff`), as printed in notices,
// refusals and status: a server chooses its definitions' names, so every name is quoted for the shell and
// can neither drive the terminal that shows it nor turn into an option.
import { createHash } from "node:crypto";
import type { PinKind } from "./pins.js";

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
 * "--", so a server cannot name a tool "--all" and have the printed command approve everything. An approval
 * carries the id of the definition it is for (`--id d…`, see definitionChangeId): the CLI refuses it once the
 * server has listed anything else under that name, so what gets pinned is what the person reviewed.
 */
export function pinsCommand(
  verb: "approve" | "diff",
  server: string,
  kind: PinKind,
  name: string,
  withKind = false,
  id?: string,
): string {
  const kindOption = withKind || kind === "instructions" ? ` --kind ${kind}` : "";
  const idOption = id === undefined ? "" : ` --id ${id}`;
  const dashed = kind !== "instructions" && name.startsWith("-");
  const target = kind === "instructions" ? "" : `${dashed ? " --" : ""} ${shellWord(name)}`;
  if (verb === "diff") return `mcp-guard pins diff ${shellWord(server)}${target}`;
  // After "--" every word is a name, so the id goes before it there; otherwise last, where it reads best.
  const options = dashed ? `${kindOption}${idOption}` : kindOption;
  return `mcp-guard pins approve${options} ${shellWord(server)}${target}${dashed ? "" : idOption}`;
}

/**
 * The command a person runs to accept a withheld definition (the one whose digest is `hash`), or undefined
 * when approval cannot help.
 */
export function approveCommand(
  server: string,
  d: { kind: PinKind; name: string; hash: string; keptName?: string },
  reason: string,
): string | undefined {
  if (reason !== "tool_changed" && reason !== "tool_not_approved" && reason !== "tool_poisoned")
    return undefined;
  return pinsCommand("approve", server, d.kind, d.name, false, definitionChangeId({ server, ...d }));
}

/**
 * Hex digits of a change's id. The server chooses the definitions the id digests, so it could look for two
 * with one id (one shown to the person, one swapped in after): 11 digits (44 bits) fell to a birthday search
 * of about 2^22 digests; 32 (128 bits) would need about 2^64.
 */
export const CHANGE_ID_DIGITS = 32;

/**
 * The id a pending definition change has among the approvals (`mcp-guard approvals approve d…`): a digest of
 * server, kind, name as kept (`keptName` when given: PinStore.keptName) and the new definition's hash. A
 * person can name the change by it when its name is not shown (a name holding a secret is shown redacted,
 * and a redacted name names nothing).
 */
export function definitionChangeId(c: {
  server: string;
  kind: PinKind;
  name: string;
  hash: string;
  keptName?: string;
}): string {
  const name = c.keptName ?? c.name;
  const digest = createHash("sha256").update(`${c.server}\u0000${c.kind}\u0000${name}\u0000${c.hash}`);
  return `d${digest.digest("hex").slice(0, CHANGE_ID_DIGITS)}`;
}
