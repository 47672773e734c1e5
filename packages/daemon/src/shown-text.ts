// Text the guard writes itself but partly copies from a peer: the audit trace's findings ("tool <name>: new
// on a pinned server"), the names of withheld and pending definitions in status, pins and approvals, the
// definitions a pins diff prints, and the arguments of a call waiting for a person. A peer chooses those
// names, definitions and arguments, so one may carry a secret or personal data (a tool named after a token,
// a resource URI with a key in it, an e-mail address in an argument): what reached the client redacted, or
// what the audit never keeps, must not reach `mcp-guard logs`, status, the dashboard or the database bare.
// Every built-in detector is on, and the config's custom types with them (an organisation's own secrets and
// personal data, e.g. an employee number): every finding is redacted whatever its configured action: the
// configured action decides what may flow between the peers, not what the guard repeats or keeps. The same
// scanner redacts a server's stderr (stderr-scrub.ts).
import { createHmac } from "node:crypto";
import { defaultPiiConfig, type PiiConfig } from "@mcp-guard/config/runtime";
import { canonicalJson } from "@mcp-guard/core/pins";
import type { Scanner } from "@mcp-guard/core/scanner";
import { detectionFromConfig } from "./detection.js";

let customTypes: PiiConfig["custom_types"] = {};
let scanner: Scanner | undefined;

/**
 * Takes the config's custom types into what the guard shows and keeps: the daemon calls it with the config it
 * starts with, before anything is kept, and again with each reloaded one.
 */
export function showWithTypesOf(pii: Pick<PiiConfig, "custom_types">): void {
  customTypes = pii.custom_types;
  scanner = undefined;
}

/** Every built-in detector and the config's custom types, made once per config for all the guard shows or keeps. */
export function shownScanner(): Scanner | undefined {
  scanner ??= detectionFromConfig({
    ...defaultPiiConfig(),
    enabled: true,
    custom_types: customTypes,
  })?.scanner;
  return scanner;
}

/** `text` with every value detection finds replaced by `[REDACTED:<type>]`, or a placeholder if it cannot be scanned. */
export function redactShown(text: string, what = "text"): string {
  const scanner = shownScanner();
  // Fail closed: text that cannot be scanned is not shown.
  if (!scanner) return `[${what} withheld: no scanner]`;
  const { value } = scanner.scan(text, what, () => true);
  return typeof value === "string" ? value : `[${what} withheld]`;
}

/**
 * A definition's canonical JSON as the database keeps it (pins and pending changes): every value detection
 * finds redacted, so a token a server put in a description is not kept bare at rest. Its pin is a digest of
 * the definition as listed, so any change, a changed secret included, is still a change.
 */
export function definitionAtRest(json: string, key: string): string {
  return jsonAtRest(json, "definition", key);
}

/**
 * A call's arguments as the approval queue keeps them for the person deciding (`approvals show`, the
 * dashboard): redacted like a definition, so an e-mail address or a phone number the agent sent, which a
 * forwarded call never leaves on disk, is not kept bare by a call that waits. The request is bound to the
 * call by a digest of its arguments as sent, and a held call resumes with those from the session's memory.
 */
export function argumentsAtRest(json: string, key: string): string {
  return jsonAtRest(json, "arguments", key);
}

/** `json` as canonical JSON with every value detection finds redacted and marked (see marked). */
function jsonAtRest(json: string, what: string, key: string): string {
  const scanner = shownScanner();
  if (!scanner) return canonicalJson({ withheld: "no scanner" });
  let given: unknown;
  try {
    given = JSON.parse(json);
  } catch {
    // A row an earlier version wrote that is not JSON (keepOlderRowsAtRest): withheld, never kept bare.
    return canonicalJson({ withheld: "not JSON" });
  }
  return canonicalJson(marked(given, scanner.scan(given, what, () => true).value, key));
}

/**
 * A definition's name (tool or prompt name, resource URI) as the database keeps it: it is the key of the pin
 * tables, so one holding a value detection finds is kept redacted, followed by a digest of the name keyed with
 * the daemon key: without the key no server can make two names meet there. A name with nothing to redact is
 * kept as it is, and so is one already kept (read back from the database), since its redaction changes nothing.
 */
export function nameAtRest(name: string, key: string): string {
  const shown = redactShown(name, "name");
  if (shown === name) return name;
  return `${shown} [digest ${digestOf(name, key, 16)}]`;
}

const KEPT_DIGEST = / \[digest [0-9a-f]{16}\]$/;

/** Whether a name as kept was redacted (nameAtRest): such a name names its change by the change's id. */
export const redactedAtRest = (kept: string) => KEPT_DIGEST.test(kept);

/**
 * A definition's name as the guard shows it, listed or kept: redacted, without the digest a name kept
 * redacted ends with (its change's id is what names it to a person).
 */
export const shownName = (name: string) => redactShown(name.replace(KEPT_DIGEST, ""), "name");

const digestOf = (value: string, key: string, digits: number) =>
  createHmac("sha256", key).update(value).digest("hex").slice(0, digits);

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Each string the redaction changed, followed by a digest of what it was, keyed with the daemon key (a plain
 * hash of an SSN could be searched for): a changed secret is then a changed line in `pins diff`, and two
 * requests for approval that differ in a redacted value alone do not look the same.
 */
function marked(listed: unknown, kept: unknown, key: string): unknown {
  if (typeof listed === "string" && typeof kept === "string") {
    if (kept === listed) return kept;
    return `${kept} [digest ${digestOf(listed, key, 8)}]`;
  }
  if (Array.isArray(listed) && Array.isArray(kept)) return kept.map((k, i) => marked(listed[i], k, key));
  if (isObject(listed) && isObject(kept))
    return Object.fromEntries(Object.entries(kept).map(([k, v]) => [k, marked(listed[k], v, key)]));
  return kept;
}
